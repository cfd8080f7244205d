import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommandContext } from '../../src/command-handling/command-context';
import { IdempotencyKeyReusedError, PreconditionFailedError } from '../../src/command-handling/command-errors';
import { DecideAndAppend } from '../../src/command-handling/decide-and-append';
import type { Decider } from '../../src/domain/shared/decider';
import { deterministicUuid } from '../../src/command-handling/deterministic-id';
import { IdempotentAnswers } from '../../src/command-handling/idempotent-answers';
import { dataSourceOptions } from '../../src/database/data-source';
import { EventStore } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

/** A tiny decider: a counter that refuses to go above a limit. */
type CounterEvent = { type: 'Incremented'; data: { by: number } };
const counter: Decider<{ by: number; limit?: number }, CounterEvent, { value: number }> = {
  decide: ({ by, limit }, state) => increment(by, limit)(state),
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => ({ value: state.value + event.data.by }),
};
const increment = (by: number, limit = 100) => (state: { value: number }): CounterEvent[] => {
  if (state.value + by > limit) throw new Error('LIMIT');
  return [{ type: 'Incremented', data: { by } }];
};

describe('the shared write path (DecideAndAppend, IdempotentAnswers) on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let store: EventStore;
  let dataSource: DataSource;
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  let executor: DecideAndAppend;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = createPostgresEventStore({ connectionString: database.url, maxConnections: 4 });
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
    executor = new DecideAndAppend(store, clock);
  });
  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.dispose();
  });

  const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
    commandName: 'increment',
    actor: { id: 'user-1', role: 'operator' },
    correlationId: randomUUID(),
    ...overrides,
  });

  it('appends the decided events with correlation, causation, actor, the clock time and schema version', async () => {
    const stream = `counter-${randomUUID()}`;
    const ctx = context();
    const result = await executor.execute({ stream, decider: counter, decide: increment(2), context: ctx });
    expect(result.revision).toBe(0);
    expect(result.state).toEqual({ value: 2 });
    const [event] = await store.readStream(stream);
    expect(event.type).toBe('Incremented');
    expect(event.metadata).toMatchObject({
      correlationId: ctx.correlationId,
      actor: { id: 'user-1', role: 'operator' },
      recordedAt: '2026-03-02T09:00:00.000Z',
      schemaVersion: 1,
    });
    expect(event.metadata.causationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('decides again on the new state when another writer got there first', async () => {
    const stream = `counter-${randomUUID()}`;
    await Promise.all(Array.from({ length: 6 }, () => executor.execute({ stream, decider: counter, decide: increment(1), context: context() })));
    const events = await store.readStream(stream);
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('decides on the stream as stored when another process wrote it since this one last did', async () => {
    const stream = `counter-${randomUUID()}`;
    const otherProcess = new DecideAndAppend(store, clock);
    await executor.execute({ stream, decider: counter, decide: increment(60), context: context() });
    await otherProcess.execute({ stream, decider: counter, decide: increment(30), context: context() });
    // This process remembers 60: from that guess 20 more would fit; from the stored 90 they do not.
    await expect(executor.execute({ stream, decider: counter, decide: increment(20), context: context() })).rejects.toThrow('LIMIT');
    const next = await executor.execute({ stream, decider: counter, decide: increment(5), context: context() });
    expect(next).toMatchObject({ revision: 2, state: { value: 95 } });
    expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2]);
  });

  it('refuses with 412 semantics when If-Match names a revision that is not the current one, appending nothing', async () => {
    const stream = `counter-${randomUUID()}`;
    await executor.execute({ stream, decider: counter, decide: increment(1), context: context() });
    await expect(
      executor.execute({ stream, decider: counter, decide: increment(1), context: context({ expectedRevision: 5 }) }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await store.readStream(stream)).toHaveLength(1);
    const ok = await executor.execute({ stream, decider: counter, decide: increment(1), context: context({ expectedRevision: 0 }) });
    expect(ok.revision).toBe(1);
  });

  it('appends nothing when the decision throws', async () => {
    const stream = `counter-${randomUUID()}`;
    await expect(executor.execute({ stream, decider: counter, decide: increment(500), context: context() })).rejects.toThrow('LIMIT');
    expect(await store.readStream(stream)).toHaveLength(0);
  });

  it('a retry with the same Idempotency-Key finds the command applied and appends nothing more', async () => {
    const stream = `counter-${randomUUID()}`;
    const ctx = context({ idempotencyKey: 'retry-key-0001' });
    const first = await executor.execute({ stream, decider: counter, decide: increment(3), context: ctx });
    await executor.execute({ stream, decider: counter, decide: increment(1), context: context() });
    const retry = await executor.execute({ stream, decider: counter, decide: increment(3), context: { ...ctx, correlationId: randomUUID() } });
    expect(retry.replayed).toBe(true);
    expect(retry.revision).toBe(first.revision);
    expect(retry.events).toEqual(first.events);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('events with ids of their own are appended once, whatever the attempt, with or without Idempotency-Key', async () => {
    const stream = `counter-${randomUUID()}`;
    const eventId = (index: number) => deterministicUuid('spec-own-ids', stream, String(index));
    const decide = (state: { value: number }): CounterEvent[] => [...increment(1)(state), ...increment(2)(state)];
    const first = await executor.execute({ stream, decider: counter, decide, context: context(), eventId });
    // Another process (another executor: nothing known of the stream), another command id.
    const again = await new DecideAndAppend(store, clock).execute({ stream, decider: counter, decide, context: context({ idempotencyKey: 'other-key-0001' }), eventId });
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ replayed: true, revision: first.revision, events: first.events, state: { value: 3 } });
    expect((await store.readStream(stream)).map((event) => event.id)).toEqual([eventId(0), eventId(1)]);
  });

  it('two concurrent requests with the same Idempotency-Key append once', async () => {
    const stream = `counter-${randomUUID()}`;
    const ctx = context({ idempotencyKey: 'concurrent-key-1' });
    const results = await Promise.all([1, 2, 3].map(() => executor.execute({ stream, decider: counter, decide: increment(7), context: ctx })));
    expect(await store.readStream(stream)).toHaveLength(1);
    expect(new Set(results.map((r) => r.revision))).toEqual(new Set([0]));
  });

  describe('IdempotentAnswers', () => {
    it('gives a retry the first answer, refuses the key for another request, and runs keyless requests every time', async () => {
      const answers = new IdempotentAnswers(dataSource);
      const ctx = context({ idempotencyKey: `answer-${randomUUID()}` });
      let runs = 0;
      const work = async () => ({ statusCode: 201, body: { run: ++runs } });
      const first = await answers.run(ctx, { a: 1, b: [1, 2] }, work);
      const again = await answers.run(ctx, { b: [1, 2], a: 1 }, work);
      expect(first).toEqual({ statusCode: 201, body: { run: 1 } });
      expect(again).toEqual({ statusCode: 201, body: { run: 1 }, replayed: true });
      await expect(answers.run(ctx, { a: 2 }, work)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      await answers.run(context(), {}, work);
      await answers.run(context(), {}, work);
      expect(runs).toBe(3);
    });

    it('claims the key before running: of concurrent requests with one key, one runs; other bodies get 422, the same body the first answer (100 rounds)', async () => {
      const answers = new IdempotentAnswers(dataSource);
      for (let round = 0; round < 100; round++) {
        const ctx = context({ idempotencyKey: `claim-${round}-${randomUUID()}` });
        const ran: string[] = [];
        // The slower body must not lose its answer to a faster one that started later.
        const work = (body: string, ms: number) => async () => {
          ran.push(body);
          await new Promise((resolve) => setTimeout(resolve, ms));
          return { statusCode: 201, body: { body } };
        };
        const outcomes = await Promise.allSettled([
          answers.run(ctx, { body: 'slow' }, work('slow', 5)),
          answers.run(ctx, { body: 'fast' }, work('fast', 0)),
          answers.run(ctx, { body: 'slow' }, work('slow', 0)),
        ]);
        expect(ran).toHaveLength(1);
        const [winner] = ran;
        const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.body.body] : []));
        const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
        // Every answer is the winner's; every refusal is a key reuse with the other body.
        expect(new Set(answered)).toEqual(new Set([winner]));
        expect(answered).toHaveLength(winner === 'slow' ? 2 : 1);
        for (const reason of refused) expect(reason).toBeInstanceOf(IdempotencyKeyReusedError);
      }
    });

    it('writes answers off the request path in batches, a retry waiting for an answer not yet written, all written before shutdown', async () => {
      // Answers written 150 ms late: a retry sent meanwhile must wait for the first answer, not run again.
      let answerWrites = 0;
      const lateWriter = Object.create(dataSource) as DataSource;
      lateWriter.query = (async (sql: string, parameters?: unknown[]) => {
        if (sql.trim().startsWith('UPDATE command_answers AS a')) {
          answerWrites++;
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        return dataSource.query(sql, parameters);
      }) as DataSource['query'];
      const answers = new IdempotentAnswers(lateWriter);
      let runs = 0;
      const work = (i: number) => async () => ({ statusCode: 201, body: { i, run: ++runs } });
      const keys = Array.from({ length: 40 }, (_, i) => `batched-${i}-${randomUUID()}`);
      const first = await Promise.all(keys.map((key, i) => answers.run(context({ idempotencyKey: key }), { i }, work(i))));
      const retry = await answers.run(context({ idempotencyKey: keys[7] }), { i: 7 }, work(7));
      expect(retry).toEqual({ ...first[7], replayed: true });
      expect(runs).toBe(keys.length);
      expect(answerWrites).toBeLessThan(keys.length / 2);

      await answers.run(context({ idempotencyKey: `last-${randomUUID()}` }), { last: true }, work(99));
      await answers.beforeApplicationShutdown();
      const stored: { status_code: number | null }[] = await dataSource.query(
        "SELECT status_code FROM command_answers WHERE idempotency_key LIKE 'batched-%' OR idempotency_key LIKE 'last-%'",
      );
      expect(stored).toHaveLength(keys.length + 1);
      expect(stored.every((row) => row.status_code === 201)).toBe(true);
    });

    it('releases the claim when the command fails, so a retry is decided afresh', async () => {
      const answers = new IdempotentAnswers(dataSource);
      const ctx = context({ idempotencyKey: `release-${randomUUID()}` });
      await expect(answers.run(ctx, {}, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
      expect(await answers.run(ctx, { other: true }, async () => ({ statusCode: 200, body: { ok: true } }))).toEqual({ statusCode: 200, body: { ok: true } });
    });

    it('scopes keys by actor: another user with the same key is a different request', async () => {
      const answers = new IdempotentAnswers(dataSource);
      const key = `scoped-${randomUUID()}`;
      let runs = 0;
      const work = async () => ({ statusCode: 200, body: { run: ++runs } });
      await answers.run(context({ idempotencyKey: key }), {}, work);
      await answers.run(context({ idempotencyKey: key, actor: { id: 'user-2', role: 'operator' } }), {}, work);
      expect(runs).toBe(2);
    });
  });

  it('deterministicUuid is a stable, well-formed uuid that differs for different parts', () => {
    const a = deterministicUuid('x', 'y');
    expect(a).toBe(deterministicUuid('x', 'y'));
    expect(a).not.toBe(deterministicUuid('x', 'z'));
    expect(a).not.toBe(deterministicUuid('xy'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
