/**
 * The read side end to end: cases registered and routed through the command API, then read
 * back through the queue and the case file, as each role would; and a rebuild of both
 * projections from the log giving exactly the tables that were built live.
 */
import request from 'supertest';
import { DataSource as DataSourceToken } from 'typeorm';
import { ERASED_DISPLAY_TEXT } from '../../src/personal-data';
import { ReadSideSystem, SECTORS, startReadSideSystem, Username } from './support/read-side-system';

const CITIZEN = {
  fullName: 'Maria Rossi',
  email: 'maria.rossi@example.it',
  phone: '+39 071 222 2222',
  fiscalCode: 'RSSMRA80A41H501Y',
  address: 'Via Roma 1, 60121 Ancona',
};

function aComplaint(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'email',
    kind: 'complaint',
    subject: 'viabilita/buche',
    description: 'Davanti al civico 12 di via Roma c’è una buca pericolosa da settimane.',
    citizen: CITIZEN,
    location: 'Via Roma 12, Ancona',
    ...overrides,
  };
}

describe('the read side over HTTP', () => {
  let system: ReadSideSystem;

  beforeAll(async () => {
    system = await startReadSideSystem('2026-03-02T09:00:00.000Z');
  });
  afterAll(() => system?.stop());

  async function registered(body: object = aComplaint(), sectorId?: string): Promise<{ id: string; reference: string; finalReplyDueDate: string }> {
    const answer = await system.post('operator', '/cases', body).expect(201);
    if (sectorId) await system.post('operator', `/cases/${answer.body.id}/route`, { sectorId, note: 'Verificare la buca al civico 12.' }).expect(200);
    return answer.body;
  }

  async function queueItems(user: Username, query = ''): Promise<{ caseId: string; sectorId: string | null }[]> {
    return (await system.get(user, `/queue?limit=200${query}`).expect(200)).body.items;
  }

  it('shows a case registered and routed through the API in the queue and in its case file', async () => {
    const c = await registered(aComplaint(), SECTORS.lavoriPubblici.id);
    await system.caughtUp([c.id]);

    const queue = await system.get('operator', '/queue').expect(200);
    expect(queue.body.today).toBe('2026-03-02');
    expect(queue.body.items.find((item: { caseId: string }) => item.caseId === c.id)).toMatchObject({
      reference: c.reference,
      kind: 'complaint',
      channel: 'email',
      subject: 'viabilita/buche',
      status: 'routed',
      sectorId: SECTORS.lavoriPubblici.id,
      sectorName: 'Lavori Pubblici',
      // The category's default sector, shown beside where the case actually went.
      suggestedSectorId: SECTORS.lavoriPubblici.id,
      suggestedSectorName: 'Lavori Pubblici',
      finalReplyDueDate: c.finalReplyDueDate,
      daysLeft: 30,
      slaState: 'on_time',
      lastActivityType: 'CaseRouted',
      revision: 2,
    });

    const file = (await system.get('operator', `/cases/${c.id}`).expect(200)).body;
    expect(file).toMatchObject({
      caseId: c.id,
      reference: c.reference,
      status: 'routed',
      sector: { id: SECTORS.lavoriPubblici.id, name: 'Lavori Pubblici' },
      finalReply: { dueDate: c.finalReplyDueDate, daysLeft: 30, slaState: 'on_time' },
      personalData: { access: 'full', erased: false, citizen: CITIZEN, location: 'Via Roma 12, Ancona' },
    });
    expect(file.timeline.map((entry: { title: string; actor: { displayName: string } }) => [entry.title, entry.actor.displayName])).toEqual([
      ['Pratica ricevuta via e-mail (reclamo)', 'Operatore URP (demo)'],
      // Acknowledged in the same append as the receipt; "inviata" only once the mail server accepted it,
      // and no dispatch runs here (the dispatcher's timer is off in test runs).
      [`Conferma di ricezione con il numero ${c.reference} da inviare al cittadino via e-mail`, 'Operatore URP (demo)'],
      [expect.stringMatching(/^Assegnata al settore Lavori Pubblici \(presa in carico entro il \d\d\/03\/2026\) — comunicazione /), 'Operatore URP (demo)'],
    ]);
    expect(file.timeline[2].text).toBe('Verificare la buca al civico 12.');
  });

  it('computes days left and SLA states at the clock’s time', async () => {
    const c = await registered();
    await system.caughtUp([c.id]);
    system.clock.advanceDays(27);
    try {
      const item = (await queueItems('operator', '&slaState=due_soon')).find((i) => i.caseId === c.id);
      expect(item).toMatchObject({ daysLeft: 3, slaState: 'due_soon' });
      system.clock.advanceDays(4);
      expect((await queueItems('operator', '&slaState=overdue')).find((i) => i.caseId === c.id)).toMatchObject({ daysLeft: -1 });
      expect((await system.get('manager', `/cases/${c.id}`).expect(200)).body.finalReply).toMatchObject({ daysLeft: -1, slaState: 'overdue' });
    } finally {
      system.clock.set('2026-03-02T09:00:00.000Z');
    }
  });

  it('gives a referent their own sector only, whatever they ask', async () => {
    const mine = await registered(aComplaint(), SECTORS.lavoriPubblici.id);
    const theirs = await registered(aComplaint(), SECTORS.tributi.id);
    await system.caughtUp([mine.id, theirs.id]);

    const asked = await queueItems('referent-lavori-pubblici', `&sectorId=${SECTORS.tributi.id}`);
    expect(asked.map((item) => item.caseId)).toContain(mine.id);
    expect(asked.map((item) => item.caseId)).not.toContain(theirs.id);
    expect(asked.every((item) => item.sectorId === SECTORS.lavoriPubblici.id)).toBe(true);

    await system.get('referent-lavori-pubblici', `/cases/${theirs.id}`).expect(404);
    const file = (await system.get('referent-lavori-pubblici', `/cases/${mine.id}`).expect(200)).body;
    expect(file.personalData).toMatchObject({ access: 'without_fiscal_code', citizen: { ...CITIZEN, fiscalCode: null } });
  });

  it('hides personal data from managers, and keeps the raw trail for auditors and admins', async () => {
    const c = await registered(aComplaint(), SECTORS.tributi.id);
    await system.caughtUp([c.id]);
    const file = (await system.get('manager', `/cases/${c.id}`).expect(200)).body;
    expect(file.personalData).toEqual({ access: 'none', erased: false, citizen: null, title: null, description: null, location: null });
    expect(JSON.stringify(file)).not.toContain('Rossi');

    const trail = (await system.get('auditor', `/cases/${c.id}/events`).expect(200)).body;
    expect(trail.map((event: { type: string; revision: number }) => [event.revision, event.type])).toEqual([
      [0, 'CaseReceived'],
      [1, 'CaseAcknowledged'],
      [2, 'CaseRouted'],
    ]);
    expect(trail[0].data.description).toHaveProperty('$sealed');
    expect(trail[0].metadata.actor).toEqual({ id: system.users.find((u) => u.username === 'operator')!.id, role: 'operator' });
    expect(JSON.stringify(trail)).not.toMatch(/passwordHash|Rossi/);
    await system.get('admin', `/cases/${c.id}/events`).expect(200);
    await system.get('operator', `/cases/${c.id}/events`).expect(403);
    await system.get('auditor', '/cases/6f1f7c1e-0000-4000-8000-00000000abcd/events').expect(404);
  });

  it('answers 404 for an unknown case and 400 for a malformed id', async () => {
    const unknown = await system.get('operator', '/cases/6f1f7c1e-0000-4000-8000-00000000abcd').expect(404);
    expect(unknown.body.code).toBe('CASE_NOT_FOUND');
    const malformed = await system.get('operator', '/cases/not-a-case').expect(400);
    expect(malformed.body.violations).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it.each([
    ['limit=500', 'limit:max'],
    ['limit=abc', 'limit:isInt'],
    ['slaState=late', 'slaState:isIn'],
    ['status=closed', 'status:isIn'],
    ['receivedFrom=2026-02-30', 'receivedFrom:isRomeDate'],
    ['receivedFrom=2026-03-10&receivedTo=2026-03-01', 'receivedTo:isNotBefore'],
    ['q=ab', 'q:isLength'],
    ['cursor=garbage', 'cursor:isQueueCursor'],
    ['colour=blue', 'colour:whitelistValidation'],
  ])('refuses the queue query %s, naming field and rule (%s)', async (query, violation) => {
    const answer = await system.get('operator', `/queue?${query}`).expect(400);
    expect(answer.body.violations.map((v: { field: string; rule: string }) => `${v.field}:${v.rule}`)).toContain(violation);
  });

  it('refuses a cursor made for another sort', async () => {
    await Promise.all([registered(), registered()]);
    const first = await system.get('operator', '/queue?limit=1&sort=receivedAt').expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    await system.get('operator', `/queue?limit=1&sort=-receivedAt&cursor=${first.body.nextCursor}`).expect(400);
  });

  it('pages the whole queue with its cursor, every case once', async () => {
    const created = [await registered(), await registered(), await registered()];
    await system.caughtUp(created.map((c) => c.id));
    const expected = (await queueItems('operator')).map((item) => item.caseId);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { caseId: string }[]; nextCursor: string | null } } = await system
        .get('operator', `/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      walked.push(...page.body.items.map((item) => item.caseId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(created.map((c) => c.id)));
  });

  it("reads 'dati personali cancellati' after the citizen's erasure", async () => {
    const c = await registered(aComplaint({ citizen: { ...CITIZEN, email: 'erase.me@example.it', fiscalCode: 'BNCLRA85C41H501Z' } }), SECTORS.tributi.id);
    const [received] = (await system.get('auditor', `/cases/${c.id}/events`).expect(200)).body;
    await system.post('admin', `/citizens/${received.data.citizenId}/erasure`, { legalReason: 'Art. 17 GDPR, prot. 1/2026' }).expect(200);
    await system.caughtUp([c.id]);
    const file = (await system.get('operator', `/cases/${c.id}`).expect(200)).body;
    expect(file.personalData).toMatchObject({ erased: true, description: ERASED_DISPLAY_TEXT, citizen: { fullName: ERASED_DISPLAY_TEXT } });
    expect(file.timeline[2].text).toBe(ERASED_DISPLAY_TEXT);
    expect(file.timeline[2].title).toMatch(/^Assegnata al settore Tributi \(presa in carico entro il 12\/03\/2026\) — comunicazione /);
  });

  it('rebuilds both projections from the log into tables identical to the live ones', async () => {
    const c = await registered(aComplaint(), SECTORS.lavoriPubblici.id);
    await system.post('referent-lavori-pubblici', `/cases/${c.id}/take-charge`).expect(200);
    await system.caughtUp([c.id]);
    const tables = ['operator_queue_cases', 'operator_queue_sectors', 'case_timeline_cases', 'case_timeline_entries', 'case_timeline_sectors', 'case_timeline_users'];
    // No delivery is recorded behind the test's back: the mail dispatcher's timer is off in test runs.
    const live = await snapshot(tables);
    expect(live.case_timeline_entries.length).toBeGreaterThan(10);

    for (const projection of ['operator_queue', 'case_timeline']) {
      const result = await system.runner.rebuild(projection);
      expect(result.eventsApplied).toBeGreaterThan(0);
    }
    expect(await snapshot(tables)).toEqual(live);
  });

  it('documents the queries in the OpenAPI document', async () => {
    const document = (await request(system.app.getHttpServer()).get('/docs-json').expect(200)).body;
    const queue = document.paths['/api/v1/queue'].get;
    expect(queue.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
      ['channel', 'cursor', 'deliveryFailed', 'kind', 'limit', 'q', 'receivedFrom', 'receivedTo', 'sectorId', 'slaState', 'sort', 'status'].sort(),
    );
    expect(queue.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/QueuePageView');
    expect(document.paths['/api/v1/cases/{id}'].get.responses['404']).toBeDefined();
    expect(document.paths['/api/v1/cases/{id}/events'].get.responses['403']).toBeDefined();
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['QueueItemView', 'CaseDetailView', 'TimelineEntryView', 'RawEventView']));
  });

  async function snapshot(tables: string[]): Promise<Record<string, string[]>> {
    const dataSource = system.app.get(DataSourceToken);
    const rows: Record<string, string[]> = {};
    for (const table of tables) {
      const result: { row: string }[] = await dataSource.query(`SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY 1`);
      rows[table] = result.map((r) => r.row);
    }
    return rows;
  }
});
