import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../src/command-handling/command-context';
import { referenceCounterStream } from '../../src/contracts';
import { ReferenceNumbers } from '../../src/cases/register-case/reference-numbers';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, type TestDatabase } from '../support/database';

/** Counts the store's reads, to show what a reservation costs. */
function countingReads(store: EventStore) {
  const counted = { reads: 0, appends: 0 };
  const wrapped: EventStore = Object.create(store);
  wrapped.readStream = (...args) => ((counted.reads += 1), store.readStream(...args));
  wrapped.appendToStream = (...args) => ((counted.appends += 1), store.appendToStream(...args));
  return { store: wrapped, counted };
}

describe('reference numbers (the year counter, read by its last event only)', () => {
  let database: TestDatabase;
  let store: EventStore;
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const at = '2026-03-02T09:00:00.000Z';
  const envelope = { actor: { id: 'op-1', role: 'operator' as const }, at };
  const context = (): CommandContext => ({ commandName: 'register-case', actor: { id: 'op-1', role: 'operator' }, correlationId: randomUUID() });

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = createPostgresEventStore({ connectionString: database.url, maxConnections: 6 });
  });
  afterAll(async () => {
    await store.close();
    await database.dispose();
  });

  it('two processes taking numbers at once get distinct, consecutive numbers', async () => {
    const one = new ReferenceNumbers(store, clock);
    const other = new ReferenceNumbers(store, clock);
    const caseIds = Array.from({ length: 30 }, () => randomUUID());
    const references = await Promise.all(caseIds.map((caseId, i) => (i % 2 ? one : other).reserve(caseId, envelope, context())));
    const sequences = references.map((r) => Number(r.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const counter = await store.readStream(referenceCounterStream(2026));
    expect(counter.map((e) => (e.data as { caseId: string }).caseId).sort()).toEqual([...caseIds].sort());
  });

  it('a case asking again (a retried registration) gets its own number back and burns none', async () => {
    const first = new ReferenceNumbers(store, clock);
    const caseId = randomUUID();
    const reference = await first.reserve(caseId, envelope, context());
    await first.reserve(randomUUID(), envelope, context());
    // A fresh process (a restart after a crash before the case was written) asks again.
    const restarted = new ReferenceNumbers(store, clock);
    expect(await restarted.reserve(caseId, envelope, context())).toBe(reference);
    expect(await first.reserve(caseId, envelope, context())).toBe(reference);
    const counter = await store.readStream(referenceCounterStream(2026));
    expect(counter.filter((e) => (e.data as { caseId: string }).caseId === caseId)).toHaveLength(1);
  });

  it('costs one append once the process knows the counter, and one read of the last event when it does not', async () => {
    const { store: counting, counted } = countingReads(store);
    const numbers = new ReferenceNumbers(counting, clock);
    await numbers.reserve(randomUUID(), envelope, context());
    expect(counted).toEqual({ reads: 1, appends: 1 });
    await numbers.reserve(randomUUID(), envelope, context());
    await numbers.reserve(randomUUID(), envelope, context());
    expect(counted).toEqual({ reads: 1, appends: 3 });
  });

  it('registrations arriving while an append is on its way share the next one, each with its own event', async () => {
    const { store: counting, counted } = countingReads(store);
    const numbers = new ReferenceNumbers(counting, clock);
    const before = (await store.readStream(referenceCounterStream(2026))).length;
    const caseIds = Array.from({ length: 40 }, () => randomUUID());
    const contexts = caseIds.map(() => context());
    const references = await Promise.all(caseIds.map((caseId, i) => numbers.reserve(caseId, envelope, contexts[i])));
    // The first goes alone; the 39 that came meanwhile share one more append.
    expect(counted).toEqual({ reads: 1, appends: 2 });
    expect(references.map((r) => Number(r.slice(-6)))).toEqual(caseIds.map((_, i) => before + i + 1));
    const counter = (await store.readStream(referenceCounterStream(2026))).slice(before);
    expect(counter.map((e) => (e.data as { caseId: string }).caseId)).toEqual(caseIds);
    expect(counter.map((e) => e.metadata.correlationId)).toEqual(contexts.map((c) => c.correlationId));
  });

  it('a shared append refused for one case already numbered falls back to one at a time, and burns no number', async () => {
    const caseId = randomUUID();
    const reference = await new ReferenceNumbers(store, clock).reserve(caseId, envelope, context());
    // A restarted process that does not know the counter's revision gets the retried case in a batch with new ones.
    const restarted = new ReferenceNumbers(store, clock);
    const warmUp = restarted.reserve(randomUUID(), envelope, context());
    const others = [randomUUID(), randomUUID()];
    const answers = await Promise.all([warmUp, restarted.reserve(others[0], envelope, context()), restarted.reserve(caseId, envelope, context()), restarted.reserve(others[1], envelope, context())]);
    expect(answers[2]).toBe(reference);
    const counter = await store.readStream(referenceCounterStream(2026));
    expect(counter.filter((e) => (e.data as { caseId: string }).caseId === caseId)).toHaveLength(1);
    const sequences = counter.map((e) => (e.data as { sequence: number }).sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });
});
