/**
 * A report as a flat list of figures: every number, flag and text leaf under a readable
 * address. List items are addressed by what identifies them (a standard version by id and
 * first day, a sector by id, a kind by name), not by index, so one list item missing
 * shows as that item missing instead of shifting every later item.
 */
export type FigureValue = string | number | boolean | null;

const IDENTIFYING_FIELDS = ['kind', 'channel', 'standardId', 'sectorId', 'from', 'actionId'] as const;

export function reportFigures(report: object): Map<string, FigureValue> {
  const figures = new Map<string, FigureValue>();
  collect(report, '', figures);
  return figures;
}

function collect(value: unknown, address: string, figures: Map<string, FigureValue>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${address}[${itemKey(item, index)}]`, figures));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collect(child, address ? `${address}.${key}` : key, figures);
  } else {
    figures.set(address, value as FigureValue);
  }
}

function itemKey(item: unknown, index: number): string {
  if (item === null || typeof item !== 'object') return String(index);
  const fields = item as Record<string, unknown>;
  const named = IDENTIFYING_FIELDS.filter((field) => field in fields && isScalar(fields[field])).map((field) => `${field}=${String(fields[field])}`);
  return named.length > 0 ? named.join(',') : String(index);
}

/** Null identifies too: the URP's own volume is the sector null. */
function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number';
}
