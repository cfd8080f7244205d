/**
 * urp reports quality-report --year 2026 --out <dir>
 * urp reports what-if --year 2026 (--target URP-03=60 ... | --proposal proposal.json) --out <dir>
 * It first brings the report projections up to the head of the log: when a server's
 * projector runs, this waits for it (the lease is its); when nothing runs, this process projects.
 */
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { positionToString } from '../../event-store/position';
import { CLOCK, Clock } from '../../shared/clock';
import { LIVE_COMPLIANCE_TABLES } from '../../../projections/charter-compliance/compliance-tables';
import { readQualityReport } from '../../../projections/charter-compliance/reading/quality-report-reader';
import { writeQualityReportFiles } from '../../../projections/reports/quality/quality-report-files';
import { REPORT_SETTINGS, ReportSettings } from '../../../projections/reports/report-settings';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { LIVE_PERFORMANCE_TABLES } from '../../../projections/sector-performance/performance-tables';
import { ProposalError } from '../../../projections/reports/what-if/proposed-charter';
import { readProposalFile, runWhatIf, writeWhatIfFiles } from '../../../projections/reports/what-if/what-if-files';
import { year } from '../arguments';
import type { CliIo } from '../cli-io';
import type { CommandRunner } from '../command-runner';

const REPORT_PROJECTIONS = ['sector_performance', 'charter_compliance'];
const CATCH_UP_TIMEOUT_MS = 10 * 60_000;

export function reportsCommand(io: CliIo, run: CommandRunner): Command {
  const command = new Command('reports').description('the yearly reports, as files');
  command
    .command('quality-report')
    .description(
      `writes the year's "Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei servizi" ` +
        'as relazione-carta-qualita-<year>.json, .csv, .html and .pdf and prints their paths',
    )
    .requiredOption('--year <year>', 'the year reported', year)
    .requiredOption('--out <dir>', 'folder to write the files into')
    .action((options: { year: number; out: string }) =>
      run(async ({ app }) => {
        const runner = app.get(ProjectionRunner);
        const store = app.get<EventStore>(EVENT_STORE);
        const head = await store.headPosition();
        if (head) {
          io.stderr.write(`bringing the report projections up to position ${positionToString(head)}…\n`);
          runner.start();
          await runner.waitForPosition(head, CATCH_UP_TIMEOUT_MS, REPORT_PROJECTIONS);
        }
        const settings = app.get<ReportSettings>(REPORT_SETTINGS);
        const now = app.get<Clock>(CLOCK).now().toISOString();
        const tables = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };
        const report = await readQualityReport(app.get(DataSource), tables, options.year, now, settings);
        const paths = await writeQualityReportFiles(report, settings.entityName, options.out);
        io.stdout.write(`${paths.join('\n')}\n`);
      }),
    );
  command
    .command('what-if')
    .description(
      "replays the year's events in memory against a proposed charter, records nothing, and writes the real and the proposed " +
        'report side by side as simulazione-carta-qualita-<year>.json, .csv, .html and .pdf (changed figures highlighted)',
    )
    .requiredOption('--year <year>', 'the year measured', year)
    .option('--target <CODE=value>', 'a new target: CODE=days, CODE=N%, CODE=immediate or CODE=at_counter (repeatable)', (value: string, all: string[]) => [...all, value], [])
    .option('--proposal <file>', 'a JSON file with the body POST /reports/quality/{year}/what-if takes: { "standards": [...] }')
    .requiredOption('--out <dir>', 'folder to write the files into')
    .action((options: { year: number; target: string[]; proposal?: string; out: string }) =>
      run(async ({ app }) => {
        if ((options.target.length === 0) === (options.proposal === undefined)) {
          io.stderr.write('what-if needs --target CODE=value (repeatable) or --proposal <file>, not both\n');
          return 2;
        }
        const body = options.proposal === undefined ? undefined : await readProposalFile(options.proposal);
        const settings = app.get<ReportSettings>(REPORT_SETTINGS);
        try {
          const whatIf = await runWhatIf(app.get<EventStore>(EVENT_STORE), { year: options.year, targets: options.target, body }, app.get<Clock>(CLOCK), settings);
          io.stdout.write(`${(await writeWhatIfFiles(whatIf, settings.entityName, options.out)).join('\n')}\n`);
        } catch (error) {
          if (!(error instanceof ProposalError)) throw error;
          io.stderr.write(`${error.message}\n`);
          return 2;
        }
      }),
    );
  return command;
}
