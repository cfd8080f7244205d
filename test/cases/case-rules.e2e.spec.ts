/**
 * Commands refused over HTTP: by the rules of a case (422 with a stable code), by who may act
 * (401, 403), by the shape of the request (400) or a stale revision (412). A refusal appends
 * nothing, and takes no reference number.
 */
import { aComplaint, act, CITIZEN, registerCase } from './support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem, type Username } from './support/case-system';

describe('commands on cases that are refused', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  /** Sends the request and checks that the store is exactly as before. */
  async function refused(user: Username | null, path: string, body: object, headers: Record<string, string> = {}) {
    const before = await system.eventCount();
    const response = user
      ? await system.as(user).post(path, body, headers)
      : await system.http().post(`/api/v1${path}`).set(headers).send(body);
    expect(await system.eventCount()).toBe(before);
    return response;
  }

  async function routedCase(sectorId: string = SECTORS.lavoriPubblici.id) {
    const registered = await registerCase(system);
    await act(system, 'operator', registered.id, 'route', { sectorId });
    return registered;
  }

  describe('by the rules of the case: 422 with a stable code', () => {
    it('a complaint cannot be anonymous, and the refusal takes no reference number', async () => {
      const first = await registerCase(system);
      const response = await refused('operator', '/cases', aComplaint({ citizen: { fiscalCode: CITIZEN.fiscalCode } }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'CASE_ANONYMOUS_NOT_ALLOWED', details: { kind: 'complaint' } });
      expect(response.body.details.citizenMessage).toMatch(/non possono essere anonimi/);
      const next = await registerCase(system);
      expect(sequenceOf(next.reference)).toBe(sequenceOf(first.reference) + 1);
    });

    it('a complaint is not accepted through Facebook, and the citizen is told where to go, in Italian', async () => {
      const response = await refused('operator', '/cases', aComplaint({ channel: 'facebook' }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'CASE_SOCIAL_CHANNEL_NOT_ACCEPTED', details: { channel: 'facebook' } });
      expect(response.body.details.citizenMessage).toMatch(/canali social non è possibile presentare reclami/);
    });

    it('an information request through Facebook is accepted', async () => {
      const response = await system.as('operator').post('/cases', aComplaint({ channel: 'facebook', kind: 'information_request', subject: 'orari' }));
      expect(response.status).toBe(201);
    });

    it('a contact cannot be received after its registration', async () => {
      const response = await refused('operator', '/cases', aComplaint({ receivedAt: '2026-03-02T09:00:01Z' }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'INVALID_INSTANT', details: { field: 'receivedAt' } });
    });

    it('no final reply on a routed case before the sector takes charge', async () => {
      const { id } = await routedCase();
      const response = await refused('operator', `/cases/${id}/final-reply`, { text: 'Risposta.', channel: 'email' });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('FINAL_REPLY_NEEDS_TAKE_CHARGE');
    });

    it('a closed case accepts nothing but a reopening and the feedback', async () => {
      const { id } = await registerCase(system);
      await act(system, 'operator', id, 'close', { outcome: 'withdrawn' });
      const response = await refused('operator', `/cases/${id}/route`, { sectorId: SECTORS.tributi.id });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('CASE_CLOSED');
    });

    it('an extension needs a reason and a later date', async () => {
      const { id, finalReplyDueDate } = await registerCase(system);
      for (const reason of [undefined, '   ']) {
        const response = await refused('operator', `/cases/${id}/extensions`, { newDueDate: '2026-05-15', reason });
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('EXTENSION_REASON_REQUIRED');
      }
      const earlier = await refused('operator', `/cases/${id}/extensions`, { newDueDate: finalReplyDueDate, reason: 'Serve più tempo.' });
      expect(earlier.status).toBe(422);
      expect(earlier.body).toMatchObject({ code: 'EXTENSION_DATE_NOT_LATER', details: { currentDueDate: finalReplyDueDate } });
    });

    it('only an appreciation closes with no reply needed', async () => {
      const { id } = await registerCase(system);
      const response = await refused('operator', `/cases/${id}/close`, { outcome: 'no_reply_needed' });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('CLOSE_WITHOUT_REPLY_NOT_ALLOWED');
    });

    it('a case is not routed to a dissolved sector', async () => {
      const { id } = await registerCase(system);
      const response = await refused('operator', `/cases/${id}/route`, { sectorId: SECTORS.dissolved.id });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'SECTOR_DISSOLVED', details: { sectorId: SECTORS.dissolved.id } });
    });
  });

  describe('unknown targets: 404', () => {
    it('an unknown case', async () => {
      const response = await refused('operator', '/cases/0f8b1c2d-0000-4000-8000-00000000dead/close', { outcome: 'withdrawn' });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('CASE_NOT_FOUND');
    });

    it('an unknown sector', async () => {
      const { id } = await registerCase(system);
      const response = await refused('operator', `/cases/${id}/route`, { sectorId: '0f8b1c2d-0000-4000-8000-00000000beef' });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('SECTOR_NOT_FOUND');
    });

    it('merging into an unknown case', async () => {
      const { id } = await registerCase(system);
      const response = await refused('operator', `/cases/${id}/merge`, { intoCaseId: '0f8b1c2d-0000-4000-8000-00000000f00d' });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'CASE_NOT_FOUND', details: { field: 'intoCaseId' } });
    });
  });

  describe('who may act: 401 and 403', () => {
    it('a referent acts only on cases routed to their own sector', async () => {
      const { id } = await routedCase(SECTORS.lavoriPubblici.id);
      const response = await refused('referent-tributi', `/cases/${id}/take-charge`, {});
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'NOT_ROUTED_SECTOR', details: { routedSectorId: SECTORS.lavoriPubblici.id } });
    });

    it('a referent does not route, and an operator does not take charge for a sector', async () => {
      const { id } = await routedCase();
      expect((await refused('referent-lavori-pubblici', `/cases/${id}/route`, { sectorId: SECTORS.tributi.id })).status).toBe(403);
      expect((await refused('operator', `/cases/${id}/take-charge`, {})).status).toBe(403);
    });

    it.each<Username>(['auditor', 'manager', 'admin'])('%s reads, never changes a case', async (user) => {
      const { id } = await registerCase(system);
      expect((await refused(user, '/cases', aComplaint())).status).toBe(403);
      expect((await refused(user, `/cases/${id}/classification`, { kind: 'report' })).status).toBe(403);
    });

    it('no token, no command', async () => {
      const { id } = await registerCase(system);
      expect((await refused(null, '/cases', aComplaint())).status).toBe(401);
      expect((await refused(null, `/cases/${id}/close`, { outcome: 'withdrawn' })).status).toBe(401);
    });
  });

  describe('malformed requests: 400 naming the field and the rule', () => {
    const violations = (body: { violations?: { field: string; rule: string }[] }) => (body.violations ?? []).map((v) => `${v.field}:${v.rule}`);

    it('a bad e-mail, fiscal code or channel of the citizen', async () => {
      const response = await refused('operator', '/cases', aComplaint({ channel: 'fax', citizen: { ...CITIZEN, email: 'maria.rossi', fiscalCode: 'RSSMRA80' } }));
      expect(response.status).toBe(400);
      expect(violations(response.body)).toEqual(expect.arrayContaining(['channel:isIn', 'citizen.email:isEmail', 'citizen.fiscalCode:matches']));
    });

    it('a subject that is not a topic label (it is stored in clear, so it must not carry a name)', async () => {
      const response = await refused('operator', '/cases', aComplaint({ subject: 'Reclamo di Maria Rossi' }));
      expect(violations(response.body)).toEqual(['subject:matches']);
    });

    it('unknown fields, at the top and inside the citizen', async () => {
      const response = await refused('operator', '/cases', aComplaint({ priority: 'high', citizen: { ...CITIZEN, age: 40 } }));
      expect(response.status).toBe(400);
      expect(violations(response.body)).toEqual(expect.arrayContaining(['priority:whitelistValidation', 'citizen.age:whitelistValidation']));
    });

    it('a command that takes no data refuses any', async () => {
      const { id } = await routedCase();
      const response = await refused('referent-lavori-pubblici', `/cases/${id}/take-charge`, { force: true });
      expect(violations(response.body)).toEqual(['force:whitelistValidation']);
    });

    it('a score out of 1..5, a case id that is not a uuid, a date that does not exist', async () => {
      const { id } = await registerCase(system);
      expect(violations((await refused('operator', `/cases/${id}/feedback`, { score: 6 })).body)).toEqual(['score:max']);
      expect(violations((await refused('operator', '/cases/42/close', { outcome: 'withdrawn' })).body)).toEqual(['id:isUuid']);
      expect(violations((await refused('operator', `/cases/${id}/extensions`, { newDueDate: '2026-02-30', reason: 'x' })).body)).toEqual(['newDueDate:isRomeDate']);
    });
  });

  describe('revisions and retries', () => {
    it('If-Match with a revision that is no longer current: 412, nothing appended; with the current one: accepted', async () => {
      const { id } = await registerCase(system);
      const stale = await refused('operator', `/cases/${id}/route`, { sectorId: SECTORS.tributi.id }, { 'If-Match': '"0"' });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'REVISION_MISMATCH', currentRevision: 1 });
      const current = await system.as('operator').post(`/cases/${id}/route`, { sectorId: SECTORS.tributi.id }, { 'If-Match': '"1"' });
      expect(current.status).toBe(200);
      expect(current.headers.etag).toBe('"2"');
    });

    it('the same Idempotency-Key twice: the same answer, and one set of events', async () => {
      const key = { 'Idempotency-Key': 'registration-0001' };
      const first = await system.as('operator').post('/cases', aComplaint(), key);
      const before = await system.eventCount();
      const again = await system.as('operator').post('/cases', aComplaint(), key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await system.eventCount()).toBe(before);
      expect(await caseEvents(system.store, first.body.id)).toHaveLength(2);

      const routeKey = { 'Idempotency-Key': 'route-0001' };
      const routed = await system.as('operator').post(`/cases/${first.body.id}/route`, { sectorId: SECTORS.tributi.id }, routeKey);
      await act(system, 'referent-tributi', first.body.id, 'take-charge');
      // Retried after the case moved on: the first answer, not a new decision.
      const retried = await system.as('operator').post(`/cases/${first.body.id}/route`, { sectorId: SECTORS.tributi.id }, routeKey);
      expect(retried.status).toBe(200);
      expect(retried.body).toEqual(routed.body);
      expect(retried.headers.etag).toBe('"2"');
      expect((await caseEvents(system.store, first.body.id)).map((e) => e.type)).toEqual(['CaseReceived', 'CaseAcknowledged', 'CaseRouted', 'CaseTakenInCharge']);
    });

    it('the same Idempotency-Key with a different request is refused', async () => {
      const key = { 'Idempotency-Key': 'registration-0002' };
      await system.as('operator').post('/cases', aComplaint(), key);
      const response = await refused('operator', '/cases', aComplaint({ description: 'Altro testo.' }), key);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });
  });
});

function sequenceOf(reference: string): number {
  return Number(reference.split('-')[2]);
}
