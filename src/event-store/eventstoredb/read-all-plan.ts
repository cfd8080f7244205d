/**
 * How a port readAll becomes a client readAll. Two EventStoreDB behaviours shape it:
 * - the client (6.x) sends no filter on reads of $all, so filtering (and the exclusion of
 *   system events) happens in the adapter while it streams, until maxCount events match;
 * - a backwards read of $all from a position starts strictly before it (the server reads
 *   backwards from a record's end), whereas the port's fromPosition is inclusive: the
 *   event at that very position is fetched apart.
 */
import type { Direction, ReadPosition } from '@eventstore/db-client';
import { DEFAULT_READ_ALL_MAX_COUNT, EventFilter, ReadAllOptions } from '../event-store.port';
import { Position } from '../position';
import { toClientReadPosition } from './positions';
import { requireCount, toClientDirection } from './revisions';

export interface ReadAllPlan {
  direction: Direction;
  fromPosition: ReadPosition;
  /** The position whose event must lead a backwards page, when the read starts at a position. */
  leadingEventAt?: Position;
  /** Matching events wanted. */
  maxCount: number;
  filter?: EventFilter;
}

export function planReadAll(options: ReadAllOptions): ReadAllPlan {
  const direction = options.direction ?? 'forwards';
  const from = options.fromPosition ?? (direction === 'backwards' ? 'end' : 'start');
  const plan: ReadAllPlan = {
    direction: toClientDirection(direction),
    fromPosition: toClientReadPosition(from),
    maxCount: requireCount(options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT),
  };
  if (direction === 'backwards' && typeof from === 'object') plan.leadingEventAt = from;
  if (options.filter) plan.filter = options.filter;
  return plan;
}
