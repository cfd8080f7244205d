import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { CountingProjection } from '../testing/counting-projection';
import { systemClock } from '../../src/read-side';
import { appendTestEvents, readAllEvents } from '../testing/test-events';
import { Connections, connect, testRunner } from '../testing/test-harness';
import { applyBatch, CheckpointMovedError } from './batch-applier';
import { RebuildAlreadyRunningError, RebuildFailedError } from './rebuild';
import type { RebuildProgress } from './rebuild-progress';
import { prepareRebuildSlot } from './table-setup';

describe('rebuilding a projection without downtime', () => {
  let db: TestDatabase;
  let connections: Connections;
  let runner: ReturnType<typeof testRunner>;
  let projection: CountingProjection;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url, 6);
    projection = new CountingProjection();
    runner = testRunner(connections, [projection], { batchSize: 200 });
    runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await connections.close();
    await db.dispose();
  });

  async function liveRows() {
    return {
      streams: await connections.dataSource.query('SELECT * FROM counting_streams ORDER BY stream_name'),
      events: await connections.dataSource.query('SELECT * FROM counting_events ORDER BY event_id'),
    };
  }

  async function runnerTables(): Promise<string[]> {
    const rows: { relname: string }[] = await connections.dataSource.query(
      "SELECT relname FROM pg_class WHERE relname LIKE 'counting\\_%' ORDER BY relname",
    );
    return rows.map((row) => row.relname);
  }

  it('builds tables identical to the live ones while the live ones stay readable, then swaps them in', async () => {
    const head = await appendTestEvents(connections.store, { streams: 30, perAppend: 10, rounds: 10, ignoredEvery: 9 });
    await runner.waitForPosition(head, 60_000);
    const before = await liveRows();
    expect(before.events.length).toBeGreaterThan(2500);

    const readsDuringRebuild: { events: number; state: string; active: boolean | undefined }[] = [];
    const progress: RebuildProgress[] = [];
    const result = await runner.rebuild('counting', {
      batchSize: 100,
      onProgress: async (update) => {
        progress.push(update);
        const [{ events }] = await connections.dataSource.query('SELECT count(*)::int AS events FROM counting_events');
        const [status] = (await runner.status()).projections;
        readsDuringRebuild.push({ events, state: status.state, active: status.rebuild?.active });
      },
    });

    expect(readsDuringRebuild.length).toBeGreaterThan(20);
    expect(readsDuringRebuild.every((read) => read.events === before.events.length && read.state === 'rebuilding' && read.active)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ eventsApplied: before.events.length, fractionDone: 1, estimatedMsLeft: 0 });
    expect(result.eventsApplied).toBe(before.events.length);
    expect(await liveRows()).toEqual(before);
    expect(await runnerTables()).toEqual([
      'counting_events',
      'counting_events_by_stream',
      'counting_events_pkey',
      'counting_streams',
      'counting_streams_pkey',
    ]);

    // The swap renamed the indexes too, so a second rebuild creates its copies under the same names again.
    await runner.rebuild('counting', { batchSize: 500 });
    expect(await liveRows()).toEqual(before);
    const [status] = (await runner.status()).projections;
    expect(status).toMatchObject({ state: 'running', checkpoint: head, eventsApplied: before.events.length, rebuild: null });
  });

  it('loses no event appended during the rebuild and applies none twice, the live runner going on after the swap', async () => {
    const head = await appendTestEvents(connections.store, { streams: 10, perAppend: 10, rounds: 5 });
    await runner.waitForPosition(head, 60_000);
    let appendsDuringRebuild = 0;
    await runner.rebuild('counting', {
      batchSize: 50,
      onProgress: async () => {
        if (appendsDuringRebuild++ < 5) {
          await appendTestEvents(connections.store, { streams: 3, perAppend: 4, rounds: 1, streamPrefix: `during-${appendsDuringRebuild}` });
        }
      },
    });
    const last = await appendTestEvents(connections.store, { streams: 2, perAppend: 5, rounds: 1, streamPrefix: 'after' });
    await runner.waitForPosition(last, 60_000);

    const total = 500 + 5 * 12 + 10;
    expect(await connections.dataSource.query('SELECT count(*)::int AS n, max(applied_count) AS max FROM counting_events')).toEqual([
      { n: total, max: 1 },
    ]);
    const afterSwap = await liveRows();
    await runner.rebuild('counting', { batchSize: 500 });
    expect(await liveRows()).toEqual(afterSwap);
  });

  it('swaps nothing when the handler fails, and continues the same rebuild once fixed', async () => {
    const head = await appendTestEvents(connections.store, { streams: 5, perAppend: 10, rounds: 2 });
    await runner.waitForPosition(head, 60_000);
    const before = await liveRows();
    const [poison]: { event_id: string }[] = await connections.dataSource.query(
      'SELECT event_id FROM counting_events ORDER BY position_commit, position_prepare OFFSET 70 LIMIT 1',
    );
    projection.failOn = (event) => event.id === poison.event_id;

    const failure = await runner.rebuild('counting', { batchSize: 10 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RebuildFailedError);
    expect((failure as RebuildFailedError).failed.event.id).toBe(poison.event_id);
    expect(await liveRows()).toEqual(before);
    const [status] = (await runner.status()).projections;
    expect(status).toMatchObject({ failure: null });
    // The rebuild's advisory lock is released with it.
    expect(status).toMatchObject({ state: 'running', rebuild: { active: false } });
    // The 70 events before the failing one are kept in the rebuild tables, for the next run to continue from.
    const kept = status.rebuild!.eventsApplied;
    expect(kept).toBe(70);

    projection.failOn = undefined;
    const progress: RebuildProgress[] = [];
    const resumed = await runner.rebuild('counting', { batchSize: 10, fresh: false, onProgress: (update) => void progress.push(update) });
    expect(resumed.eventsApplied).toBe(100);
    expect(progress[0].eventsApplied - progress[0].eventsThisRun).toBe(kept);
    expect(await liveRows()).toEqual(before);
  });

  it('refuses a rebuild batch whose expected checkpoint is not the stored one, writing nothing', async () => {
    await appendTestEvents(connections.store, { streams: 1, perAppend: 4, rounds: 1 });
    const events = await readAllEvents(connections.store);
    await prepareRebuildSlot(connections.dataSource, projection, true);
    const target = { projection, slot: 'rebuild' as const };
    await applyBatch(connections.dataSource, target, null, events.slice(0, 2), systemClock);

    // A stale writer still believing the slot is empty: the slot moved on, so nothing is applied twice.
    await expect(applyBatch(connections.dataSource, target, null, events.slice(0, 2), systemClock)).rejects.toBeInstanceOf(CheckpointMovedError);
    expect(await connections.dataSource.query('SELECT max(applied_count) AS max, count(*)::int AS n FROM counting_events__rebuild')).toEqual([
      { max: 1, n: 2 },
    ]);
    const next = await applyBatch(connections.dataSource, target, events[1].position, events.slice(2), systemClock);
    expect(next).toMatchObject({ checkpoint: events[3].position, applied: 2, failed: null });
    const [row] = await connections.dataSource.query("SELECT events_applied::int AS n FROM projection_checkpoints WHERE projection = 'counting' AND slot = 'rebuild'");
    expect(row).toEqual({ n: 4 });
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    const head = await appendTestEvents(connections.store, { streams: 5, perAppend: 10, rounds: 2 });
    await runner.waitForPosition(head, 60_000);
    let second: unknown;
    await runner.rebuild('counting', {
      batchSize: 10,
      onProgress: async () => {
        second ??= await runner.rebuild('counting', { batchSize: 10 }).catch((error: unknown) => error);
      },
    });
    expect(second).toBeInstanceOf(RebuildAlreadyRunningError);
  });
});
