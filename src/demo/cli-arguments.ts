import { isRomeDate, type RomeDate } from '../shared/rome-time';

export interface GenerateArguments {
  from: RomeDate;
  to: RomeDate;
  casesPerYear: number;
  seed: number;
}

export const USAGE = `Usage: npm run demo -- generate [--from 2025-01-01] [--to 2025-12-31] [--cases-per-year 5000] [--seed 42]

Seeds the demo organisation (sectors, referents, charter) and generates the cases of the
period through the case command handlers. Runs against DATABASE_URL, or the embedded
database in URP_DATA_DIR (stop the application first: one process at a time uses it).
The same seed and period give the same cases; running it again adds nothing.`;

const DEFAULTS: GenerateArguments = { from: '2025-01-01', to: '2025-12-31', casesPerYear: 5000, seed: 42 };

/** Parses `generate --from ... --to ... --cases-per-year ... --seed ...`; throws with the usage on anything else. */
export function parseGenerateArguments(argv: readonly string[]): GenerateArguments {
  const [command, ...rest] = argv;
  if (command !== 'generate') throw new Error(`Unknown command "${command ?? ''}".\n\n${USAGE}`);
  const parsed = { ...DEFAULTS };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value.\n\n${USAGE}`);
    switch (flag) {
      case '--from':
        parsed.from = date(flag, value);
        break;
      case '--to':
        parsed.to = date(flag, value);
        break;
      case '--cases-per-year':
        parsed.casesPerYear = positiveInteger(flag, value);
        break;
      case '--seed':
        parsed.seed = positiveInteger(flag, value);
        break;
      default:
        throw new Error(`Unknown option ${flag}.\n\n${USAGE}`);
    }
  }
  if (parsed.to < parsed.from) throw new Error(`--to (${parsed.to}) is before --from (${parsed.from})`);
  return parsed;
}

function date(flag: string, value: string): RomeDate {
  if (!isRomeDate(value)) throw new Error(`${flag} must be a date YYYY-MM-DD (got "${value}")`);
  return value;
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a whole number of at least 1 (got "${value}")`);
  return number;
}
