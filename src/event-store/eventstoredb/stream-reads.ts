/** Reads of one stream, as port events. A stream that does not exist reads as empty. */
import { BACKWARDS, END, FORWARDS } from '@eventstore/db-client';
import type { EventStoreDBClient, ReadStreamOptions as ClientReadStreamOptions, ResolvedEvent } from '@eventstore/db-client';
import { RecordedEvent } from '../event-store.port';
import { toRecordedEvent } from './event-conversion';
import { StoredEvent, normalizeEventId } from './idempotency';
import { consumeRead } from './streaming-read';

export async function readStreamEvents(
  client: EventStoreDBClient,
  stream: string,
  options: ClientReadStreamOptions,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  await consumeRead(client.readStream(stream, options), (resolved) => {
    if (resolved.event) events.push(toRecordedEvent(resolved.event));
    return 'continue';
  });
  return events;
}

export function lastEventOf(client: EventStoreDBClient, stream: string): Promise<RecordedEvent | undefined> {
  return firstEventOf(client, stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
}

export function eventAtRevision(client: EventStoreDBClient, stream: string, revision: number): Promise<RecordedEvent | undefined> {
  return firstEventOf(client, stream, { direction: FORWARDS, fromRevision: BigInt(revision), maxCount: 1 });
}

/**
 * Where the events carrying any of `eventIds` sit in `stream`, by normalized id. Reads
 * backwards from the end (a repeat is usually of a recent append) and stops as soon as
 * every id is found; otherwise it reads the whole stream.
 */
export async function findEventsWithIds(
  client: EventStoreDBClient,
  stream: string,
  eventIds: readonly string[],
): Promise<Map<string, StoredEvent>> {
  const wanted = new Set(eventIds.map(normalizeEventId));
  const found = new Map<string, StoredEvent>();
  await consumeRead(client.readStream(stream, { direction: BACKWARDS, fromRevision: END }), (resolved) => {
    const record = resolved.event;
    const id = record && normalizeEventId(record.id);
    if (record && id && wanted.has(id)) {
      const { revision, position } = toRecordedEvent(record);
      found.set(id, { revision, position });
    }
    return found.size === wanted.size ? 'stop' : 'continue';
  });
  return found;
}

async function firstEventOf(
  client: EventStoreDBClient,
  stream: string,
  options: ClientReadStreamOptions,
): Promise<RecordedEvent | undefined> {
  let first: RecordedEvent | undefined;
  await consumeRead(client.readStream(stream, options), (resolved: ResolvedEvent) => {
    if (resolved.event) first = toRecordedEvent(resolved.event);
    return 'stop';
  });
  return first;
}
