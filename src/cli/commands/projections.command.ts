/**
 * urp projections status | rebuild <name> [--batch N] [--resume]
 * A rebuild is safe while the server runs: the live tables keep serving and the running
 * projector waits only for the swap (projections/runner/rebuild.ts).
 */
import { Command } from 'commander';
import { positionToString } from '../../event-store/position';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { progressPrinter } from '../../../projections/runner/progress-printer';
import { RebuildAbortedError } from '../../../projections/runner/rebuild';
import { toStatusResponse } from '../../../projections/runner/status-response';
import { positiveInteger } from '../arguments';
import { CliFailure, CliIo } from '../cli-io';
import type { CommandRunner } from '../command-runner';

export function projectionsCommand(io: CliIo, run: CommandRunner): Command {
  const command = new Command('projections').description('status and rebuild of the read models');
  command
    .command('status')
    .description('JSON status of every projection: state, checkpoint, lag')
    .action(() =>
      run(async ({ app }) => {
        io.stdout.write(`${JSON.stringify(toStatusResponse(await app.get(ProjectionRunner).status()), null, 2)}\n`);
      }),
    );
  command
    .command('rebuild')
    .description('rebuild <name> from the start of the log beside its live tables, then swap them in')
    .argument('<name>', 'projection name (see status)')
    .option('--batch <n>', 'events per batch (default 2000)', positiveInteger)
    .option('--resume', 'continue an interrupted rebuild of the same version instead of starting over', false)
    .action((name: string, options: { batch?: number; resume: boolean }) =>
      run(async ({ app }) => {
        const runner = app.get(ProjectionRunner);
        const printer = progressPrinter(io.stderr);
        try {
          const result = await runner.rebuild(name, {
            batchSize: options.batch ?? runner.settings.rebuildBatchSize,
            fresh: !options.resume,
            signal: io.signal,
            onProgress: (progress) => printer.update(progress),
          });
          printer.finish();
          io.stderr.write(`${result.projection}: rebuilt from ${result.eventsApplied} events in ${(result.elapsedMs / 1000).toFixed(1)} s and swapped in\n`);
          io.stdout.write(`${JSON.stringify({ ...result, checkpoint: result.checkpoint && positionToString(result.checkpoint) })}\n`);
        } catch (error) {
          printer.finish();
          if (error instanceof RebuildAbortedError) throw new CliFailure(`${error.message} (run again with --resume to continue)`, 130);
          throw error;
        }
      }),
    );
  return command;
}
