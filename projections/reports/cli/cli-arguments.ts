/** The reports CLI's command line, parsed without side effects. */
export interface QualityReportCommand {
  command: 'quality-report';
  year: number;
  outDir: string;
}

export type ReportsCliCommand = QualityReportCommand | { command: 'help' };

export const REPORTS_CLI_USAGE = `Usage (DATABASE_URL must be set; EVENTSTORE_URL too when events live in EventStoreDB):
  reports quality-report --year 2026 --out <dir>
      writes the year's "Relazione sui risultati conseguiti nell'applicazione della Carta di
      qualità dei servizi" as relazione-carta-qualita-<year>.json, .csv, .html and .pdf,
      once the report projections have caught up with the log`;

export class ReportsCliUsageError extends Error {
  override readonly name = 'ReportsCliUsageError';
}

export function parseReportsCliArguments(args: readonly string[]): ReportsCliCommand {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command !== 'quality-report') throw new ReportsCliUsageError(`Unknown command "${command}"`);
  const options = parseOptions(rest);
  const year = Number(options.get('--year'));
  if (!options.has('--year')) throw new ReportsCliUsageError('quality-report needs --year');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ReportsCliUsageError(`--year needs a year from 2000 to 2100 (got "${options.get('--year')}")`);
  const outDir = options.get('--out');
  if (!outDir) throw new ReportsCliUsageError('quality-report needs --out <dir>');
  return { command: 'quality-report', year, outDir };
}

/** `--name value` and `--name=value`; every option takes a value. */
function parseOptions(args: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (name !== '--year' && name !== '--out') throw new ReportsCliUsageError(`Unknown argument "${args[i]}"`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new ReportsCliUsageError(`${name} needs a value`);
    options.set(name, value);
  }
  return options;
}
