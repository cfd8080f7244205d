/**
 * Erasure that really erases (issue 10, defects 4–6), end to end over HTTP: one citizen
 * across fiscal code, e-mail and phone, so one erasure covers every case of the person; staff
 * free texts that quote the citizen are sealed like the rest, so no table holds them in clear
 * and the case file reads them as erased once the citizen is.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { deriveCitizenId, ERASED_DISPLAY_TEXT, PersonalDataVault, CitizenDirectory } from '../../src/personal-data';
import { backfillCitizens } from '../../src/personal-data/directory/backfill-citizens';
import { CaseScript } from '../read-side/support/case-script';
import { EventWriter } from '../read-side/support/event-writer';
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

  describe('one citizen across identifiers', () => {
    const PERSON = { fullName: 'Sara Conti', email: 'Sara.Conti@Example.it', phone: '071 555 6666', fiscalCode: 'CNTSRA82B41A271Q' };
    const citizenIdOf = async (caseId: string) => (await system.get('auditor', `/cases/${caseId}/events`).expect(200)).body[0].data.citizenId as string;
    const lookUp = (body: object) => system.post('admin', '/personal-data/citizen-lookups', body);

    it('links the cases of one person to one citizen id, which an admin finds and one erasure erases everywhere', async () => {
      const atCounter = (await system.post('operator', '/cases', aComplaint(PERSON)).expect(201)).body;
      // Online, with the e-mail only (written differently), then by phone only.
      const online = await request(system.app.getHttpServer())
        .post('/api/v1/public/cases')
        .send({ description: 'Lampione spento in via Conti.', citizen: { fullName: 'Sara Conti', email: ' sara.conti@example.it' } })
        .expect(201);
      const byPhone = (await system.post('operator', '/cases', aComplaint({ fullName: 'S. Conti', phone: '+39 0715556666' })).expect(201)).body;
      const [{ case_id: onlineId }] = await dataSource.query(
        "SELECT data->>'caseId' AS case_id FROM events WHERE event_type = 'CaseReceived' AND data->>'reference' = $1",
        [online.body.reference],
      );
      await system.caughtUp([atCounter.id, byPhone.id, onlineId]);

      const citizenId = await citizenIdOf(atCounter.id);
      expect(await citizenIdOf(byPhone.id)).toBe(citizenId);
      expect(await citizenIdOf(onlineId)).toBe(citizenId);

      for (const body of [{ email: 'SARA.CONTI@example.it' }, { phone: '+390715556666' }, { fiscalCode: 'cntsra82b41a271q' }]) {
        const found = await lookUp({ ...body, purpose: 'Richiesta art. 17 GDPR, prot. 7/2026' }).expect(200);
        expect(found.body).toMatchObject({ citizenId, linkedCitizenIds: [] });
      }
      const missing = await lookUp({ email: 'nobody@example.it', purpose: 'Verifica' }).expect(404);
      expect(missing.body.code).toBe('CITIZEN_NOT_FOUND');
      const refused = await lookUp({ email: 'a@b.it', phone: '071 1', purpose: 'Verifica' }).expect(400);
      expect(refused.body.violations).toEqual([expect.objectContaining({ field: 'phone', rule: 'exactlyOneIdentifier' })]);
      await lookUp({ email: 'a@b.it' }).expect(400);

      const lookups: { data: Record<string, unknown>; metadata: { actor: { role: string } } }[] = await dataSource.query(
        "SELECT data, metadata FROM events WHERE event_type = 'CitizenLookedUp' ORDER BY global_position",
      );
      expect(lookups).toHaveLength(4);
      expect(lookups[0]).toMatchObject({ data: { identifierKind: 'email', purpose: 'Richiesta art. 17 GDPR, prot. 7/2026', citizenId }, metadata: { actor: { role: 'admin' } } });

      // The identifiers are nowhere in clear: only sealed in the events, and as keyed blind indexes in the directory.
      const dump = (await everyRow(dataSource)).toLowerCase();
      for (const text of ['sara.conti', '5556666', 'cntsra82b41a271q', 'conti']) expect(dump).not.toContain(text);

      // The staff search finds the person's cases by any identifier or the name; managers cannot search by citizen.
      for (const q of ['sara.conti@example.it', '071 555 6666', 'CNTSRA82B41A271Q', 'Conti Sara']) {
        const hits = (await system.get('operator', `/case-search?q=${encodeURIComponent(q)}`).expect(200)).body.items.map((hit: { caseId: string }) => hit.caseId);
        expect(hits).toEqual(expect.arrayContaining([atCounter.id, byPhone.id]));
      }
      expect((await system.get('manager', `/case-search?q=${encodeURIComponent('sara.conti@example.it')}`).expect(200)).body.items).toEqual([]);

      await system.post('admin', `/citizens/${citizenId}/erasure`, { legalReason: 'Art. 17 GDPR, prot. 7/2026' }).expect(200);
      for (const id of [atCounter.id, byPhone.id, onlineId]) {
        const file = (await system.get('operator', `/cases/${id}`).expect(200)).body;
        expect(file.personalData).toMatchObject({ erased: true, description: ERASED_DISPLAY_TEXT });
      }
      expect(await dataSource.query('SELECT * FROM citizen_identifiers WHERE citizen_id = $1', [citizenId])).toEqual([]);
      await lookUp({ email: 'sara.conti@example.it', purpose: 'Verifica dopo la cancellazione' }).expect(404);
    });

    it('keeps two people with their own fiscal codes apart even when they share an e-mail', async () => {
      const shared = 'famiglia.bruni@example.it';
      const mother = (await system.post('operator', '/cases', aComplaint({ fullName: 'Anna Bruni', email: shared, fiscalCode: 'BRNNNA60A41A271K' })).expect(201)).body;
      const son = (await system.post('operator', '/cases', aComplaint({ fullName: 'Luca Bruni', email: shared, fiscalCode: 'BRNLCU90A01A271Z' })).expect(201)).body;
      expect(await citizenIdOf(son.id)).not.toBe(await citizenIdOf(mother.id));
    });

    it('citizens:backfill links the cases registered before the directory, so one erasure covers them all', async () => {
      const person = { fullName: 'Piero Galli', email: 'piero.galli@example.it', phone: '+39 071 777 8888', fiscalCode: 'GLLPRI70A01A271S' };
      const secret = 'not-the-secret-of-this-system-0123';
      // Before the directory: one id from the fiscal code, another from the e-mail.
      const byFiscalCode = new CaseScript({ citizenId: deriveCitizenId({ fiscalCode: person.fiscalCode }, secret) });
      const byEmail = new CaseScript({ citizenId: deriveCitizenId({ email: person.email }, secret) });
      const writer = new EventWriter(system.store, system.app.get(PersonalDataVault));
      await writer.case(byFiscalCode.caseId, [byFiscalCode.received({ citizen: person })]);
      await writer.case(byEmail.caseId, [byEmail.received({ citizen: { fullName: person.fullName, email: person.email } })]);

      // The backfill reads the global log, as the projector does: wait until it shows the two receipts.
      await system.caughtUp([byFiscalCode.caseId, byEmail.caseId]);
      const directory = system.app.get(CitizenDirectory);
      const backfill = await backfillCitizens({ eventStore: system.store, vault: system.app.get(PersonalDataVault), directory });
      expect(backfill.linked).toBeGreaterThanOrEqual(2);
      expect(await backfillCitizens({ eventStore: system.store, vault: system.app.get(PersonalDataVault), directory })).toEqual(backfill);

      const found = (await lookUp({ email: person.email, purpose: 'Art. 17 GDPR' }).expect(200)).body;
      expect([found.citizenId, ...found.linkedCitizenIds].sort()).toEqual([byFiscalCode.citizenId, byEmail.citizenId].sort());
      await system.post('admin', `/citizens/${byEmail.citizenId}/erasure`, { legalReason: 'Art. 17 GDPR' }).expect(200);
      await system.caughtUp([byFiscalCode.caseId, byEmail.caseId]);
      for (const id of [byFiscalCode.caseId, byEmail.caseId]) {
        expect((await system.get('operator', `/cases/${id}`).expect(200)).body.personalData).toMatchObject({ erased: true });
      }
    });
  });
});
