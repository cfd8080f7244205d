/**
 * Positions are stored as two bigint columns (commit, prepare), NULL before the first event.
 * pg returns bigint as text; the port's positions are plain numbers.
 */
import { comparePositions, Position } from '../../src/read-side';

export function positionParameters(position: Position | null): [string | null, string | null] {
  return position ? [String(position.commit), String(position.prepare)] : [null, null];
}

export function positionFromColumns(commit: string | number | null, prepare: string | number | null): Position | null {
  if (commit === null || prepare === null) return null;
  return { commit: toSafeNumber(commit), prepare: toSafeNumber(prepare) };
}

export function samePosition(a: Position | null, b: Position | null): boolean {
  if (a === null || b === null) return a === b;
  return comparePositions(a, b) === 0;
}

/** True when `position` is at or before `checkpoint` (null: nothing processed yet). */
export function isProcessed(position: Position, checkpoint: Position | null): boolean {
  return checkpoint !== null && comparePositions(position, checkpoint) <= 0;
}

export function toSafeNumber(value: string | number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`Database integer ${value} does not fit a JavaScript number`);
  return number;
}
