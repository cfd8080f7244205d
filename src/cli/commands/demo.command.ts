/**
 * urp demo generate [--from 2025-01-01] [--to 2025-12-31] [--cases-per-year 5000] [--seed 42]
 * Seeds the demo organisation and generates the period's cases through the command handlers,
 * into the configured database (stop the server first when it is the embedded one).
 * The same seed and period give the same cases; running it again adds nothing.
 */
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { openDemoRuntime } from '../../demo/demo-runtime';
import type { DemoTotals } from '../../demo/demo-totals';
import { casesInPeriod, generateDemoCases } from '../../demo/generate-demo-cases';
import { seedDemoOrganisation } from '../../demo/seed-demo-organisation';
import { CLOCK, Clock } from '../../shared/clock';
import { romeDate as formatRomeDate, type RomeDate } from '../../shared/rome-time';
import { positiveInteger, romeDate } from '../arguments';
import { CliFailure, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from '../cli-io';
import type { CommandRunner } from '../command-runner';

interface GenerateOptions {
  from: RomeDate;
  to: RomeDate;
  casesPerYear: number;
  seed: number;
}

export function demoCommand(io: CliIo, run: CommandRunner): Command {
  const command = new Command('demo').description('demonstration data');
  command
    .command('generate')
    .description('seed the demo organisation and generate the cases of the period through the command handlers')
    .option('--from <date>', 'first day (YYYY-MM-DD)', romeDate, '2025-01-01')
    .option('--to <date>', 'last day (YYYY-MM-DD)', romeDate, '2025-12-31')
    .option('--cases-per-year <n>', 'cases in a whole year', positiveInteger, 5000)
    .option('--seed <n>', 'the same seed gives the same cases', positiveInteger, 42)
    .action((options: GenerateOptions) => {
      if (options.to < options.from) throw new CliFailure(`--to (${options.to}) is before --from (${options.from})`, EXIT_USAGE);
      return run(async ({ app, database }) => {
        const config = app.get<AppConfig>(APP_CONFIG);
        const now = app.get<Clock>(CLOCK).now();
        const target = database.embedded ? 'the embedded database' : 'DATABASE_URL';
        io.stderr.write(`Generating about ${casesInPeriod(options)} cases from ${options.from} to ${options.to} (seed ${options.seed}) into ${target}\n`);
        const started = Date.now();
        const runtime = await openDemoRuntime({ eventStore: app.get<EventStore>(EVENT_STORE), dataSource: app.get(DataSource), config }, now);
        try {
          const organisation = await seedDemoOrganisation(runtime);
          io.stderr.write(`Organisation ready: ${organisation.sectors.length} sectors with referents, the quality charter.\n`);
          const totals = await generateDemoCases(runtime, organisation, {
            ...options,
            until: now,
            onProgress: ({ done, total, at }) => io.stderr.write(`  ${done}/${total} steps (${formatRomeDate(at)})\n`),
          });
          return printTotals(io, totals, Date.now() - started);
        } finally {
          await runtime.close();
        }
      });
    });
  return command;
}

function printTotals(io: CliIo, totals: DemoTotals, elapsedMs: number): number {
  const lines = [
    `Done in ${(elapsedMs / 1000).toFixed(1)} s: ${totals.cases} cases.`,
    `  by kind:    ${formatCounts(totals.byKind)}`,
    `  by channel: ${formatCounts(totals.byChannel)}`,
    `  actions:    ${formatCounts(totals.actions)}`,
  ];
  if (totals.notYetDue > 0) lines.push(`  ${totals.notYetDue} later steps not yet due: their cases stay open.`);
  const refused = Object.keys(totals.refused).length > 0;
  // A refused step means a planned story broke a rule: the data is incomplete, so say so in the exit code.
  if (refused) lines.push(`  REFUSED:    ${formatCounts(totals.refused)}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return refused ? EXIT_FAILED : EXIT_OK;
}

function formatCounts(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}
