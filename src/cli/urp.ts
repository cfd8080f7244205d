#!/usr/bin/env node
/**
 * The one command line of the system: `urp <area> <command>` (npm run urp -- …; compiled:
 * node dist/src/cli/urp.js, or `urp` once installed). Configuration is the server's own
 * (src/config/app-config.ts): without DATABASE_URL it works on the embedded database.
 *
 * Exit codes: 0 done, 1 failed (the reason on stderr) or a check found a difference,
 * 2 wrong command line (or, for the hash chain, could not verify), 130 interrupted.
 */
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { withCliContext } from './cli-context';
import { CliFailure, CliIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './cli-io';
import type { CommandRunner } from './command-runner';
import { auditCommand } from './commands/audit.command';
import { deadlinesCommand } from './commands/deadlines.command';
import { demoCommand } from './commands/demo.command';
import { projectionsCommand } from './commands/projections.command';
import { personalDataCommand } from './commands/personal-data.command';
import { reportsCommand } from './commands/reports.command';

/** Parses and runs one command line (without the node and script arguments); resolves to the exit code. */
export async function runUrp(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const run: CommandRunner = async (work, failureExitCode = EXIT_FAILED) => {
    try {
      exitCode = (await withCliContext(io, work)) ?? EXIT_OK;
    } catch (error) {
      if (error instanceof CliFailure) {
        exitCode = error.exitCode;
        io.stderr.write(`urp: ${error.message}\n`);
      } else {
        exitCode = failureExitCode;
        io.stderr.write(`urp: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  };
  const program = buildProgram(io, run, (code) => (exitCode = code));
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr.write(`urp: ${error.message}\n`);
      return error.exitCode;
    }
    if (!(error instanceof CommanderError)) throw error;
    // Help asked for (or shown for a bare area) is not a failure; anything else is a wrong command line.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
  }
  return exitCode;
}

function buildProgram(io: CliIo, run: CommandRunner, setExitCode: (code: number) => void): Command {
  const program = new Command('urp')
    .description('Operator commands of the URP system of record; configuration from the environment, as the server.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(add --help for usage)');
  for (const area of [projectionsCommand, reportsCommand, auditCommand, demoCommand, deadlinesCommand]) {
    program.addCommand(inherit(area(io, run), program));
  }
  program.addCommand(inherit(personalDataCommand(io, setExitCode), program));
  return program;
}

/** addCommand does not copy the parent's settings (command() does): the area and its commands get them here. */
function inherit(command: Command, parent: Command): Command {
  command.copyInheritedSettings(parent);
  for (const sub of command.commands) sub.copyInheritedSettings(command);
  return command;
}

if (require.main === module) {
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  process.once('SIGTERM', () => interrupt.abort());
  runUrp(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(EXIT_FAILED);
    },
  );
}
