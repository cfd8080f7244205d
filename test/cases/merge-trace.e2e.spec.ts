/**
 * A merge keeps the duplicate's trace: the surviving case's own history names the case
 * merged into it, and the duplicate's citizen is told (an outbox message) when the survivor
 * is answered, without the reply written to the other citizen.
 */
import { DataSource } from 'typeorm';
import type { CommandContext } from '../../src/command-handling/command-context';
import { CaseStreams } from '../../src/cases/shared/case-streams';
import { act, aComplaint, registerCase } from './support/case-steps';
import { caseEvents, startCaseSystem, type CaseSystem } from './support/case-system';

describe('merging a duplicate', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  const messagesOf = async (caseId: string) =>
    (await system.app.get(DataSource).query(`SELECT purpose, content FROM outbox_messages WHERE case_id = $1 ORDER BY created_at`, [caseId])) as {
      purpose: string;
      content: { case: { reference: string }; event: Record<string, unknown> };
    }[];

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let waited = 0; ; waited += 50) {
      const value = await read();
      if (done(value)) return value;
      if (waited > 10_000) throw new Error(`Never reached: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("names the duplicate in the survivor's history, and tells its citizen when the survivor is answered", async () => {
    const survivor = await registerCase(system);
    const duplicate = await registerCase(system, aComplaint({ citizen: { fullName: 'Luca Bianchi', email: 'luca.bianchi@example.it' } }));
    await act(system, 'operator', duplicate.id, 'merge', { intoCaseId: survivor.id });

    const events = await caseEvents(system.store, survivor.id);
    expect(events.at(-1)).toMatchObject({
      type: 'CaseDuplicateAttached',
      data: { caseId: survivor.id, duplicateCaseId: duplicate.id, duplicateReference: duplicate.reference },
    });
    const file = await eventually(
      async () => (await system.as('operator').get(`/cases/${survivor.id}`)).body,
      (body) => body.timeline?.some((entry: { title: string }) => entry.title.includes(duplicate.reference)),
    );
    expect(file.timeline.at(-1).title).toBe(`Unita a questa pratica la pratica ${duplicate.reference}, che segnala lo stesso problema`);

    await act(system, 'operator', survivor.id, 'final-reply', { text: 'Gentile Maria Rossi, la buca sarà chiusa venerdì.', channel: 'email' });
    const told = await eventually(
      () => messagesOf(duplicate.id),
      (messages) => messages.some((m) => m.purpose === 'duplicate_answered'),
    );
    const message = told.find((m) => m.purpose === 'duplicate_answered')!;
    expect(message.content.case.reference).toBe(duplicate.reference);
    expect(message.content.event).toMatchObject({ survivorReference: survivor.reference });
    // The reply was written to the other citizen: it never reaches this one.
    expect(JSON.stringify(message.content)).not.toContain('Maria Rossi');
  });

  it('an unmerged duplicate leaves the survivor, and is no longer told', async () => {
    const survivor = await registerCase(system);
    const duplicate = await registerCase(system);
    await act(system, 'operator', duplicate.id, 'merge', { intoCaseId: survivor.id });
    await act(system, 'operator', duplicate.id, 'unmerge');
    const events = await caseEvents(system.store, survivor.id);
    expect(events.slice(-2).map((e) => e.type)).toEqual(['CaseDuplicateAttached', 'CaseDuplicateDetached']);

    await act(system, 'operator', survivor.id, 'final-reply', { text: 'Risolto.', channel: 'email' });
    await eventually(() => messagesOf(survivor.id), (messages) => messages.some((m) => m.purpose === 'final_reply'));
    expect((await messagesOf(duplicate.id)).map((m) => m.purpose)).not.toContain('duplicate_answered');
  });

  describe('when the process stops between the two appends', () => {
    const attachedTo = async (survivorId: string) =>
      (await caseEvents(system.store, survivorId)).filter((event) => event.type === 'CaseDuplicateAttached');

    /** The duplicate's append alone, as a merge that stopped before the survivor's trace leaves it. */
    async function mergeWithoutTrace(duplicateId: string, survivorId: string, idempotencyKey?: string): Promise<void> {
      const cases = system.app.get(CaseStreams);
      const context: CommandContext = {
        commandName: 'merge-case',
        actor: { id: system.userId('operator'), role: 'operator' },
        correlationId: 'merge-stopped-halfway',
        ...(idempotencyKey ? { idempotencyKey } : {}),
      };
      const envelope = cases.envelopeFor(context);
      await cases.decide(duplicateId, context, () => ({ type: 'MergeCase', caseId: duplicateId, ...envelope, intoCaseId: survivorId }));
      expect(await attachedTo(survivorId)).toEqual([]);
    }

    it('a retry with the same Idempotency-Key gets the merge answered and writes the trace, once', async () => {
      const survivor = await registerCase(system);
      const duplicate = await registerCase(system);
      await mergeWithoutTrace(duplicate.id, survivor.id, 'merge-halfway-0001');
      const retry = () => system.as('operator').post(`/cases/${duplicate.id}/merge`, { intoCaseId: survivor.id }, { 'Idempotency-Key': 'merge-halfway-0001' });
      const first = await retry().expect(200);
      expect(first.body).toMatchObject({ id: duplicate.id, status: 'merged' });
      expect((await retry().expect(200)).body).toEqual(first.body);
      const traces = await attachedTo(survivor.id);
      expect(traces.map((event) => event.data)).toEqual([expect.objectContaining({ duplicateCaseId: duplicate.id, duplicateReference: duplicate.reference })]);
    });

    it('a retry without a key is refused (the case is merged already) and still completes the trace, once', async () => {
      const survivor = await registerCase(system);
      const duplicate = await registerCase(system);
      await mergeWithoutTrace(duplicate.id, survivor.id);
      for (let attempt = 0; attempt < 2; attempt++) {
        const refused = await system.as('operator').post(`/cases/${duplicate.id}/merge`, { intoCaseId: survivor.id }).expect(422);
        expect(refused.body.code).toBe('CASE_MERGED');
      }
      expect((await attachedTo(survivor.id)).map((event) => event.data)).toEqual([
        expect.objectContaining({ duplicateCaseId: duplicate.id, duplicateReference: duplicate.reference }),
      ]);
      // Unmerged, merged again: each merge has its own trace.
      await act(system, 'operator', duplicate.id, 'unmerge');
      await act(system, 'operator', duplicate.id, 'merge', { intoCaseId: survivor.id });
      const types = (await caseEvents(system.store, survivor.id)).map((event) => event.type).filter((type) => type.startsWith('CaseDuplicate'));
      expect(types).toEqual(['CaseDuplicateAttached', 'CaseDuplicateDetached', 'CaseDuplicateAttached']);
    });
  });
});
