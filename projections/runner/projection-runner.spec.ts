import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { type RecordedEvent, comparePositions, Position, systemClock } from '../../src/read-side';
import { COUNTED, CountingProjection, IGNORED } from '../testing/counting-projection';
import { appendTestEvents, readAllEvents, testEvent } from '../testing/test-events';
import { Connections, connect, eventually, testRunner } from '../testing/test-harness';
import { applyBatch, CheckpointMovedError } from './batch-applier';
import { Client } from 'pg';
import { recordFailure } from './failure-log';
import { prepareLiveTables } from './table-setup';

describe('ProjectionRunner', () => {
  let db: TestDatabase;
  let connections: Connections;
  const stops: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
  });

  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    await connections.close();
    await db.dispose();
  });

  function started(...args: Parameters<typeof testRunner>) {
    const runner = testRunner(...args);
    runner.start();
    stops.push(() => runner.stop());
    return runner;
  }

  function allEvents(): Promise<RecordedEvent[]> {
    return readAllEvents(connections.store);
  }

  async function liveCheckpoint(name: string): Promise<Position | null> {
    const [row] = await connections.dataSource.query(
      "SELECT checkpoint_commit AS commit, checkpoint_prepare AS prepare FROM projection_checkpoints WHERE projection = $1 AND slot = 'live'",
      [name],
    );
    return row?.commit ? { commit: Number(row.commit), prepare: Number(row.prepare) } : null;
  }

  it('applies events in batches, each committed together with its checkpoint', async () => {
    const batchSizes: number[] = [];
    const projection = new CountingProjection({ sleepMs: 10, onApply: (events) => batchSizes.push(events.length) });
    const head = await appendTestEvents(connections.store, { streams: 20, perAppend: 10, rounds: 8, ignoredEvery: 7 });
    const counted = (await allEvents()).filter((event) => event.type === COUNTED);
    const runner = started(connections, [projection], { batchSize: 100 });
    await eventually(async () => (await runner.status()).projections[0].checkpoint !== null, 'a first batch');

    // One statement sees one snapshot: read model and checkpoint must always agree.
    const samples: { checkpoint: Position; events: number }[] = [];
    for (;;) {
      const [row] = await connections.dataSource.query(`
        SELECT c.checkpoint_commit AS commit, c.checkpoint_prepare AS prepare, c.events_applied,
               (SELECT count(*) FROM counting_events)::int AS events,
               (SELECT coalesce(sum(events), 0) FROM counting_streams)::int AS stream_total,
               (SELECT max(applied_count) FROM counting_events) AS max_applied,
               (SELECT position_commit || '/' || position_prepare FROM counting_events
                 ORDER BY position_commit DESC, position_prepare DESC LIMIT 1) AS last_applied
        FROM projection_checkpoints c WHERE c.projection = 'counting' AND c.slot = 'live'`);
      const checkpoint = { commit: Number(row.commit), prepare: Number(row.prepare) };
      const expected = counted.filter((event) => comparePositions(event.position, checkpoint) <= 0).length;
      expect({ events: row.events, streamTotal: row.stream_total, applied: Number(row.events_applied), max: row.max_applied }).toEqual({
        events: expected,
        streamTotal: expected,
        applied: expected,
        max: 1,
      });
      expect(row.last_applied).toBe(`${checkpoint.commit}/${checkpoint.prepare}`);
      samples.push({ checkpoint, events: row.events });
      if (expected === counted.length) break;
    }
    expect(samples.some((sample) => sample.events > 0 && sample.events < counted.length)).toBe(true);

    await runner.waitForPosition(head, 30_000);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(100);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    expect(batchSizes.reduce((sum, size) => sum + size, 0)).toBe(counted.length);
    const streams = await connections.dataSource.query('SELECT stream_name, events, last_revision FROM counting_streams ORDER BY 1');
    expect(streams).toEqual(
      Array.from({ length: 20 }, (_, i) => `case-${i}`)
        .sort()
        .map((stream) => ({
          stream_name: stream,
          events: counted.filter((event) => event.streamName === stream).length,
          last_revision: Math.max(...counted.filter((event) => event.streamName === stream).map((event) => event.revision)),
        })),
    );
    const status = await runner.status();
    expect(status.projections[0]).toMatchObject({ state: 'running', lag: { events: 0, eventsExact: true, ms: 0 }, failure: null });
  });

  async function quarantinedOf(runner: ReturnType<typeof testRunner>, name: string) {
    return (await runner.status()).projections.find((projection) => projection.name === name)!.quarantined;
  }

  it('quarantines the stream whose event the handler throws on, goes on with every other stream, and releases it on a retry once fixed', async () => {
    await appendTestEvents(connections.store, { streams: 3, perAppend: 4, rounds: 2 });
    const events = await allEvents();
    const poison = events[5];
    expect(poison).toMatchObject({ streamName: 'case-1', revision: 1 });
    const fragile = new CountingProjection({ name: 'fragile', failOn: (event) => event.id === poison.id });
    const steady = new CountingProjection({ name: 'steady' });
    const runner = started(connections, [fragile, steady], { batchSize: 100, quarantineRetryMs: 50 });
    // The checkpoint passes the failing event: nothing waits on it.
    await runner.waitForPosition(events.at(-1)!.position, 30_000);

    const [quarantined] = await quarantinedOf(runner, 'fragile');
    expect(await quarantinedOf(runner, 'fragile')).toHaveLength(1);
    expect(quarantined).toMatchObject({ streamName: 'case-1', eventId: poison.id, eventType: COUNTED, position: poison.position, revision: 1 });
    expect(quarantined.errorMessage).toContain(`cannot count event ${poison.id}`);
    const fragileStatus = (await runner.status()).projections.find((projection) => projection.name === 'fragile')!;
    expect(fragileStatus).toMatchObject({ state: 'running', failure: null });
    // The failing event and every later event of its stream are parked; the other streams are complete, once.
    const appliedIds = async () =>
      (await connections.dataSource.query('SELECT event_id, applied_count FROM fragile_events')) as { event_id: string; applied_count: number }[];
    const parked = events.filter((event) => event.streamName === 'case-1' && event.revision >= 1);
    expect((await appliedIds()).map((row) => row.event_id).sort()).toEqual(
      events.filter((event) => !parked.includes(event)).map((event) => event.id).sort(),
    );
    expect(await quarantinedOf(runner, 'steady')).toEqual([]);

    // Events appended later: case-0's apply, case-1's join the parked ones.
    const later = await connections.store.appendToStream('case-1', [testEvent(COUNTED)]);
    const other = await connections.store.appendToStream('case-0', [testEvent(COUNTED)]);
    await runner.waitForPosition(other.position, 30_000);
    expect((await appliedIds()).length).toBe(events.length - parked.length + 1);

    // Retried with backoff while it keeps failing: attempts grow, the next retry moves away.
    const retried = await eventually(async () => {
      const [row] = await quarantinedOf(runner, 'fragile');
      return row && row.attempts >= 3 && row;
    }, 'further attempts');
    expect(retried.nextRetryAt.getTime()).toBeGreaterThan(retried.lastFailedAt.getTime());

    fragile.failOn = undefined;
    await eventually(async () => (await quarantinedOf(runner, 'fragile')).length === 0, 'the stream out of quarantine');
    const rows = await appliedIds();
    expect(rows).toHaveLength(events.length + 2);
    expect(rows.every((row) => row.applied_count === 1)).toBe(true);
    const [case1] = await connections.dataSource.query("SELECT events, last_revision FROM fragile_streams WHERE stream_name = 'case-1'");
    expect(case1).toEqual({ events: 9, last_revision: 8 });
    expect(later.position).toBeDefined();
    expect(runner.logged.some((line) => line.includes('stream case-1 quarantined'))).toBe(true);
  });

  it('keeps a stream in quarantine across a restart and releases it once the fixed code retries', async () => {
    await appendTestEvents(connections.store, { streams: 3, perAppend: 4, rounds: 1 });
    const events = await allEvents();
    const poison = events[5];
    const first = testRunner(connections, [new CountingProjection({ failOn: (event) => event.id === poison.id })], { quarantineRetryMs: 50 });
    first.start();
    await first.waitForPosition(events.at(-1)!.position, 30_000);
    expect(await quarantinedOf(first, 'counting')).toHaveLength(1);
    await first.stop();
    // case-1 from revision 1 on (3 events) waits in quarantine.
    expect(await connections.dataSource.query('SELECT count(*)::int AS n FROM counting_events')).toEqual([{ n: 9 }]);

    const fixed = started(connections, [new CountingProjection()], { quarantineRetryMs: 50 });
    await eventually(async () => (await quarantinedOf(fixed, 'counting')).length === 0, 'the retry to release the stream');
    const rows = await connections.dataSource.query('SELECT applied_count FROM counting_events');
    expect(rows).toHaveLength(12);
    expect(rows.every((row: { applied_count: number }) => row.applied_count === 1)).toBe(true);
    expect((await fixed.status()).projections[0]).toMatchObject({ failure: null, eventsApplied: 12 });
  });

  it('rebuilds in batches of rebuildBatchSize, not of the live batchSize', async () => {
    const head = await appendTestEvents(connections.store, { streams: 10, perAppend: 10, rounds: 1 });
    const rebuildBatches: number[] = [];
    const projection = new CountingProjection();
    const runner = started(connections, [projection], { batchSize: 100, rebuildBatchSize: 7 });
    await runner.waitForPosition(head, 30_000);
    projection.onApply = (events) => rebuildBatches.push(events.length);
    await runner.rebuild('counting');
    projection.onApply = undefined;
    expect(Math.max(...rebuildBatches)).toBe(7);
    expect(rebuildBatches.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(100);
  });

  it('gathers the events that keep coming while a live batch waits for its turn into the next batch', async () => {
    const projection = new CountingProjection();
    const batches: number[] = [];
    projection.onApply = (events) => batches.push(events.length);
    const runner = started(connections, [projection], { liveBatchIntervalMs: 500 });
    await runner.waitForPosition(await appendTestEvents(connections.store, { streams: 1, perAppend: 1, rounds: 1 }), 30_000);
    // Thirty appends of one event each, one after the other, while the follower is live.
    let head: Position | undefined;
    for (let i = 0; i < 30; i++) head = await appendTestEvents(connections.store, { streams: 1, perAppend: 1, rounds: 1 });
    await runner.waitForPosition(head!, 30_000);
    expect(batches.reduce((sum, n) => sum + n, 0)).toBe(31);
    // One batch per append without pacing; with it, a batch per interval of the appending.
    expect(batches.length).toBeLessThan(10);
  });

  it('resolves a failure left open before it started with its first batch; later batches look up no quarantine and touch no failure', async () => {
    const [first] = await appendTestEvents(connections.store, { streams: 1, perAppend: 1, rounds: 1 }).then(() => allEvents());
    await prepareLiveTables(connections.dataSource, new CountingProjection(), systemClock);
    await recordFailure(connections.dataSource, 'counting', first, new Error('left by an earlier process'), systemClock.now());
    const runner = started(connections, [new CountingProjection()], { batchSize: 100 });
    await runner.waitForPosition(first.position, 30_000);
    expect((await runner.status()).projections[0].failure).toBeNull();

    // Steady state: count what the runner's batches send (BEGIN, the fenced move, the handler's statements, COMMIT).
    const sent: string[] = [];
    const query = Client.prototype.query;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
      sent.push(text);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    try {
      const head = await appendTestEvents(connections.store, { streams: 3, perAppend: 2, rounds: 2 });
      await runner.waitForPosition(head, 30_000);
    } finally {
      Client.prototype.query = query;
    }
    expect(sent.some((text) => /WITH moved AS/.test(text))).toBe(true);
    // (The status reads that waitForPosition makes are not the batches'.)
    expect(sent.filter((text) => /UPDATE projection_failures|FROM follower_quarantine WHERE follower = \$1 AND subject|FOR UPDATE/.test(text))).toEqual([]);
    expect(await connections.dataSource.query('SELECT count(*)::int AS n FROM counting_events')).toEqual([{ n: 13 }]);
  });

  it('does not record an error that does not happen again event by event (a transient one)', async () => {
    await appendTestEvents(connections.store, { streams: 2, perAppend: 10, rounds: 1 });
    const events = await allEvents();
    const seen = new Set<string>();
    const flaky = new CountingProjection({ failOn: (event) => event.id === events[12].id && !seen.has(event.id) && !!seen.add(event.id) });
    const runner = started(connections, [flaky], { batchSize: 100 });
    await runner.waitForPosition(events.at(-1)!.position, 30_000);
    expect(await connections.dataSource.query('SELECT count(*)::int AS n, max(applied_count) AS max FROM counting_events')).toEqual([{ n: 20, max: 1 }]);
    expect(await connections.dataSource.query('SELECT * FROM projection_failures')).toEqual([]);
  });

  it('waits for a position of an event type the projection does not handle, without its checkpoint reaching it', async () => {
    const counted = await appendTestEvents(connections.store, { streams: 1, perAppend: 3, rounds: 1 });
    const ignored = await connections.store.appendToStream('other-1', [testEvent(IGNORED)]);
    const runner = started(connections, [new CountingProjection()]);
    await runner.waitForPosition(ignored.position, 30_000);
    expect(await liveCheckpoint('counting')).toEqual(counted);
  });

  it('times out waiting for a position no projection can reach while it is not running', async () => {
    const head = await appendTestEvents(connections.store, { streams: 1, perAppend: 3, rounds: 1 });
    const runner = testRunner(connections, [new CountingProjection()]);
    await expect(runner.waitForPosition(head, 100)).rejects.toThrow(/did not reach position/);
  });

  it('rebuilds the tables from the log when the code version changes, the old tables serving until the swap', async () => {
    const head = await appendTestEvents(connections.store, { streams: 4, perAppend: 5, rounds: 3 });
    const v1 = testRunner(connections, [new CountingProjection()]);
    v1.start();
    await v1.waitForPosition(head, 30_000);
    await v1.stop();

    const v2Projection = new CountingProjection({ version: 2, withTypeColumnInStreams: true, sleepMs: 30 });
    const v2 = started(connections, [v2Projection], { batchSize: 10, rebuildBatchSize: 10 });
    await eventually(async () => (await v2.status()).projections[0].state === 'rebuilding', 'the rebuild to start');
    // Meanwhile the version 1 tables answer, complete, in their old shape.
    expect(await connections.dataSource.query('SELECT sum(events)::int AS n FROM counting_streams')).toEqual([{ n: 60 }]);
    await v2.waitForPosition(head, 30_000);
    v2Projection.sleepMs = 0;
    // The swap has committed; the worker turns from rebuilding to following the log just after.
    const status = await eventually(async () => {
      const [projection] = (await v2.status()).projections;
      return projection.state === 'running' && projection;
    }, 'the projection to follow the log again');
    expect(status).toMatchObject({ version: 2, storedVersion: 2, state: 'running', eventsApplied: 60, rebuild: null });
    expect(await connections.dataSource.query('SELECT sum(events)::int AS n, min(last_type) AS t FROM counting_streams')).toEqual([
      { n: 60, t: COUNTED },
    ]);
    const leftovers = await connections.dataSource.query("SELECT relname FROM pg_class WHERE relname LIKE 'counting%\\_\\_%'");
    expect(leftovers).toEqual([]);
  });

  it('refuses a batch whose expected checkpoint is not the stored one, writing nothing (the fence against a second writer)', async () => {
    const projection = new CountingProjection();
    await appendTestEvents(connections.store, { streams: 1, perAppend: 4, rounds: 1 });
    const events = await allEvents();
    await prepareLiveTables(connections.dataSource, projection, systemClock);
    const target = { projection, slot: 'live' as const };
    await applyBatch(connections.dataSource, target, null, events.slice(0, 2), systemClock);

    await expect(applyBatch(connections.dataSource, target, null, events.slice(0, 2), systemClock)).rejects.toBeInstanceOf(
      CheckpointMovedError,
    );
    expect(await connections.dataSource.query('SELECT max(applied_count) AS max, count(*)::int AS n FROM counting_events')).toEqual([
      { max: 1, n: 2 },
    ]);
  });
});
