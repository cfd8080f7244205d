/** The audit CLI's command line, parsed into a plain command or refused with the usage. */
export type AuditCommand =
  | { command: 'verify-chain'; json: boolean; publishedHead?: { sequence: number; hash: string } }
  | { command: 'chain-head'; json: boolean }
  | { command: 'help' };

export const AUDIT_USAGE = `Usage (DATABASE_URL required; EVENTSTORE_URL when events live in EventStoreDB):
  audit verify-chain [--published-head <sequence>:<hash>] [--json]
      recompute the hash chain from every stored event; exit 0 intact, 1 mismatch, 2 could not verify
  audit chain-head [--json]
      print the last link (sequence and hash): the value to publish`;

export class AuditUsageError extends Error {}

export function parseAuditArguments(args: readonly string[]): AuditCommand {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'verify-chain') return parseVerifyChain(rest);
  if (command === 'chain-head') return { command: 'chain-head', json: parseFlags(rest, []).json };
  throw new AuditUsageError(`Unknown command "${command}"`);
}

function parseVerifyChain(args: readonly string[]): AuditCommand {
  const flags = parseFlags(args, ['--published-head']);
  const published = flags.values.get('--published-head');
  return { command: 'verify-chain', json: flags.json, ...(published ? { publishedHead: parsePublishedHead(published) } : {}) };
}

function parseFlags(args: readonly string[], withValue: readonly string[]): { json: boolean; values: Map<string, string> } {
  const values = new Map<string, string>();
  let json = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--json') json = true;
    else if (withValue.includes(arg)) {
      const value = args[++index];
      if (value === undefined) throw new AuditUsageError(`${arg} needs a value`);
      values.set(arg, value);
    } else throw new AuditUsageError(`Unknown argument "${arg}"`);
  }
  return { json, values };
}

function parsePublishedHead(text: string): { sequence: number; hash: string } {
  const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(text);
  if (!match) throw new AuditUsageError(`--published-head must be <sequence>:<64 hex digits>, got "${text}"`);
  return { sequence: Number(match[1]), hash: match[2].toLowerCase() };
}
