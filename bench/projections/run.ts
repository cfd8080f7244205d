/**
 * bench/projections: builds a store of BENCH_EVENTS contract-shaped case events (default one
 * million), then measures in the same run:
 *   - the rebuild rate (events/s) and peak RSS of the operator queue and the case timeline,
 *     each rebuilt from zero by the projection runner, as `projections rebuild` does;
 *   - queue query latencies (p50/p99) at that size, with the plan each query got;
 *   - the raw read rate of the whole log through readAll pages.
 *
 *   npm run bench:projections
 *   BENCH_EVENTS=200000 npm run bench:projections
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { comparePositions, Position } from '../../src/event-store/position';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { createPostgresDataKeyStore, keyRingFrom, PersonalDataVault, sqlQueryFrom } from '../../src/personal-data';
import { ManualClock } from '../../src/shared/clock';
import { CaseTimelineProjection } from '../../projections/case-timeline/case-timeline.projection';
import { OperatorQueueProjection } from '../../projections/operator-queue/operator-queue.projection';
import { OperatorQueueReader } from '../../projections/operator-queue/operator-queue.reader';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { DEFAULT_RUNNER_SETTINGS } from '../../projections/runner/runner-settings';
import { formatRate, provisionBenchDatabase } from '../support/bench-database';
import { seededRandom } from './case-stories';
import { generateStore } from './generate-store';
import { latencies, withPeakRss } from './measure';
import { planOf, queueScenarios } from './queue-queries';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? DEFAULT_RUNNER_SETTINGS.rebuildBatchSize);
const QUERY_SAMPLES = Number(process.env.BENCH_QUERY_SAMPLES ?? 200);
const TODAY = '2026-03-20';

async function main(): Promise<void> {
  const database = await provisionBenchDatabase();
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 8 }));
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 16 });
  const clock = new ManualClock(`${TODAY}T09:00:00.000Z`);
  try {
    const [{ version }] = await dataSource.query('SELECT version()');
    console.log(`bench/projections on ${database.kind === 'embedded' ? 'embedded PostgreSQL' : version.split(' on ')[0]}, Node ${process.version}`);

    const generated = await generate(database.url, dataSource);
    console.log(
      `store: ${formatRate(generated.events)} case events, ${formatRate(generated.cases)} cases (${formatRate(generated.openCases)} still open), ` +
        `written in ${generated.seconds.toFixed(1)} s (${formatRate(generated.events / generated.seconds)} events/s, one append per case, sealed)`,
    );
    await dataSource.query('VACUUM ANALYZE events');

    await measureRebuilds(dataSource, store, clock);
    await measureQueue(dataSource, clock);
    await measureReadAll(store);
  } finally {
    await store.close();
    await dataSource.destroy();
    await database.dispose();
  }
}

/**
 * The fast path for generation only: its own connections, with synchronous_commit off (the
 * generated store needs no durability); every measurement runs on ordinary connections.
 */
async function generate(url: string, dataSource: DataSource) {
  const fastUrl = new URL(url);
  fastUrl.searchParams.set('options', '-c synchronous_commit=off');
  const generator = createPostgresEventStore({ connectionString: fastUrl.toString(), maxConnections: 24 });
  try {
    const vault = new PersonalDataVault(createPostgresDataKeyStore(sqlQueryFrom(dataSource), { keyRing: keyRingFrom('bench-key-encryption-key-0123456789') }));
    const plan = { events: EVENTS, today: TODAY, openShare: 0.2, concurrency: 24, random: seededRandom(20260320) };
    return await generateStore(generator, vault, plan, (n) => process.stderr.write(`  generated ${formatRate(n)} events\n`));
  } finally {
    await generator.close();
  }
}

async function measureRebuilds(dataSource: DataSource, store: EventStore, clock: ManualClock): Promise<void> {
  const runner = new ProjectionRunner({
    dataSource,
    store,
    clock,
    projections: [new OperatorQueueProjection(), new CaseTimelineProjection()],
    settings: { rebuildBatchSize: BATCH_SIZE },
  });
  console.log(`\nrebuild from zero (batch size ${BATCH_SIZE}) | events | seconds | events/s | peak RSS MiB`);
  for (const projection of ['operator_queue', 'case_timeline']) {
    const { result, peakRssMiB } = await withPeakRss(() => runner.rebuild(projection));
    const seconds = result.elapsedMs / 1000;
    console.log(`${projection} | ${formatRate(result.eventsApplied)} | ${seconds.toFixed(1)} | ${formatRate(result.eventsApplied / seconds)} | ${peakRssMiB.toFixed(0)}`);
    await dataSource.query(`ANALYZE`);
  }
  const sizes = await dataSource.query(
    `SELECT relname AS table, n_live_tup::bigint AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
     FROM pg_stat_user_tables WHERE relname LIKE 'operator_queue%' OR relname LIKE 'case_timeline%' ORDER BY relname`,
  );
  console.log(`tables: ${sizes.map((s: { table: string; rows: string; size: string }) => `${s.table} ${formatRate(Number(s.rows))} rows ${s.size}`).join('; ')}`);
}

async function measureQueue(dataSource: DataSource, clock: ManualClock): Promise<void> {
  const reader = new OperatorQueueReader(dataSource, clock);
  const [{ open }] = await dataSource.query(`SELECT count(*)::int AS open FROM operator_queue_cases WHERE status IN ('received', 'routed', 'in_charge')`);
  console.log(`\nqueue queries at ${formatRate(open)} open cases, today ${TODAY}, ${QUERY_SAMPLES} runs each | rows | p50 ms | p99 ms | plan`);
  for (const scenario of await queueScenarios(reader, dataSource)) {
    const rows = (await reader.page(scenario.criteria, scenario.request)).items.length;
    const timing = await latencies(QUERY_SAMPLES, () => reader.page(scenario.criteria, scenario.request));
    console.log(`${scenario.name} | ${rows} | ${timing.p50.toFixed(2)} | ${timing.p99.toFixed(2)} | ${await planOf(dataSource, clock, scenario)}`);
  }
}

async function measureReadAll(store: EventStore): Promise<void> {
  const started = performance.now();
  let events = 0;
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: 1000 });
    // fromPosition is inclusive: the page starts with the event the previous one ended on.
    const after: Position | 'start' = from;
    const fresh: RecordedEvent[] = typeof after === 'object' ? page.filter((event) => comparePositions(event.position, after) > 0) : page;
    if (fresh.length === 0) break;
    events += fresh.length;
    from = fresh[fresh.length - 1].position;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nreadAll, pages of 1000: ${formatRate(events)} events in ${seconds.toFixed(1)} s = ${formatRate(events / seconds)} events/s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
