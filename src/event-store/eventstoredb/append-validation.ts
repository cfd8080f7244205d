/** What an append must look like before anything is sent to the server (the same rules as the PostgreSQL adapter). */
import { EventIdConflictError } from '../errors';
import { NewEvent } from '../event-store.port';
import { normalizeEventId } from './idempotency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertValidAppend(stream: string, events: readonly NewEvent[]): void {
  if (stream.length === 0) throw new RangeError('Stream name must not be empty');
  const invalid = events.filter((event) => !UUID.test(event.id)).map((event) => event.id);
  if (invalid.length > 0) throw new RangeError(`Event ids must be uuids: ${invalid.join(', ')}`);
  const repeated = repeatedIds(events);
  // One id twice in a batch can never be stored as the port requires: refuse it up front.
  if (repeated.length > 0) throw new EventIdConflictError(stream, repeated);
}

/** The ids that appear more than once, as the caller wrote them (first repetition). */
function repeatedIds(events: readonly NewEvent[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const repeated: string[] = [];
  for (const { id } of events) {
    const normalized = normalizeEventId(id);
    if (seen.has(normalized) && !reported.has(normalized)) {
      repeated.push(id);
      reported.add(normalized);
    }
    seen.add(normalized);
  }
  return repeated;
}
