/**
 * urp deadlines tick: one tick of the deadline process manager now, as POST /deadlines/tick
 * does (for a schedule kept outside the server: cron, or URP_DEADLINES_TICK_MS=0).
 */
import { Command } from 'commander';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { DeadlineTicker } from '../../deadlines/ticker/deadline-ticker';
import type { CliIo } from '../cli-io';
import type { CommandRunner } from '../command-runner';

export function deadlinesCommand(io: CliIo, run: CommandRunner): Command {
  const command = new Command('deadlines').description('the deadline process manager');
  command
    .command('tick')
    .description('bring the timers up to the end of the log, then record the reminders, warnings and overdue markings due now (JSON report)')
    .action(() =>
      run(async ({ app }) => {
        // The log runner folds the timers: it stands by if a server holds the lease, whose runner then folds them.
        app.get(ProjectionRunner).start();
        io.stdout.write(`${JSON.stringify(await app.get(DeadlineTicker).tick(), null, 2)}\n`);
      }),
    );
  return command;
}
