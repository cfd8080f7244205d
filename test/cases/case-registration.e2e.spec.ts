/**
 * Registering cases: reference numbers under concurrency, the charter's terms, the
 * acknowledgement, what every event records, personal data sealed at rest, and the
 * citizens' own online submission.
 */
import { referenceCounterStream } from '../../src/contracts';
import { CitizenDirectory, isSealedEnvelope, PersonalDataVault } from '../../src/personal-data';
import { aComplaint, CITIZEN, registerCase } from './support/case-steps';
import { adoptStandard, caseEvents, SECTORS, startCaseSystem, type CaseSystem } from './support/case-system';

describe('registering cases', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  it('20 registrations at once get 20 distinct, consecutive reference numbers', async () => {
    const before = await system.store.readStream(referenceCounterStream(2026));
    const responses = await Promise.all(Array.from({ length: 20 }, () => system.as('operator').post('/cases', aComplaint())));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const sequences = responses.map((r) => Number(r.body.reference.split('-')[2])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => before.length + i + 1));
    const counter = await system.store.readStream(referenceCounterStream(2026));
    expect(counter).toHaveLength(before.length + 20);
  });

  it('records the acknowledgement in the case\'s first append, by e-mail when the citizen gave one', async () => {
    const { id, reference, acknowledgement } = await registerCase(system);
    const [received, acknowledged] = await caseEvents(system.store, id);
    expect(received.type).toBe('CaseReceived');
    expect(acknowledged).toMatchObject({
      type: 'CaseAcknowledged',
      data: { caseId: id, reference, channel: 'email' },
      revision: 1,
      metadata: { actor: received.metadata.actor, correlationId: received.metadata.correlationId, causationId: received.metadata.causationId },
    });
    expect(acknowledgement).toMatch(/^Gentile cittadina, gentile cittadino,\nl'Ufficio Relazioni con il Pubblico ha registrato la Sua comunicazione \(reclamo\) del 02\/03\/2026/);
    expect(acknowledgement).not.toContain(CITIZEN.fullName);
  });

  it('every event carries the correlation id, its causation and the user who acted', async () => {
    const correlation = { 'X-Correlation-Id': 'corr-case-story-1' };
    const { id } = await registerCase(system, aComplaint(), correlation);
    await system.as('operator').post(`/cases/${id}/route`, { sectorId: SECTORS.tributi.id }, correlation).expect(200);
    await system.as('referent-tributi').post(`/cases/${id}/take-charge`, {}, correlation).expect(200);
    const events = await caseEvents(system.store, id);
    expect(events.map((e) => [e.type, e.metadata.actor])).toEqual([
      ['CaseReceived', { id: system.userId('operator'), role: 'operator' }],
      ['CaseAcknowledged', { id: system.userId('operator'), role: 'operator' }],
      ['CaseRouted', { id: system.userId('operator'), role: 'operator' }],
      ['CaseTakenInCharge', { id: system.userId('referent-tributi'), role: 'referent' }],
    ]);
    for (const event of events) {
      expect(event.metadata.correlationId).toBe('corr-case-story-1');
      expect(event.metadata.causationId).toMatch(/^[0-9a-f-]{36}$/);
    }
    // One command, one causation: the registration (receipt and acknowledgement), the routing, the taking in charge.
    expect(new Set(events.map((e) => e.metadata.causationId)).size).toBe(3);
  });

  it("seals the citizen's personal data in the stored events; the subject and the facts stay readable", async () => {
    const { id } = await registerCase(system);
    await system.as('operator').post(`/cases/${id}/suspensions`, { question: 'Gentile Maria Rossi, quale civico?', channel: 'email' }).expect(200);
    const events = await caseEvents(system.store, id);
    const stored = JSON.stringify(events.map((e) => e.data));
    for (const plaintext of [CITIZEN.fullName, CITIZEN.email, CITIZEN.fiscalCode, CITIZEN.phone, 'buca pericolosa', 'Via Roma 12', 'quale civico']) {
      expect(stored).not.toContain(plaintext);
    }
    const received = events[0].data as Record<string, unknown>;
    expect(isSealedEnvelope(received.citizen)).toBe(true);
    expect(isSealedEnvelope(received.description)).toBe(true);
    expect(isSealedEnvelope(received.location)).toBe(true);
    expect(received).toMatchObject({ subject: 'viabilita/buche', kind: 'complaint', channel: 'email', identified: true });
    expect(isSealedEnvelope((events[2].data as Record<string, unknown>).question)).toBe(true);
    // Sealed under the key of the citizen the event names: the vault opens it again.
    const opened = await system.app.get(PersonalDataVault).unsealFields(received, ['citizen', 'description']);
    expect(opened).toMatchObject({ citizen: CITIZEN, description: aComplaint().description });
  });

  it("takes the final-reply terms from the charter in force on the day of receipt, even for a letter registered later", async () => {
    await adoptStandard(system, {
      code: 'URP-07',
      service: 'Gestione segnalazioni, reclami e suggerimenti',
      indicator: 'Risposta ai reclami entro 20 giorni dal ricevimento',
      measure: 'final_reply_days',
      target: { kind: 'max_days', days: 20 },
      appliesTo: ['complaint'],
      effectiveFrom: '2026-03-01',
    });
    system.clock.set('2026-03-05T10:00:00Z');
    const letter = await registerCase(system, aComplaint({ channel: 'postal_mail', receivedAt: '2026-03-03T08:00:00Z' }));
    expect(letter.finalReplyDueDate).toBe('2026-03-23'); // 3 March + 20
    const beforeTheStandard = await registerCase(system, aComplaint({ channel: 'postal_mail', receivedAt: '2026-02-27T08:00:00Z' }));
    expect(beforeTheStandard.finalReplyDueDate).toBe('2026-03-29'); // 27 February + 30: the standard was not in force yet
    const report = await registerCase(system, aComplaint({ kind: 'report' }));
    expect(report.finalReplyDueDate).toBe('2026-04-04'); // the standard covers complaints only
  });

  /** The year's counter says which case got a number. */
  async function caseWithReference(reference: string): Promise<string> {
    const counter = await system.store.readStream(referenceCounterStream(2026));
    return (counter.map((e) => e.data as { reference: string; caseId: string }).find((d) => d.reference === reference))!.caseId;
  }

  describe('online, by the citizen', () => {
    const submission = {
      kind: 'report',
      subject: 'illuminazione',
      description: 'Il lampione davanti a casa mia è spento.',
      citizen: { fullName: CITIZEN.fullName, email: CITIZEN.email, fiscalCode: CITIZEN.fiscalCode },
      location: 'Via Verdi 3',
    };

    it('answers the reference number and the acknowledgement, nothing internal', async () => {
      const response = await system.http().post('/api/v1/public/cases').send(submission);
      expect(response.status).toBe(201);
      expect(Object.keys(response.body).sort()).toEqual(['accessCode', 'acknowledgement', 'category', 'finalReplyDueDate', 'reference', 'suggestedSector']);
      expect(response.body.acknowledgement).toContain(response.body.reference);
    });

    it('records the case as submitted by the citizen, acting under their pseudonymous id', async () => {
      const response = await system.http().post('/api/v1/public/cases').send(submission).expect(201);
      const [received] = await caseEvents(system.store, await caseWithReference(response.body.reference));
      const data = received.data as { citizenId: string; channel: string; submittedBy: string };
      expect(data).toMatchObject({ channel: 'web', submittedBy: 'citizen' });
      expect(received.metadata.actor).toEqual({ id: data.citizenId, role: 'citizen' });
      expect(JSON.stringify(received.data)).not.toContain(CITIZEN.email);
    });

    it('looks the citizen up in the directory once: the route acts as them and hands their id to the command', async () => {
      const resolve = jest.spyOn(system.app.get(CitizenDirectory, { strict: false }), 'resolve');
      try {
        const response = await system.http().post('/api/v1/public/cases').send(submission).expect(201);
        const [received] = await caseEvents(system.store, await caseWithReference(response.body.reference));
        expect(resolve).toHaveBeenCalledTimes(1);
        expect(await resolve.mock.results[0].value).toBe((received.data as { citizenId: string }).citizenId);
      } finally {
        resolve.mockRestore();
      }
    });

    it('needs a name and an e-mail, and refuses the fields of an operator', async () => {
      const before = await system.eventCount();
      const anonymous = await system.http().post('/api/v1/public/cases').send({ ...submission, citizen: { fullName: CITIZEN.fullName } });
      expect(anonymous.status).toBe(400);
      const violations: { field: string; rule: string }[] = anonymous.body.violations;
      expect(new Set(violations.map((v) => v.field))).toEqual(new Set(['citizen.email']));
      expect(violations.map((v) => v.rule)).toContain('isEmail');
      const withChannel = await system.http().post('/api/v1/public/cases').send({ ...submission, channel: 'counter' });
      expect(withChannel.status).toBe(400);
      expect(await system.eventCount()).toBe(before);
    });

    it('a retried submission with the same Idempotency-Key registers one case', async () => {
      const key = { 'Idempotency-Key': 'portal-submission-0001' };
      const first = await system.http().post('/api/v1/public/cases').set(key).send(submission).expect(201);
      const before = await system.eventCount();
      const again = await system.http().post('/api/v1/public/cases').set(key).send(submission).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await system.eventCount()).toBe(before);
    });
  });
});
