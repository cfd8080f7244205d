/** Global positions between the port (numbers) and the client (bigint pairs and START/END). */
import { END, START } from '@eventstore/db-client';
import type { Position as ClientPosition, ReadPosition } from '@eventstore/db-client';
import { Position } from '../position';

export function toClientPosition(position: Position): ClientPosition {
  return { commit: BigInt(requireOffset(position.commit)), prepare: BigInt(requireOffset(position.prepare)) };
}

export function fromClientPosition(position: ClientPosition): Position {
  return { commit: Number(position.commit), prepare: Number(position.prepare) };
}

export function toClientReadPosition(position: Position | 'start' | 'end'): ReadPosition {
  if (position === 'start') return START;
  if (position === 'end') return END;
  return toClientPosition(position);
}

export function samePosition(a: Position, b: Position): boolean {
  return a.commit === b.commit && a.prepare === b.prepare;
}

function requireOffset(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`A position holds non-negative integers (got ${value})`);
  }
  return value;
}
