/** How event rows come back from PostgreSQL, and how they become the port's types. */
import type { EventMetadata, Position, RecordedEvent } from '../event-store.port';

/** Every column of the events table that the port exposes, in the order the row type lists them. */
export const EVENT_COLUMNS =
  'global_position, transaction_id, stream_name, stream_revision, event_id, event_type, data, metadata, created_at';

/** pg returns bigint and xid8 as strings (they may exceed 2^53); jsonb and timestamptz arrive parsed. */
export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_name: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  data: unknown;
  metadata: EventMetadata;
  created_at: Date;
}

export interface PositionRow {
  transaction_id: string;
  global_position: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamName: row.stream_name,
    revision: bigintToNumber(row.stream_revision),
    position: toPosition(row),
    createdAt: row.created_at,
  };
}

export function toPosition(row: PositionRow): Position {
  return { commit: bigintToNumber(row.transaction_id), prepare: bigintToNumber(row.global_position) };
}

/** The port uses plain numbers; refusing a value past 2^53 beats silently rounding it. */
export function bigintToNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`Database integer ${text} does not fit a JavaScript number`);
  return value;
}
