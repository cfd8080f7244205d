/**
 * The reports from the command line, beside (or without) the running application:
 *
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only projections/reports/cli.ts quality-report --year 2026 --out out/
 *   (compiled: node dist/projections/reports/cli.js quality-report --year 2026 --out out/)
 *
 *   ... projections/reports/cli.ts what-if --year 2026 --target URP-03=60 --out out/   (npm run report:what-if -- ...)
 *
 * quality-report first brings the report projections up to the head of the log: when the application's
 * projector runs, this waits for it; when nothing runs, this process projects itself.
 * The settings come from the environment like the application's (report-settings.ts).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createEventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { systemClock, type Clock } from '../../src/shared/clock';
import { CharterComplianceProjection } from '../charter-compliance/charter-compliance.projection';
import { LIVE_COMPLIANCE_TABLES } from '../charter-compliance/compliance-tables';
import { readQualityReport } from '../charter-compliance/reading/quality-report-reader';
import { ProjectionRunner } from '../runner/projection-runner';
import type { RunnerLogger } from '../runner/runner-logger';
import { SectorPerformanceProjection } from '../sector-performance/sector-performance.projection';
import { LIVE_PERFORMANCE_TABLES } from '../sector-performance/performance-tables';
import { parseReportsCliArguments, QualityReportCommand, REPORTS_CLI_USAGE, ReportsCliUsageError, WhatIfCommand } from './cli/cli-arguments';
import { readProposalFile, runWhatIf, writeWhatIfFiles } from './what-if/what-if-files';
import { writeQualityReportFiles } from './quality/quality-report-files';
import { reportSettingsFrom } from './report-settings';

export interface ReportsCliOptions {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  clock?: Clock;
  /** How long to wait for the projections to reach the head of the log. */
  catchUpTimeoutMs?: number;
}

export async function runReportsCli(args: readonly string[], options: ReportsCliOptions): Promise<number> {
  let command;
  try {
    command = parseReportsCliArguments(args);
  } catch (error) {
    if (!(error instanceof ReportsCliUsageError)) throw error;
    options.stderr.write(`${error.message}\n${REPORTS_CLI_USAGE}\n`);
    return 2;
  }
  if (command.command === 'help') {
    options.stdout.write(`${REPORTS_CLI_USAGE}\n`);
    return 0;
  }
  const databaseUrl = options.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    options.stderr.write(`DATABASE_URL is not set\n${REPORTS_CLI_USAGE}\n`);
    return 2;
  }
  try {
    const paths = command.command === 'what-if' ? await whatIf(command, databaseUrl, options) : await qualityReport(command, databaseUrl, options);
    options.stdout.write(`${paths.join('\n')}\n`);
    return 0;
  } catch (error) {
    options.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function qualityReport(command: QualityReportCommand, databaseUrl: string, options: ReportsCliOptions): Promise<string[]> {
  const settings = reportSettingsFrom(options.env);
  const clock = options.clock ?? systemClock;
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 4 }));
  await dataSource.initialize();
  const store = eventStoreFor(databaseUrl, options.env);
  const runner = new ProjectionRunner({
    dataSource,
    store,
    clock,
    projections: [new SectorPerformanceProjection(), new CharterComplianceProjection()],
    logger: stderrLogger(options.stderr),
  });
  try {
    runner.start();
    const head = await store.headPosition();
    if (head) await runner.waitForPosition(head, options.catchUpTimeoutMs ?? 10 * 60_000);
    const tables = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };
    const report = await readQualityReport(dataSource, tables, command.year, clock.now().toISOString(), settings);
    return await writeQualityReportFiles(report, settings.entityName, command.outDir);
  } finally {
    await runner.stop();
    await store.close();
    await dataSource.destroy();
  }
}

/** The what-if needs the log only: no projection is run or read. */
async function whatIf(command: WhatIfCommand, databaseUrl: string, options: ReportsCliOptions): Promise<string[]> {
  const settings = reportSettingsFrom(options.env);
  const body = command.proposalFile === null ? undefined : await readProposalFile(command.proposalFile);
  const store = eventStoreFor(databaseUrl, options.env);
  try {
    const report = await runWhatIf(store, { year: command.year, targets: command.targets, body }, options.clock ?? systemClock, settings);
    return await writeWhatIfFiles(report, settings.entityName, command.outDir);
  } finally {
    await store.close();
  }
}

function eventStoreFor(databaseUrl: string, env: NodeJS.ProcessEnv): EventStore {
  const eventStoreUrl = env.EVENTSTORE_URL?.trim();
  return eventStoreUrl ? createEventStoreDbEventStore({ connectionString: eventStoreUrl }) : createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 4 });
}

/** Progress and trouble on stderr, so stdout carries only the paths written. */
function stderrLogger(stderr: ReportsCliOptions['stderr']): RunnerLogger {
  return {
    log: (message) => stderr.write(`${message}\n`),
    warn: (message) => stderr.write(`warning: ${message}\n`),
    error: (message) => stderr.write(`error: ${message}\n`),
  };
}

if (require.main === module) {
  runReportsCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
