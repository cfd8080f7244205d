/**
 * urp audit: the reports against a full replay of the log, and the hash chain of the log.
 *   verify / drill-down / as-of   report figures (JSON on stdout; verify exits 1 on a difference)
 *   verify-chain / chain-head     the hash chain (exit 0 intact, 1 mismatch, 2 could not verify)
 */
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { dataSourceChainDb } from '../../hash-chain/chain-db';
import { readChainHead } from '../../hash-chain/chain-table';
import { isIntact } from '../../hash-chain/chain-verification';
import { verifyChain } from '../../hash-chain/verify-chain';
import { summarizeHead, summarizeVerification } from '../../hash-chain/verification-summary';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { CLOCK, Clock } from '../../shared/clock';
import { AuditDeps, drillDownQuality, qualityReportAsOf, verifyQualityReport } from '../../../projections/audit/audit-reports';
import { REPORT_SETTINGS, ReportSettings } from '../../../projections/reports/report-settings';
import { isoInstant, publishedHead, year } from '../arguments';
import type { CliContext } from '../cli-context';
import { CliFailure, EXIT_FAILED, EXIT_OK, type CliIo } from '../cli-io';
import type { CommandRunner } from '../command-runner';

export const EXIT_CANNOT_VERIFY = 2;

export function auditCommand(io: CliIo, run: CommandRunner): Command {
  const command = new Command('audit').description('check the reports and the log against what was recorded');
  const print = (value: unknown): void => {
    io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  };

  command
    .command('verify')
    .description('the stored yearly report against a full replay of the log; exit 1 on any difference')
    .requiredOption('--year <year>', 'the year reported', year)
    .action((options: { year: number }) =>
      run(async (context) => {
        const verification = await verifyQualityReport(auditDeps(context), options.year, now(context));
        print(verification);
        return verification.differences.length === 0 ? EXIT_OK : EXIT_FAILED;
      }),
    );
  command
    .command('drill-down')
    .description("a figure's cases and deciding events (JSON)")
    .requiredOption('--year <year>', 'the year reported', year)
    .requiredOption('--figure <address>', 'the figure, as the report addresses it')
    .action((options: { year: number; figure: string }) =>
      run(async (context) => print(await drillDownQuality(auditDeps(context), options.year, options.figure, now(context)))),
    );
  command
    .command('as-of')
    .description('the yearly report replayed from the events recorded by then (JSON)')
    .requiredOption('--year <year>', 'the year reported', year)
    .requiredOption('--at <instant>', 'ISO-8601 instant', isoInstant)
    .action((options: { year: number; at: string }) =>
      run(async (context) => print(await qualityReportAsOf(auditDeps(context), options.year, options.at))),
    );
  command
    .command('verify-chain')
    .description('recompute the hash chain from every stored event; exit 0 intact, 1 mismatch, 2 could not verify')
    .option('--published-head <sequence:hash>', 'also check a head published earlier', publishedHead)
    .option('--json', 'the whole verification as JSON', false)
    .action((options: { publishedHead?: { sequence: number; hash: string }; json: boolean }) =>
      run(async ({ app }) => {
        const db = dataSourceChainDb(app.get(DataSource));
        const verification = await cannotVerify(() => verifyChain(app.get<EventStore>(EVENT_STORE), db, { publishedHead: options.publishedHead }));
        const intact = isIntact(verification);
        io.stdout.write(`${options.json ? JSON.stringify({ intact, ...verification }, null, 2) : summarizeVerification(verification).join('\n')}\n`);
        return intact ? EXIT_OK : EXIT_FAILED;
      }, EXIT_CANNOT_VERIFY),
    );
  command
    .command('chain-head')
    .description('print the last link (sequence and hash): the value to publish')
    .option('--json', 'as JSON', false)
    .action((options: { json: boolean }) =>
      run(async ({ app }) => {
        const head = await cannotVerify(() => readChainHead(dataSourceChainDb(app.get(DataSource))));
        io.stdout.write(`${options.json ? JSON.stringify(head, null, 2) : summarizeHead(head)}\n`);
      }, EXIT_CANNOT_VERIFY),
    );
  return command;
}

function auditDeps({ app }: CliContext): AuditDeps {
  const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = app.get<ReportSettings>(REPORT_SETTINGS);
  return {
    dataSource: app.get(DataSource),
    store: app.get<EventStore>(EVENT_STORE),
    thresholds: { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare },
  };
}

function now({ app }: CliContext): string {
  return app.get<Clock>(CLOCK).now().toISOString();
}

/** A chain that could not be read is not a mismatch: exit 2, as the auditors' scripts expect. */
async function cannotVerify<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new CliFailure(`could not verify the hash chain: ${error instanceof Error ? error.message : String(error)}`, EXIT_CANNOT_VERIFY);
  }
}
