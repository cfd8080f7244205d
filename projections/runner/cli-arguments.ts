/** The projections CLI's command line, parsed without side effects. */
export type CliCommand =
  | { command: 'status' }
  | { command: 'rebuild'; projection: string; batchSize: number | undefined; resume: boolean }
  | { command: 'help' };

export const CLI_USAGE = `Usage (DATABASE_URL must be set; EVENTSTORE_URL too when events live in EventStoreDB):
  projections status                              JSON status of every projection
  projections rebuild <name> [--batch N] [--resume]
      rebuild <name> from the start of the log beside its live tables, then swap them in;
      --resume continues an interrupted rebuild of the same version instead of starting over`;

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export function parseCliArguments(args: readonly string[]): CliCommand {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'status') {
    if (rest.length > 0) throw new CliUsageError(`status takes no arguments (got ${rest.join(' ')})`);
    return { command: 'status' };
  }
  if (command === 'rebuild') return parseRebuild(rest);
  throw new CliUsageError(`Unknown command "${command}"`);
}

function parseRebuild(args: readonly string[]): CliCommand {
  let projection: string | undefined;
  let batchSize: number | undefined;
  let resume = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--resume') resume = true;
    else if (arg === '--batch' || arg.startsWith('--batch=')) {
      const value = arg === '--batch' ? args[++i] : arg.slice('--batch='.length);
      batchSize = Number(value);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliUsageError(`--batch needs a positive integer (got "${value}")`);
    } else if (arg.startsWith('-')) throw new CliUsageError(`Unknown option "${arg}"`);
    else if (projection === undefined) projection = arg;
    else throw new CliUsageError(`Unexpected argument "${arg}"`);
  }
  if (!projection) throw new CliUsageError('rebuild needs the name of a projection');
  return { command: 'rebuild', projection, batchSize, resume };
}
