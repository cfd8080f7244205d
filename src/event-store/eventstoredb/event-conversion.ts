/** Events between the port and the client: NewEvent -> JSON EventData, client record -> RecordedEvent. */
import { jsonEvent } from '@eventstore/db-client';
import type { EventData, JSONEventType, JSONType, Position as ClientPosition } from '@eventstore/db-client';
import { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { fromClientPosition } from './positions';

/**
 * The fields of a client RecordedEvent the port needs. Declared here (rather than using the
 * client's conditional RecordedEvent type) so the conversion is a plain function over plain data.
 */
export interface ClientRecordedEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  /** Present on every read of $all, and on stream reads from servers newer than 22.6. */
  position?: ClientPosition;
}

/** The port's event id is the EventStoreDB event id, which is what makes EventStoreDB's own dedup apply. */
export function toEventData(event: NewEvent): EventData<JSONEventType> {
  if (event.data === undefined) {
    throw new TypeError(`Event ${event.id} (${event.type}) has no data: use null or an object`);
  }
  return jsonEvent<JSONEventType>({
    id: event.id,
    type: event.type,
    // The client JSON.stringifies data whatever its JSON type, so any JSON value round-trips.
    data: event.data as JSONType,
    metadata: event.metadata as Record<string, unknown>,
  });
}

export function toRecordedEvent(record: ClientRecordedEvent): RecordedEvent {
  if (!record.isJson) {
    throw new Error(`Event ${record.id} in "${record.streamId}" is not JSON: it was not written through the event store port`);
  }
  return {
    id: record.id,
    type: record.type,
    data: record.data,
    metadata: parseMetadata(record),
    streamName: record.streamId,
    revision: Number(record.revision),
    position: fromClientPosition(requirePosition(record)),
    createdAt: record.created,
  };
}

/** The client parses JSON metadata itself and hands back the raw bytes only when that failed. */
function parseMetadata(record: ClientRecordedEvent): EventMetadata {
  const metadata = record.metadata instanceof Uint8Array ? tryParseJson(record.metadata) : record.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new Error(`Event ${record.id} in "${record.streamId}" has no JSON metadata object: it was not written through the event store port`);
  }
  return metadata as EventMetadata;
}

function tryParseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}

function requirePosition(record: ClientRecordedEvent): ClientPosition {
  if (!record.position) {
    throw new Error(`EventStoreDB reported no position for event ${record.id}: the adapter needs a server newer than 22.6`);
  }
  return record.position;
}
