/** Checks of read arguments: a bad one is a caller's bug, better reported than turned into odd SQL. */
import type { Position } from '../event-store.port';

/** For counts and revisions. */
export function assertNonNegativeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer; got ${value}`);
}

export function assertPosition(name: string, value: Position): void {
  assertNonNegativeInteger(`${name}.commit`, value.commit);
  assertNonNegativeInteger(`${name}.prepare`, value.prepare);
}
