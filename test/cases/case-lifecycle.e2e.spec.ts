/** Every transition of a case, end to end: HTTP, the command bus, the deciders, the PostgreSQL event store. */
import { personalDataFieldsOf } from '../../src/contracts';
import { PersonalDataVault } from '../../src/personal-data';
import { aComplaint, act, registerCase } from './support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem } from './support/case-system';

describe('the life of a case over HTTP', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  const typesOf = async (caseId: string) => (await caseEvents(system.store, caseId)).map((event) => event.type);
  /** The events' data with their personal fields opened, as the case file shows them. */
  const dataOf = async (caseId: string, type: string) =>
    Promise.all(
      (await caseEvents(system.store, caseId))
        .filter((event) => event.type === type)
        .map((event) => system.app.get(PersonalDataVault).unsealFields(event.data as Record<string, unknown>, personalDataFieldsOf(type))),
    );

  it('registered, routed, taken in charge, answered on the interim and final reply, closed, rated, reopened', async () => {
    const response = await system.as('operator').post('/cases', aComplaint());
    expect(response.status).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const registered = response.body;
    expect(registered).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reference: expect.stringMatching(/^URP-2026-\d{6}$/),
      revision: 1,
      finalReplyDueDate: '2026-04-01', // 30 calendar days from receipt (L. 241/1990), no charter standard adopted
      acknowledgement: expect.stringContaining(`numero di pratica ${registered.reference}`),
      accessCode: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/),
      category: 'viabilita/buche',
      suggestedSector: { id: SECTORS.lavoriPubblici.id, name: 'Lavori Pubblici' },
    });
    expect(registered.acknowledgement).toContain('entro il 01/04/2026');
    const id = registered.id;

    const routed = await system.as('operator').post(`/cases/${id}/route`, { sectorId: SECTORS.lavoriPubblici.id, note: 'Verificare la buca.' });
    expect(routed.status).toBe(200);
    expect(routed.body).toEqual({ id, revision: 2, status: 'routed' });
    expect(routed.headers.etag).toBe('"2"');

    expect(await act(system, 'referent-lavori-pubblici', id, 'take-charge')).toEqual({ id, revision: 3, status: 'in_charge' });
    expect(await act(system, 'referent-lavori-pubblici', id, 'interim-replies', { text: 'Sopralluogo in programma.', channel: 'email' })).toMatchObject({ revision: 4, status: 'in_charge' });
    expect(await act(system, 'referent-lavori-pubblici', id, 'final-reply/draft', { text: 'La buca sarà chiusa entro venerdì.' })).toMatchObject({ revision: 5 });
    expect(await act(system, 'operator', id, 'final-reply', { text: 'La buca sarà chiusa entro venerdì.', channel: 'email' })).toEqual({ id, revision: 7, status: 'closed' });
    expect(await act(system, 'operator', id, 'feedback', { score: 4, comment: 'Rapidi.' })).toEqual({ id, revision: 8, status: 'closed' });

    system.clock.advanceDays(5);
    expect(await act(system, 'operator', id, 'reopen', { reason: 'La buca è stata chiusa male.' })).toEqual({ id, revision: 9, status: 'received' });

    expect(await typesOf(id)).toEqual([
      'CaseReceived',
      'CaseAcknowledged',
      'CaseRouted',
      'CaseTakenInCharge',
      'InterimReplySent',
      'FinalReplyDrafted',
      'FinalReplySent',
      'CaseClosed',
      'SatisfactionFeedbackGiven',
      'CaseReopened',
    ]);
    const [sent] = await dataOf(id, 'FinalReplySent');
    expect(sent).toMatchObject({ repliedBy: 'urp', withinDueDate: true, finalReplyDueDate: '2026-04-01' });
    const [reopened] = await dataOf(id, 'CaseReopened');
    expect(reopened).toMatchObject({ previousOutcome: 'answered', finalReplyDueDate: '2026-04-06' }); // a new clock from 7 March
  });

  it('a sector hands a case back as not its own, and the URP routes it again', async () => {
    const { id } = await registerCase(system);
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.tributi.id });
    expect(await act(system, 'referent-tributi', id, 'hand-back', { reason: 'Competenza dei Lavori Pubblici.' })).toMatchObject({ status: 'received' });
    expect(await act(system, 'operator', id, 'route', { sectorId: SECTORS.lavoriPubblici.id })).toMatchObject({ status: 'routed' });
    expect(await act(system, 'referent-lavori-pubblici', id, 'take-charge')).toMatchObject({ status: 'in_charge' });
    const routings = await dataOf(id, 'CaseRouted');
    expect(routings.map((r) => r.sectorId)).toEqual([SECTORS.tributi.id, SECTORS.lavoriPubblici.id]);
    expect((await dataOf(id, 'CaseHandedBack'))[0]).toMatchObject({ sectorId: SECTORS.tributi.id, reason: 'Competenza dei Lavori Pubblici.' });
  });

  it('an operator chases a sector that has not taken charge (sollecito)', async () => {
    const { id } = await registerCase(system);
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.tributi.id });
    system.clock.advanceDays(11);
    expect(await act(system, 'operator', id, 'reminders')).toMatchObject({ status: 'routed' });
    expect((await dataOf(id, 'TakeChargeReminderSent'))[0]).toMatchObject({ reminderNumber: 1, sentBy: 'urp', sectorId: SECTORS.tributi.id });
  });

  it('asking the citizen for information stops the clock: the due date moves by the days waited', async () => {
    system.clock.set('2026-03-10T08:00:00Z');
    const { id, finalReplyDueDate } = await registerCase(system);
    expect(finalReplyDueDate).toBe('2026-04-09');
    await act(system, 'operator', id, 'suspensions', { question: 'Può indicarci il civico esatto?', channel: 'email' });
    system.clock.advanceDays(4);
    await act(system, 'operator', id, 'suspensions/resume', { information: 'Civico 12.' });
    expect((await dataOf(id, 'CitizenInformationReceived'))[0]).toMatchObject({ suspendedDays: 4, finalReplyDueDate: '2026-04-13' });
  });

  it('a motivated extension replaces the due date with the one told to the citizen', async () => {
    const { id, finalReplyDueDate } = await registerCase(system);
    await act(system, 'operator', id, 'extensions', { newDueDate: '2026-05-15', reason: 'Serve il parere della Soprintendenza.' });
    expect((await dataOf(id, 'FinalReplyDeadlineExtended'))[0]).toMatchObject({
      previousDueDate: finalReplyDueDate,
      newDueDate: '2026-05-15',
      reason: 'Serve il parere della Soprintendenza.',
    });
  });

  it('an unclassified contact is classified, reclassified, and answered directly by the URP', async () => {
    const { id } = await registerCase(system, aComplaint({ kind: undefined, subject: undefined }));
    expect(await act(system, 'operator', id, 'classification', { kind: 'information_request', subject: 'tributi/tari' })).toMatchObject({ status: 'received' });
    await act(system, 'operator', id, 'classification', { kind: 'information_request', subject: 'tributi/imu' });
    expect(await act(system, 'operator', id, 'final-reply', { text: 'La scadenza è il 16 giugno.', channel: 'phone' })).toMatchObject({ status: 'closed' });
    expect(await typesOf(id)).toEqual(['CaseReceived', 'CaseAcknowledged', 'CaseClassified', 'CaseReclassified', 'FinalReplySent', 'CaseClosed']);
  });

  it('a matter of another body is directed elsewhere, which closes the case', async () => {
    const { id } = await registerCase(system, aComplaint({ kind: 'information_request', subject: 'previdenza' }));
    expect(await act(system, 'operator', id, 'direct-elsewhere', { otherBody: 'INPS', message: "Si rivolga all'INPS.", channel: 'email' })).toMatchObject({ status: 'closed' });
    expect((await dataOf(id, 'CaseClosed'))[0]).toMatchObject({ outcome: 'directed_elsewhere' });
  });

  it('a duplicate is merged into another case, refuses other commands, and is unmerged', async () => {
    const original = await registerCase(system);
    const duplicate = await registerCase(system);
    expect(await act(system, 'operator', duplicate.id, 'merge', { intoCaseId: original.id })).toMatchObject({ status: 'merged' });
    const refused = await system.as('operator').post(`/cases/${duplicate.id}/route`, { sectorId: SECTORS.tributi.id });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CASE_MERGED');
    expect(await act(system, 'operator', duplicate.id, 'unmerge')).toMatchObject({ status: 'received' });
  });

  it('a case withdrawn by the citizen is closed without a reply', async () => {
    const { id } = await registerCase(system);
    expect(await act(system, 'operator', id, 'close', { outcome: 'withdrawn' })).toMatchObject({ status: 'closed' });
    expect((await dataOf(id, 'CaseClosed'))[0]).toMatchObject({ outcome: 'withdrawn' });
  });

  it('a referent of the sector in charge sends the final reply directly', async () => {
    const { id } = await registerCase(system);
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.tributi.id });
    await act(system, 'referent-tributi', id, 'take-charge');
    expect(await act(system, 'referent-tributi', id, 'final-reply', { text: 'Rimborso disposto.', channel: 'email' })).toMatchObject({ status: 'closed' });
    expect((await dataOf(id, 'FinalReplySent'))[0]).toMatchObject({ repliedBy: 'sector', sectorId: SECTORS.tributi.id });
  });
});
