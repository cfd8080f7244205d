/** The citizen's user area over HTTP: reference + access code, the messages, the answers, the survey. */
import { caseIdOf as caseIdOfCase } from '../cases/support/case-id-of';
import { accessCodeFor } from '../../src/citizen-access/access-code';
import { act, aComplaint, CITIZEN } from '../cases/support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';

const PERSONAL_DATA_SECRET = 'cases-e2e-personal-data-secret-0123';

describe("the citizen's user area", () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  const submitOnline = async (overrides: Record<string, unknown> = {}) => {
    const { channel: _channel, ...contact } = aComplaint(overrides);
    const response = await system.http().post('/api/v1/public/cases').send(contact);
    expect(response.status).toBe(201);
    return response.body as { reference: string; accessCode: string; finalReplyDueDate: string };
  };

  /** The user area reads the reference in the case timeline: wait for the projection to have it. */
  const follow = async (reference: string, accessCode: string, expectStatus = 200) => {
    for (let attempt = 0; ; attempt++) {
      const response = await system.http().get(`/api/v1/public/cases/${reference}`).set('X-Access-Code', accessCode);
      if (response.status === expectStatus || attempt > 100) return response;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const caseIdOf = (reference: string) => caseIdOfCase(system.app, reference);

  it('both register answers give the access code of the case', async () => {
    const operator = await system.as('operator').post('/cases', aComplaint());
    expect(operator.status).toBe(201);
    expect(operator.body.accessCode).toBe(accessCodeFor(operator.body.id, PERSONAL_DATA_SECRET));
    const online = await submitOnline();
    expect(online.accessCode).toBe(accessCodeFor(await caseIdOf(online.reference), PERSONAL_DATA_SECRET));
  });

  it('a wrong code and an unknown reference get the same 404; no code is a 404 too', async () => {
    const { reference, accessCode } = await submitOnline();
    expect((await follow(reference, accessCode)).status).toBe(200);
    const wrongCode = await system.http().get(`/api/v1/public/cases/${reference}`).set('X-Access-Code', 'AAAA-BBBB-CC');
    const unknown = await system.http().get('/api/v1/public/cases/URP-2026-999999').set('X-Access-Code', accessCode);
    const noCode = await system.http().get(`/api/v1/public/cases/${reference}`);
    expect(wrongCode.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(noCode.status).toBe(404);
    expect(wrongCode.body).toEqual(unknown.body);
    expect(wrongCode.body.message).toMatch(/Nessuna pratica/);
  });

  it('a code read on the phone works with spaces and lower case', async () => {
    const { reference, accessCode } = await submitOnline();
    expect((await follow(reference.toLowerCase(), accessCode.toLowerCase().replace(/-/g, ' '))).status).toBe(200);
  });

  it('shows the title once, beside the description: also for a case whose description repeats it, as the portal once sent it', async () => {
    const title = 'Lampione spento in via Verdi';
    const description = 'Il lampione davanti al civico 3 è spento da una settimana.';
    const now = await submitOnline({ title, description });
    expect((await follow(now.reference, now.accessCode)).body.request).toMatchObject({ title, description });
    const before = await submitOnline({ title, description: `${title}\n\n${description}` });
    expect((await follow(before.reference, before.accessCode)).body.request).toMatchObject({ title, description });
    const untitled = await submitOnline({ description });
    expect((await follow(untitled.reference, untitled.accessCode)).body.request).toMatchObject({ title: null, description });
  });

  it('shows the state in Italian, the explicit date, and every message the office sent, never internal notes', async () => {
    const { reference, accessCode } = await submitOnline();
    const first = await follow(reference, accessCode);
    expect(first.body).toMatchObject({
      reference,
      state: 'in_progress',
      stateText: expect.stringContaining('Ricevuta'),
      expectedReplyDate: '2026-04-01',
      expectedReplyText: 'Riceverà la risposta entro il 01/04/2026.',
      request: { kind: 'complaint', kindLabel: 'reclamo', description: aComplaint().description, location: 'Via Roma 12, Ancona' },
      mayAnswerInformation: false,
      mayGiveFeedback: false,
    });
    expect(first.body.messages.map((m: { kind: string }) => m.kind)).toEqual(['acknowledgement']);
    expect(JSON.stringify(first.body)).not.toContain(CITIZEN.fiscalCode);

    const id = await caseIdOf(reference);
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.lavoriPubblici.id, note: 'NOTA INTERNA: cittadino già noto.' });
    await act(system, 'referent-lavori-pubblici', id, 'take-charge');
    await act(system, 'referent-lavori-pubblici', id, 'interim-replies', { text: 'Abbiamo programmato un sopralluogo.', channel: 'email' });
    await act(system, 'referent-lavori-pubblici', id, 'extensions', { reason: 'Serve un preventivo della ditta.', newDueDate: '2026-04-20' });
    await act(system, 'referent-lavori-pubblici', id, 'final-reply/draft', { text: 'BOZZA INTERNA' });

    const later = await follow(reference, accessCode);
    expect(later.body.stateText).toBe("In lavorazione presso l'ufficio comunale competente.");
    expect(later.body.expectedReplyDate).toBe('2026-04-20');
    expect(later.body.messages.map((m: { kind: string }) => m.kind)).toEqual(['acknowledgement', 'interim_reply', 'extension']);
    expect(later.body.messages[1]).toMatchObject({ from: 'office', title: 'Risposta interlocutoria', text: 'Abbiamo programmato un sopralluogo.' });
    expect(later.body.messages[2].title).toBe('Proroga del termine al 20/04/2026');
    expect(later.body.messages[2].text).toContain('Serve un preventivo della ditta.');
    expect(JSON.stringify(later.body)).not.toMatch(/NOTA INTERNA|BOZZA INTERNA|Lavori Pubblici/);
  });

  it('the citizen answers a request for information: the clock resumes through the same command, actor the citizen', async () => {
    const { reference, accessCode } = await submitOnline();
    await follow(reference, accessCode);
    const id = await caseIdOf(reference);
    await act(system, 'operator', id, 'suspensions', { question: 'Può indicare il numero civico esatto?', channel: 'email' });
    system.clock.advanceDays(3);

    const waiting = await follow(reference, accessCode);
    expect(waiting.body).toMatchObject({
      state: 'awaiting_citizen',
      pendingQuestion: 'Può indicare il numero civico esatto?',
      mayAnswerInformation: true,
      expectedReplyDate: '2026-04-04', // 1 April + the 3 days waited so far
    });
    expect(waiting.body.expectedReplyText).toMatch(/sospeso.*04\/04\/2026/);

    const answered = await system
      .http()
      .post(`/api/v1/public/cases/${reference}/information`)
      .set({ 'X-Access-Code': accessCode, 'Idempotency-Key': 'answer-0001' })
      .send({ information: 'Il civico è il 12, lato mare.' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ state: 'in_progress', expectedReplyDate: '2026-04-04', mayAnswerInformation: false, pendingQuestion: null });
    expect(answered.body.messages.at(-1)).toMatchObject({ kind: 'information_given', from: 'citizen', text: 'Il civico è il 12, lato mare.' });

    const again = await system
      .http()
      .post(`/api/v1/public/cases/${reference}/information`)
      .set({ 'X-Access-Code': accessCode, 'Idempotency-Key': 'answer-0001' })
      .send({ information: 'Il civico è il 12, lato mare.' });
    expect(again.status).toBe(200);
    const events = await caseEvents(system.store, id);
    const received = events.filter((event) => event.type === 'CitizenInformationReceived');
    expect(received).toHaveLength(1);
    expect(received[0].metadata.actor).toMatchObject({ role: 'citizen', id: (events[0].data as { citizenId: string }).citizenId });

    const notWaiting = await system
      .http()
      .post(`/api/v1/public/cases/${reference}/information`)
      .set({ 'X-Access-Code': accessCode })
      .send({ information: 'Ancora una cosa.' });
    expect(notWaiting.status).toBe(422);
    expect(notWaiting.body.code).toBe('CASE_NOT_SUSPENDED');
  });

  it('refuses an empty answer naming the field, and a wrong code before anything', async () => {
    const { reference, accessCode } = await submitOnline();
    await follow(reference, accessCode);
    const empty = await system.http().post(`/api/v1/public/cases/${reference}/information`).set('X-Access-Code', accessCode).send({ information: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.violations.map((v: { field: string }) => v.field)).toEqual(['information']);
    const wrong = await system.http().post(`/api/v1/public/cases/${reference}/information`).set('X-Access-Code', 'AAAA-BBBB-CC').send({ information: 'x' });
    expect(wrong.status).toBe(404);
  });

  it('the satisfaction survey: only once the case is closed, once per closure', async () => {
    const { reference, accessCode } = await submitOnline();
    await follow(reference, accessCode);
    const id = await caseIdOf(reference);
    const survey = (body: object) =>
      system.http().post(`/api/v1/public/cases/${reference}/feedback`).set('X-Access-Code', accessCode).send(body);

    const tooEarly = await survey({ score: 5 });
    expect(tooEarly.status).toBe(422);

    await act(system, 'operator', id, 'final-reply', { text: 'La buca è stata chiusa ieri.', channel: 'email' });
    const closed = await follow(reference, accessCode);
    expect(closed.body).toMatchObject({ state: 'closed', expectedReplyDate: null, mayGiveFeedback: true });
    expect(closed.body.messages.at(-1)).toMatchObject({ kind: 'final_reply', title: 'Risposta', text: 'La buca è stata chiusa ieri.' });

    expect((await survey({ score: 6 })).status).toBe(400);
    const given = await survey({ score: 4, comment: 'Rapidi e gentili.' });
    expect(given.status).toBe(200);
    expect(given.body.mayGiveFeedback).toBe(false);
    expect(given.body.messages.at(-1)).toMatchObject({ kind: 'feedback_given', title: 'La sua valutazione: 4 su 5', text: 'Rapidi e gentili.' });
    const twice = await survey({ score: 1 });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('FEEDBACK_ALREADY_GIVEN');
    const feedback = (await caseEvents(system.store, id)).filter((event) => event.type === 'SatisfactionFeedbackGiven');
    expect(feedback).toHaveLength(1);
    expect(feedback[0].metadata.actor.role).toBe('citizen');
  });

  // Last: it uses up this address's allowance of wrong codes.
  it('too many wrong codes from one address: 429 even with the right code, until the window has passed', async () => {
    const { reference, accessCode } = await submitOnline();
    expect((await follow(reference, accessCode)).status).toBe(200);
    let status = 404;
    for (let attempt = 0; attempt < 30 && status === 404; attempt++) {
      status = (await system.http().get(`/api/v1/public/cases/${reference}`).set('X-Access-Code', 'AAAA-BBBB-CC')).status;
    }
    expect(status).toBe(429);
    const blocked = await system.http().get(`/api/v1/public/cases/${reference}`).set('X-Access-Code', accessCode);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.body.message).toMatch(/riprovi tra 15 minuti/);
    system.clock.advance(16 * 60 * 1000);
    expect((await follow(reference, accessCode)).status).toBe(200);
  });
});
