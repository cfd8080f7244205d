/**
 * What of an event the hash chain vouches for.
 *
 * createdAt is left out on purpose: it is the store's own clock, kept with different
 * precision by each adapter (PostgreSQL microseconds, EventStoreDB 100 ns ticks) and cut to
 * milliseconds by the port, so the port cannot render it faithfully; and it is not part of
 * the record: the instant the office acted on is metadata.recordedAt, which is hashed.
 *
 * The position is included, so moving an event in the global order breaks the chain; hence
 * a chain is tied to the store it was built on (a copy to another adapter gets new positions
 * and needs a chain of its own).
 */
import type { RecordedEvent } from '../event-store/event-store.port';
import { canonicalJson } from './canonical-json';

export function canonicalEventContent(event: RecordedEvent): string {
  return canonicalJson({
    position: { commit: event.position.commit, prepare: event.position.prepare },
    streamName: event.streamName,
    revision: event.revision,
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });
}
