/** The reports CLI's command line, parsed without side effects. */
export interface QualityReportCommand {
  command: 'quality-report';
  year: number;
  outDir: string;
}

export interface WhatIfCommand {
  command: 'what-if';
  year: number;
  /** `CODE=value` new targets (as GET /reports/quality/{year}/what-if?target= takes them). */
  targets: string[];
  /** A JSON file with the POST body: { "standards": [...] }. */
  proposalFile: string | null;
  outDir: string;
}

export type ReportsCliCommand = QualityReportCommand | WhatIfCommand | { command: 'help' };

export const REPORTS_CLI_USAGE = `Usage (DATABASE_URL must be set; EVENTSTORE_URL too when events live in EventStoreDB):
  reports quality-report --year 2026 --out <dir>
      writes the year's "Relazione sui risultati conseguiti nell'applicazione della Carta di
      qualità dei servizi" as relazione-carta-qualita-<year>.json, .csv, .html and .pdf,
      once the report projections have caught up with the log
  reports what-if --year 2026 (--target URP-03=60 ... | --proposal proposal.json) --out <dir>
      replays the year's events against a proposed charter (new targets: CODE=days, CODE=N%,
      CODE=immediate, CODE=at_counter; or a file with { "standards": [...] } as the API's POST
      takes it), records nothing, and writes the real and the proposed report side by side as
      simulazione-carta-qualita-<year>.json, .csv, .html and .pdf`;

export class ReportsCliUsageError extends Error {
  override readonly name = 'ReportsCliUsageError';
}

export function parseReportsCliArguments(args: readonly string[]): ReportsCliCommand {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command !== 'quality-report' && command !== 'what-if') throw new ReportsCliUsageError(`Unknown command "${command}"`);
  const names = command === 'what-if' ? ['--year', '--out', '--target', '--proposal'] : ['--year', '--out'];
  const options = parseOptions(rest, names);
  const first = (name: string) => options.get(name)?.[0];
  const year = Number(first('--year'));
  if (!options.has('--year')) throw new ReportsCliUsageError(`${command} needs --year`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ReportsCliUsageError(`--year needs a year from 2000 to 2100 (got "${first('--year')}")`);
  const outDir = first('--out');
  if (!outDir) throw new ReportsCliUsageError(`${command} needs --out <dir>`);
  if (command === 'quality-report') return { command, year, outDir };
  const targets = options.get('--target') ?? [];
  const proposalFile = first('--proposal') ?? null;
  if ((targets.length === 0) === (proposalFile === null)) throw new ReportsCliUsageError('what-if needs --target CODE=value (repeatable) or --proposal <file>, not both');
  return { command, year, targets, proposalFile, outDir };
}

/** `--name value` and `--name=value`; every option takes a value; --target may repeat. */
function parseOptions(args: readonly string[], names: readonly string[]): Map<string, string[]> {
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (!names.includes(name)) throw new ReportsCliUsageError(`Unknown argument "${args[i]}"`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new ReportsCliUsageError(`${name} needs a value`);
    options.set(name, name === '--target' ? [...(options.get(name) ?? []), value] : [value]);
  }
  return options;
}
