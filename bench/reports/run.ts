/**
 * bench/reports: the yearly "Carta della Qualità" compliance report at the size of a large
 * comune's year. On a fresh database (DATABASE_URL's server, dropped afterwards):
 *   1. generates a year of BENCH_CASES cases (default 250,000) through the event store port,
 *      with the charter adopted from 1 January and one standard revised from 1 July;
 *   2. rebuilds the report projections' tables (sector_performance, charter_compliance)
 *      through the projection runner, as `projections rebuild` does;
 *   3. produces the year's report from the read model, as GET /api/v1/reports/quality/{year}
 *      does (QualityReportsService: the projection's tallies plus the rows still open, then
 *      JSON; and the PDF rendering), BENCH_RUNS times, p50; and, next to it, from every fact
 *      row of the year (the path before the tallies);
 *   4. produces it by full replay of the log in memory (the audit replay path, as
 *      GET /api/v1/audit/reports/quality/{year}?asOf= does), with peak RSS, BENCH_RUNS times;
 *   5. checks the three agree figure by figure and prints a table.
 *
 *   npm run bench:reports
 *   npm run bench:reports -- --cases 20000 --runs 1      (or BENCH_CASES=20000 BENCH_RUNS=1)
 *
 * Duration on the 2-core development machine (PostgreSQL 15, CI running beside it, load
 * average 2-6), BENCH_RUNS=3: 50,000 cases ~5 min, 100,000 cases ~9.5 min (measured);
 * 250,000 cases ~24 min (extrapolated, every phase scales linearly: generation ~5 min,
 * rebuild ~3 min, read model 4 x ~70 s, replay 3 x ~65 s; replay peak RSS ~3-4 GiB).
 * BENCH_RUNS=1 saves about 5 minutes at 250,000.
 *
 * With `node --expose-gc` the resident memory is collected before each measured phase, so
 * the replay's peak RSS is less muddied by what earlier phases left behind.
 */
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { createPostgresDataKeyStore, keyRingFrom, PersonalDataVault, sqlQueryFrom } from '../../src/personal-data';
import { ManualClock } from '../../src/shared/clock';
import { CharterComplianceProjection } from '../../projections/charter-compliance/charter-compliance.projection';
import type { QualityReport } from '../../projections/charter-compliance/compute/quality-report';
import { compareReports } from '../../projections/audit/verify/compare-reports';
import { qualityReportDocument } from '../../projections/reports/quality/quality-report-document';
import { qualityReportFileName } from '../../projections/reports/quality/quality-report-files';
import { readQualityReportFromFacts } from '../../projections/charter-compliance/reading/quality-report-reader';
import { QualityReportsService } from '../../projections/reports/quality/quality-reports.service';
import { renderReport } from '../../projections/reports/render/render-report';
import { DEFAULT_REPORT_SETTINGS, ReportSettings } from '../../projections/reports/report-settings';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { SectorPerformanceProjection } from '../../projections/sector-performance/sector-performance.projection';
import { LIVE_COMPLIANCE_TABLES } from '../../projections/charter-compliance/compliance-tables';
import { periodBounds, yearPeriod } from '../../projections/sector-performance/compute/report-period';
import { LIVE_PERFORMANCE_TABLES } from '../../projections/sector-performance/performance-tables';
import { readPendingFacts } from '../../projections/sector-performance/reading/facts-reader';
import { readTallies } from '../../projections/sector-performance/tallies/tally-store';
import { recordedBy } from '../../projections/audit/replay/cut-off';
import { replayLog } from '../../projections/audit/replay/replay-log';
import { replayedQualityReport } from '../../projections/audit/replay/replayed-reports';
import { formatRate, percentile, provisionBenchDatabase } from '../support/bench-database';
import { seededRandom } from '../projections/case-stories';
import { withPeakRss } from '../projections/measure';
import { generateYear, REVISED_STANDARD } from './year-store';

const CASES = Number(argument('--cases') ?? process.env.BENCH_CASES ?? 250_000);
const RUNS = Number(argument('--runs') ?? process.env.BENCH_RUNS ?? 3);

/** `npm run bench:reports -- --cases 20000 --runs 1` for a quick run. */
function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 500);
const YEAR = 2026;
/** After the year, once every story of it (the longest runs ~40 days) has been recorded. */
const AS_OF = `${YEAR + 1}-03-01T09:00:00.000Z`;
const TABLES = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };
const SETTINGS: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, entityName: 'Comune di Benchmark' };

interface Row {
  what: string;
  runs: string;
  p50: string;
  range: string;
  note: string;
}
const rows: Row[] = [];
const row = (what: string, runs: string, p50: string, range: string, note = '') => rows.push({ what, runs, p50, range, note });

async function main(): Promise<void> {
  const database = await provisionBenchDatabase();
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 8 }));
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 8 });
  const clock = new ManualClock(AS_OF);
  try {
    const [{ version }] = await dataSource.query('SELECT version()');
    console.log(`bench/reports on ${database.kind === 'embedded' ? 'embedded PostgreSQL' : version.split(' on ')[0]}, Node ${process.version}, ${cpus().length} cores, ${CASES.toLocaleString('en-US')} cases of ${YEAR}, as of ${AS_OF}`);
    console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    // 1. The store.
    const generated = await generate(database.url, dataSource);
    console.log(
      `store: ${formatRate(generated.events)} case events, ${formatRate(generated.cases)} cases (${formatRate(generated.openCases)} still open), ` +
        `written in ${generated.seconds.toFixed(1)} s (${formatRate(generated.events / generated.seconds)} events/s, one append per case, sealed)`,
    );
    row('generate store (synchronous_commit=off)', '1', `${generated.seconds.toFixed(1)} s`, '', `${formatRate(generated.events)} events, ${formatRate(generated.events / generated.seconds)} ev/s`);
    await dataSource.query('VACUUM ANALYZE events');

    // 2. The report projections' tables.
    await rebuildReportTables(dataSource, store, clock);

    // 3. From the read model: its tallies (the API's path), and every fact row of the year.
    const stored = await fromReadModel(dataSource, clock);
    const fromFacts = await fromFactRows(dataSource);

    // 4. By full replay.
    const replayed = await byReplay(store);

    // 5. Agreement and the table.
    // The API's report carries the entity's name among its thresholds; the audit leaves it out (no figure).
    const comparison = compareReports(stored, replayed);
    const differences = comparison.differences.filter((difference) => difference.figure !== 'thresholds.entityName');
    console.log(`\nread model vs replay: ${formatRate(comparison.figuresCompared)} figures compared, ${differences.length} differences (thresholds.entityName left out)`);
    row('read model vs replay', '1', '', '', `${formatRate(comparison.figuresCompared)} figures compared, ${differences.length} differences`);
    for (const difference of differences.slice(0, 10)) console.log(`  ${difference.figure}: stored ${String(difference.stored)}, replayed ${String(difference.replayed)}`);
    const factsComparison = compareReports(stored, fromFacts);
    console.log(`tallies vs fact rows: ${formatRate(factsComparison.figuresCompared)} figures compared, ${factsComparison.differences.length} differences`);
    row('tallies vs fact rows', '1', '', '', `${formatRate(factsComparison.figuresCompared)} figures compared, ${factsComparison.differences.length} differences`);
    for (const difference of factsComparison.differences.slice(0, 10)) console.log(`  ${difference.figure}: tallies ${String(difference.stored)}, fact rows ${String(difference.replayed)}`);
    const [{ tallies }] = await dataSource.query(`SELECT count(*)::int AS tallies FROM ${TABLES.performance.tallies}`);
    console.log(`tallies table: ${formatRate(tallies)} rows`);
    describeReport(stored);
    printTable();
    console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await store.close();
    await dataSource.destroy();
    await database.dispose();
  }
}

/** The fast path, for generation only: its own connections, synchronous_commit off. */
async function generate(url: string, dataSource: DataSource) {
  const fastUrl = new URL(url);
  fastUrl.searchParams.set('options', '-c synchronous_commit=off');
  const generator = createPostgresEventStore({ connectionString: fastUrl.toString(), maxConnections: 24 });
  try {
    const vault = new PersonalDataVault(createPostgresDataKeyStore(sqlQueryFrom(dataSource), { keyRing: keyRingFrom('bench-key-encryption-key-0123456789') }));
    const plan = { year: YEAR, cases: CASES, concurrency: 24, random: seededRandom(20260101) };
    const started = performance.now();
    return await generateYear(generator, vault, plan, (cases, events) =>
      process.stderr.write(`  generated ${formatRate(cases)} cases, ${formatRate(events)} events, ${((performance.now() - started) / 1000).toFixed(0)} s\n`),
    );
  } finally {
    await generator.close();
  }
}

async function rebuildReportTables(dataSource: DataSource, store: EventStore, clock: ManualClock): Promise<void> {
  const runner = new ProjectionRunner({
    dataSource,
    store,
    clock,
    projections: [new SectorPerformanceProjection(), new CharterComplianceProjection()],
    settings: { batchSize: BATCH_SIZE },
  });
  collectGarbage();
  console.log(`\nrebuild from zero through the runner (batch size ${BATCH_SIZE}) | events | seconds | events/s | peak RSS MiB`);
  let total = 0;
  for (const projection of ['sector_performance', 'charter_compliance']) {
    let lastReport = performance.now();
    const { result, peakRssMiB } = await withPeakRss(() =>
      runner.rebuild(projection, {
        onProgress: (progress) => {
          if (performance.now() - lastReport < 30_000) return;
          lastReport = performance.now();
          process.stderr.write(`  ${projection}: ${JSON.stringify(progress)}\n`);
        },
      }),
    );
    const seconds = result.elapsedMs / 1000;
    total += seconds;
    console.log(`${projection} | ${formatRate(result.eventsApplied)} | ${seconds.toFixed(1)} | ${formatRate(result.eventsApplied / seconds)} | ${peakRssMiB.toFixed(0)}`);
    row(`rebuild ${projection}`, '1', `${seconds.toFixed(1)} s`, '', `${formatRate(result.eventsApplied)} events, ${formatRate(result.eventsApplied / seconds)} ev/s, peak RSS ${peakRssMiB.toFixed(0)} MiB`);
  }
  console.log(`report projections' tables built in ${total.toFixed(1)} s`);
  row('rebuild report tables, total', '1', `${total.toFixed(1)} s`, '');
  await dataSource.query('ANALYZE');
  const sizes: { table: string; rows: string; size: string }[] = await dataSource.query(
    `SELECT relname AS table, n_live_tup::bigint AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
     FROM pg_stat_user_tables WHERE relname LIKE 'sector_performance%' OR relname LIKE 'charter_compliance%' ORDER BY relname`,
  );
  console.log(`tables: ${sizes.map((s) => `${s.table} ${formatRate(Number(s.rows))} rows ${s.size}`).join('; ')}`);
}

/** What GET /api/v1/reports/quality/{year} does: the service, then Nest's JSON (or the PDF renderer). */
async function fromReadModel(dataSource: DataSource, clock: ManualClock): Promise<QualityReport> {
  const service = new QualityReportsService(dataSource, clock, SETTINGS);
  // Warm-up (plans, pool, JIT), with the two reads readQualityReport makes timed apart.
  const year = yearPeriod(YEAR);
  const tallyStarted = performance.now();
  const tallies = await readTallies(dataSource, TABLES.performance.tallies, year.from, year.to);
  const tallyMs = performance.now() - tallyStarted;
  const pendingStarted = performance.now();
  const pending = await readPendingFacts(dataSource, TABLES.performance, periodBounds(year));
  const pendingMs = performance.now() - pendingStarted;
  let report = await service.qualityReport(YEAR);
  console.log(
    `\nwarm-up, taken apart: the year's tallies ${tallyMs.toFixed(0)} ms (${formatRate(tallies.size)} rows), ` +
      `rows still open ${pendingMs.toFixed(0)} ms (${formatRate(pending.clocks.length)} clocks, ${formatRate(pending.routings.length)} routings)`,
  );
  row('read model, warm-up: tallies read only', '1', `${tallyMs.toFixed(0)} ms`, '', `${formatRate(tallies.size)} tally rows`);
  row('read model, warm-up: open rows read only', '1', `${pendingMs.toFixed(0)} ms`, '', `${formatRate(pending.clocks.length)} clocks, ${formatRate(pending.routings.length)} routings not closed/ended`);
  const readTimes: number[] = [];
  const jsonTimes: number[] = [];
  const pdfTimes: number[] = [];
  let jsonBytes = 0;
  let pdfBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    report = await service.qualityReport(YEAR);
    const read = performance.now();
    jsonBytes = Buffer.byteLength(JSON.stringify(report));
    const json = performance.now();
    readTimes.push(read - started);
    jsonTimes.push(json - started);
  }
  await renderPdf(report); // warm-up: fonts
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    pdfBytes = (await renderPdf(report)).length;
    pdfTimes.push(performance.now() - started);
  }
  console.log(`\nreport from the read model, ${RUNS} runs after one warm-up | p50 ms | min-max ms`);
  const line = (what: string, times: number[], note: string) => {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${what} | ${percentile(sorted, 50).toFixed(0)} | ${sorted[0].toFixed(0)}-${sorted[sorted.length - 1].toFixed(0)} | ${note}`);
    row(what, String(RUNS), `${percentile(sorted, 50).toFixed(0)} ms`, `${sorted[0].toFixed(0)}-${sorted[sorted.length - 1].toFixed(0)} ms`, note);
  };
  line('read model: read + compute (service, tallies)', readTimes, '');
  line('read model: JSON answer (service + JSON)', jsonTimes, `${formatRate(jsonBytes)} bytes`);
  line('read model: PDF rendering only', pdfTimes, `${formatRate(pdfBytes)} bytes`);
  const pdfTotal = percentile([...readTimes].sort((a, b) => a - b), 50) + percentile([...pdfTimes].sort((a, b) => a - b), 50);
  row('read model: PDF answer (p50 read + p50 render)', '', `${pdfTotal.toFixed(0)} ms`, '');
  return report;
}

/** The report from every fact row of the year, as the read model served it before the tallies. */
async function fromFactRows(dataSource: DataSource): Promise<QualityReport> {
  const times: number[] = [];
  let report: QualityReport | undefined;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    report = await readQualityReportFromFacts(dataSource, TABLES, YEAR, AS_OF, SETTINGS);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`read model from every fact row (no tallies) | ${percentile(sorted, 50).toFixed(0)} ms p50 | ${sorted[0].toFixed(0)}-${sorted[sorted.length - 1].toFixed(0)} ms`);
  row('fact rows: read + compute (before tallies)', String(RUNS), `${(percentile(sorted, 50) / 1000).toFixed(1)} s`, `${(sorted[0] / 1000).toFixed(1)}-${(sorted[sorted.length - 1] / 1000).toFixed(1)} s`);
  return report!;
}

function renderPdf(report: QualityReport): Promise<Buffer> {
  return renderReport(report, qualityReportDocument(report, SETTINGS.entityName), 'pdf', qualityReportFileName(YEAR), SETTINGS.entityName).then((rendered) => rendered.body);
}

/**
 * The audit's report "as of" (projections/audit/audit-reports.ts, qualityReportAsOf): every
 * report event read through the port and folded in memory by the projections' pure folds,
 * then the report computed over that state. Its two steps are called here as it calls them,
 * so the replay and the computation are timed apart.
 */
async function byReplay(store: EventStore): Promise<QualityReport> {
  const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = SETTINGS;
  const thresholds = { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare };
  const times: number[] = [];
  const replayTimes: number[] = [];
  const computeTimes: number[] = [];
  const peaks: number[] = [];
  let baseline = 0;
  let report: QualityReport | undefined;
  let eventsReplayed = 0;
  for (let run = 0; run < RUNS; run++) {
    report = undefined; // the previous run's state and report may go
    collectGarbage();
    if (run === 0) baseline = process.memoryUsage().rss / (1024 * 1024);
    const started = performance.now();
    let replayed = 0;
    const { result, peakRssMiB } = await withPeakRss(async () => {
      const replay = await replayLog(store, (event) => recordedBy(event, AS_OF));
      replayed = performance.now();
      return { eventsReplayed: replay.eventsReplayed, report: replayedQualityReport(replay.state, YEAR, AS_OF, thresholds) };
    });
    const ended = performance.now();
    times.push(ended - started);
    replayTimes.push(replayed - started);
    computeTimes.push(ended - replayed);
    peaks.push(peakRssMiB);
    eventsReplayed = result.eventsReplayed;
    report = result.report;
    process.stderr.write(`  replay ${run + 1}/${RUNS}: ${(times[run] / 1000).toFixed(1)} s (log ${(replayTimes[run] / 1000).toFixed(1)} s), peak RSS ${peakRssMiB.toFixed(0)} MiB\n`);
  }
  const p50s = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = p50s(times);
  const peak = Math.max(...peaks);
  const range = `${(sorted[0] / 1000).toFixed(1)}-${(sorted[sorted.length - 1] / 1000).toFixed(1)} s`;
  console.log(
    `\nreport by full replay in memory (audit path), ${RUNS} runs | events | p50 s | min-max | events/s | log read+fold p50 s | computation p50 s | peak RSS MiB (before run 1: ${baseline.toFixed(0)})\n` +
      `replay + compute | ${formatRate(eventsReplayed)} | ${p50.toFixed(1)} | ${range} | ${formatRate(eventsReplayed / p50)} | ${p50s(replayTimes).toFixed(1)} | ${p50s(computeTimes).toFixed(1)} | ${peak.toFixed(0)}`,
  );
  row('full replay in memory: report', String(RUNS), `${p50.toFixed(1)} s`, range, `${formatRate(eventsReplayed)} events, peak RSS ${peak.toFixed(0)} MiB (runs ${peaks.map((p) => p.toFixed(0)).join('/')}; ${baseline.toFixed(0)} before run 1)`);
  row('full replay: log read + fold only', String(RUNS), `${p50s(replayTimes).toFixed(1)} s`, '', `${formatRate(eventsReplayed / p50s(replayTimes))} events/s`);
  row('full replay: computation only', String(RUNS), `${p50s(computeTimes).toFixed(1)} s`, '', 'replayedQualityReport(...) over the state');
  return report!;
}

function describeReport(report: QualityReport): void {
  const versions = report.standards.filter((standard) => standard.standardId === REVISED_STANDARD).length;
  console.log(
    `report ${report.year}: ${report.standards.length} standard versions (${versions} of the revised URP-02), ${report.sectors.length} sectors, ` +
      `${report.anomalies.length} anomalies, ${report.correctiveActions.length} corrective actions`,
  );
}

function printTable(): void {
  const header: Row = { what: 'figure', runs: 'runs', p50: 'p50', range: 'min-max', note: 'note' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const keys: (keyof Row)[] = ['what', 'runs', 'p50', 'range', 'note'];
  const format = (r: Row) => `| ${keys.map((key) => r[key].padEnd(width(key))).join(' | ')} |`;
  console.log(`\n${format(header)}\n| ${keys.map((key) => '-'.repeat(width(key))).join(' | ')} |`);
  for (const r of rows) console.log(format(r));
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
