/** The audit CLI's command line, parsed without side effects. */
export type AuditCliCommand =
  | { command: 'drill-down'; year: number; figure: string }
  | { command: 'as-of'; year: number; at: string }
  | { command: 'verify'; year: number }
  | { command: 'help' };

export const AUDIT_CLI_USAGE = `Usage (DATABASE_URL must be set; EVENTSTORE_URL too when events live in EventStoreDB):
  audit drill-down --year 2026 --figure <address>   a figure's cases and deciding events (JSON)
  audit as-of --year 2026 --at <ISO instant>         the yearly report replayed from the events recorded by then (JSON)
  audit verify --year 2026                            stored report against a full replay; exit 1 on any difference`;

export class AuditCliUsageError extends Error {
  override readonly name = 'AuditCliUsageError';
}

const OPTIONS: Record<string, readonly string[]> = { 'drill-down': ['--year', '--figure'], 'as-of': ['--year', '--at'], verify: ['--year'] };

export function parseAuditCliArguments(args: readonly string[]): AuditCliCommand {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  const allowed = OPTIONS[command];
  if (!allowed) throw new AuditCliUsageError(`Unknown command "${command}"`);
  const options = parseOptions(rest, allowed);
  const missing = allowed.filter((name) => !options.has(name));
  if (missing.length > 0) throw new AuditCliUsageError(`${command} needs ${missing.join(' and ')}`);
  const year = Number(options.get('--year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AuditCliUsageError(`--year needs a year from 2000 to 2100 (got "${options.get('--year')}")`);
  if (command === 'drill-down') return { command, year, figure: options.get('--figure')! };
  if (command === 'as-of') {
    const at = options.get('--at')!;
    if (Number.isNaN(Date.parse(at))) throw new AuditCliUsageError(`--at needs an ISO-8601 instant (got "${at}")`);
    return { command, year, at: new Date(at).toISOString() };
  }
  return { command: 'verify', year };
}

/** `--name value` and `--name=value`; every option takes a value. */
function parseOptions(args: readonly string[], allowed: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (!allowed.includes(name)) throw new AuditCliUsageError(`Unknown argument "${args[i]}"`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new AuditCliUsageError(`${name} needs a value`);
    options.set(name, value);
  }
  return options;
}
