/**
 * Erasure that really erases (issue 10, defects 4–6), end to end over HTTP: staff free texts
 * that quote the citizen are sealed like the rest, so no table holds them in clear and the
 * case file reads them as erased once the citizen is.
 */
import { DataSource } from 'typeorm';
import { ERASED_DISPLAY_TEXT } from '../../src/personal-data';
import { ReadSideSystem, SECTORS, startReadSideSystem } from '../read-side/support/read-side-system';

const CITIZEN = {
  fullName: 'Lucia Ferri',
  email: 'lucia.ferri@example.it',
  phone: '+39 071 333 4444',
  fiscalCode: 'FRRLCU80A41A271X',
  address: 'Via Mazzini 3, 60121 Ancona',
};

function aComplaint(citizen: object = CITIZEN) {
  return {
    channel: 'email',
    kind: 'complaint',
    subject: 'viabilita/buche',
    description: 'Buca davanti a casa mia.',
    citizen,
    location: 'Via Mazzini 3, Ancona',
  };
}

/** Every row of every table of the database, as text. */
async function everyRow(dataSource: DataSource): Promise<string> {
  const tables: { schema: string; name: string }[] = await dataSource.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const dumps: string[] = [];
  for (const { schema, name } of tables) {
    const rows: { row: string }[] = await dataSource.query(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t`);
    dumps.push(...rows.map((r) => r.row));
  }
  return dumps.join('\n');
}

describe('erasure that really erases', () => {
  let system: ReadSideSystem;
  let dataSource: DataSource;

  beforeAll(async () => {
    system = await startReadSideSystem('2026-03-02T09:00:00.000Z');
    dataSource = system.app.get(DataSource);
  });
  afterAll(() => system?.stop());

  describe('hand-back, extension and reopening reasons', () => {
    const HAND_BACK = 'La signora Ferri ha già parlato con la Polizia Locale';
    const EXTENSION = 'La signora Ferri chiede un sopralluogo con il marito';
    const REOPEN = 'La signora Ferri richiama: la buca è tornata';

    it('are sealed: in no table in clear, shown to staff, and erased with the citizen', async () => {
      const { id } = (await system.post('operator', '/cases', aComplaint()).expect(201)).body;
      await system.post('operator', `/cases/${id}/route`, { sectorId: SECTORS.lavoriPubblici.id }).expect(200);
      await system.post('referent-lavori-pubblici', `/cases/${id}/hand-back`, { reason: HAND_BACK }).expect(200);
      await system.post('operator', `/cases/${id}/extensions`, { newDueDate: '2026-04-20', reason: EXTENSION }).expect(200);
      await system.post('operator', `/cases/${id}/close`, { outcome: 'withdrawn' }).expect(200);
      await system.post('operator', `/cases/${id}/reopen`, { reason: REOPEN }).expect(200);
      await system.caughtUp([id]);

      const dump = await everyRow(dataSource);
      expect(dump).toContain('$sealed');
      for (const text of [HAND_BACK, EXTENSION, REOPEN, 'Ferri']) expect(dump).not.toContain(text);

      const textOf = (file: { timeline: { type: string; text: string | null; title: string }[] }, type: string) =>
        file.timeline.find((entry) => entry.type === type)!;
      const before = (await system.get('operator', `/cases/${id}`).expect(200)).body;
      expect(textOf(before, 'CaseHandedBack').text).toBe(HAND_BACK);
      expect(textOf(before, 'FinalReplyDeadlineExtended').text).toBe(EXTENSION);
      expect(textOf(before, 'CaseReopened').text).toBe(REOPEN);
      expect(textOf(before, 'CaseReopened').title).not.toContain('Ferri');

      const events = (await system.get('auditor', `/cases/${id}/events`).expect(200)).body as { type: string; data: Record<string, unknown> }[];
      const handedBack = events.find((event) => event.type === 'CaseHandedBack')!;
      expect(handedBack.data.reason).toHaveProperty('$sealed');
      expect(handedBack.data.citizenId).toBe(events[0].data.citizenId);

      await system.post('admin', `/citizens/${events[0].data.citizenId}/erasure`, { legalReason: 'Art. 17 GDPR, prot. 2/2026' }).expect(200);
      const after = (await system.get('operator', `/cases/${id}`).expect(200)).body;
      for (const type of ['CaseHandedBack', 'FinalReplyDeadlineExtended', 'CaseReopened']) {
        expect(textOf(after, type).text).toBe(ERASED_DISPLAY_TEXT);
      }
    });
  });
});
