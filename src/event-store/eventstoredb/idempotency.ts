/**
 * The port's idempotency rule, decided from what is already in the stream. An append may be
 * repeated only exactly: the same ids, contiguous, in the same order, at the place this
 * append would put them. Then the first append's result is returned and nothing is written.
 * Ids found anywhere else in the stream, or only some of them, are a conflict. (Ids used in
 * another stream are caught earlier, by the event id claims.)
 */
import { AppendResult, ExpectedRevision, NO_STREAM_REVISION } from '../event-store.port';
import { Position } from '../position';

/** Where an event with one of the appended ids already sits in the stream. */
export interface StoredEvent {
  revision: number;
  position: Position;
}

export type AppendDecision =
  | { kind: 'write' }
  | { kind: 'already-written'; result: AppendResult }
  | { kind: 'conflict'; eventIds: string[] };

/** EventStoreDB returns uuids in lower case; callers may not. */
export function normalizeEventId(id: string): string {
  return id.toLowerCase();
}

/**
 * @param eventIds the ids of the append, in order, without repetitions (see append-validation)
 * @param stored the events of the stream that carry any of those ids, by normalized id
 */
export function decideAppend(
  eventIds: readonly string[],
  stored: ReadonlyMap<string, StoredEvent>,
  expected: ExpectedRevision,
): AppendDecision {
  const ids = eventIds.map(normalizeEventId);
  const foundIndexes = ids.flatMap((id, index) => (stored.has(id) ? [index] : []));
  if (foundIndexes.length === 0) return { kind: 'write' };
  if (foundIndexes.length < ids.length) return conflict(eventIds, foundIndexes);

  const locations = ids.map((id) => stored.get(id) as StoredEvent);
  const first = locations[0].revision;
  const contiguous = locations.every((location, index) => location.revision === first + index);
  const wherePlaced = placeOf(expected);
  if (!contiguous || (wherePlaced !== 'anywhere' && wherePlaced !== first)) {
    return { kind: 'conflict', eventIds: [...eventIds] };
  }
  const last = locations[locations.length - 1];
  return { kind: 'already-written', result: { nextExpectedRevision: last.revision, position: last.position } };
}

/** The revision the first event of this append gets, when the expectation pins it. */
function placeOf(expected: ExpectedRevision): number | 'anywhere' {
  if (expected === 'no_stream') return 0;
  if (expected === 'any' || expected === 'stream_exists') return 'anywhere';
  return expected === NO_STREAM_REVISION ? 0 : expected + 1;
}

/** Reports ids as the caller wrote them. */
function conflict(eventIds: readonly string[], indexes: readonly number[]): AppendDecision {
  return { kind: 'conflict', eventIds: indexes.map((index) => eventIds[index]) };
}
