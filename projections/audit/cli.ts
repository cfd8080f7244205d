/**
 * Auditing the reports from the command line, against the stored tables and the log:
 *
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only projections/audit/cli.ts verify --year 2026
 *
 * Prints JSON on stdout. verify exits 1 when a figure differs. It reads the tables as the
 * projector left them and replays each projection's events as far as its checkpoint.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createEventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { systemClock, type Clock } from '../../src/shared/clock';
import { reportSettingsFrom } from '../reports/report-settings';
import { AuditDeps, drillDownQuality, qualityReportAsOf, verifyQualityReport } from './audit-reports';
import { AUDIT_CLI_USAGE, AuditCliCommand, AuditCliUsageError, parseAuditCliArguments } from './cli/cli-arguments';

export interface AuditCliOptions {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  clock?: Clock;
}

export async function runAuditCli(args: readonly string[], options: AuditCliOptions): Promise<number> {
  let command: AuditCliCommand;
  try {
    command = parseAuditCliArguments(args);
  } catch (error) {
    if (!(error instanceof AuditCliUsageError)) throw error;
    options.stderr.write(`${error.message}\n${AUDIT_CLI_USAGE}\n`);
    return 2;
  }
  if (command.command === 'help') {
    options.stdout.write(`${AUDIT_CLI_USAGE}\n`);
    return 0;
  }
  const databaseUrl = options.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    options.stderr.write(`DATABASE_URL is not set\n${AUDIT_CLI_USAGE}\n`);
    return 2;
  }
  try {
    return await withDeps(databaseUrl, options, (deps) => run(command, deps, options));
  } catch (error) {
    options.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(command: Exclude<AuditCliCommand, { command: 'help' }>, deps: AuditDeps, options: AuditCliOptions): Promise<number> {
  const now = (options.clock ?? systemClock).now().toISOString();
  const print = (value: unknown) => options.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  switch (command.command) {
    case 'drill-down':
      print(await drillDownQuality(deps, command.year, command.figure, now));
      return 0;
    case 'as-of':
      print(await qualityReportAsOf(deps, command.year, command.at));
      return 0;
    case 'verify': {
      const verification = await verifyQualityReport(deps, command.year, now);
      print(verification);
      return verification.differences.length === 0 ? 0 : 1;
    }
  }
}

async function withDeps<T>(databaseUrl: string, options: AuditCliOptions, work: (deps: AuditDeps) => Promise<T>): Promise<T> {
  const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = reportSettingsFrom(options.env);
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 2 }));
  await dataSource.initialize();
  const eventStoreUrl = options.env.EVENTSTORE_URL?.trim();
  const store: EventStore = eventStoreUrl
    ? createEventStoreDbEventStore({ connectionString: eventStoreUrl })
    : createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 2 });
  try {
    return await work({ dataSource, store, thresholds: { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } });
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  runAuditCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
