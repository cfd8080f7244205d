/**
 * Idempotent appends: whether an append whose event ids are already stored is the very same
 * append done again (answer as the first time, write nothing) or a misuse of those ids.
 */
import type { AppendResult, ExpectedRevision, NewEvent, Position } from '../event-store.port';
import { firstRevisionAfter } from './expected-revision';

/** Where an event id of the append is already stored. */
export interface StoredPlacement {
  eventId: string;
  streamName: string;
  revision: number;
  position: Position;
}

export type RepeatedAppendVerdict =
  | { kind: 'new' }
  | { kind: 'already-appended'; result: AppendResult }
  | { kind: 'conflict'; eventIds: string[] };

export function judgeRepeatedAppend(
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  stored: readonly StoredPlacement[],
): RepeatedAppendVerdict {
  if (stored.length === 0) return { kind: 'new' };
  const conflict: RepeatedAppendVerdict = { kind: 'conflict', eventIds: stored.map((placement) => placement.eventId) };
  const byId = new Map(stored.map((placement) => [placement.eventId, placement]));
  const placements = events.map((event) => byId.get(normalizeEventId(event.id)));
  if (!placements.every((placement) => placement?.streamName === stream)) return conflict;
  const found = placements as StoredPlacement[];
  if (!found.every((placement, index) => placement.revision === found[0].revision + index)) return conflict;
  const expectedFirst = firstRevisionAfter(expected);
  if (expectedFirst !== 'anywhere' && found[0].revision !== expectedFirst) return conflict;
  const last = found[found.length - 1];
  return { kind: 'already-appended', result: { nextExpectedRevision: last.revision, position: last.position } };
}

/** PostgreSQL prints uuids in lower case; callers may not. */
export function normalizeEventId(id: string): string {
  return id.toLowerCase();
}
