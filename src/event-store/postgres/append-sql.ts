/** The two statements of an append: look at the stream and the ids, then insert. */
import type { NewEvent } from '../event-store.port';
import type { SqlStatement } from './global-log-sql';

/** Channel notified after appends commit (append-notifier.ts); subscribers LISTEN to it to wake up early. */
export const APPENDED_CHANNEL = 'event_store_appended';

/**
 * The stream's last revision (null: no stream) and, for each event id of the append that is
 * already stored anywhere, where it is. Always at least one row (the LEFT JOIN keeps the
 * revision when no id is stored).
 */
export function inspectAppendStatement(stream: string, eventIds: readonly string[]): SqlStatement {
  const text = `
    SELECT stream_end.current_revision,
           stored.event_id, stored.stream_name, stored.stream_revision, stored.transaction_id, stored.global_position
    FROM (SELECT max(stream_revision) AS current_revision FROM events WHERE stream_name = $1) AS stream_end
    LEFT JOIN events AS stored ON stored.event_id = ANY($2::uuid[])`;
  return { text, values: [stream, eventIds] };
}

export interface InspectRow {
  current_revision: string | null;
  event_id: string | null;
  stream_name: string | null;
  stream_revision: string | null;
  transaction_id: string | null;
  global_position: string | null;
}

/**
 * Inserts the events at firstRevision, firstRevision + 1, ... in one statement (its own
 * transaction) and returns the last event's revision and
 * position. The rows are inserted in the append's order, so global_position follows the
 * stream revision inside the append. UNIQUE(stream_name, stream_revision) turns a
 * concurrent append at the same revision into a unique violation.
 */
export function insertEventsStatement(stream: string, firstRevision: number, events: readonly NewEvent[]): SqlStatement {
  const text = `
    WITH inserted AS (
      INSERT INTO events (stream_name, stream_revision, event_id, event_type, data, metadata)
      SELECT $1, $2::bigint + new_event.ordinal - 1, (new_event.body->>'id')::uuid, new_event.body->>'type',
             new_event.body->'data', new_event.body->'metadata'
      FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS new_event(body, ordinal)
      ORDER BY new_event.ordinal
      RETURNING stream_revision, transaction_id, global_position
    )
    SELECT inserted.stream_revision, inserted.transaction_id, inserted.global_position
    FROM inserted
    ORDER BY inserted.stream_revision DESC
    LIMIT 1`;
  return { text, values: [stream, firstRevision, serializeEvents(events)] };
}

export interface InsertedRow {
  stream_revision: string;
  transaction_id: string;
  global_position: string;
}

/** The stream's last event, for appends of no events. */
export const STREAM_END_SQL = `
  SELECT stream_revision, transaction_id, global_position FROM events
  WHERE stream_name = $1 ORDER BY stream_revision DESC LIMIT 1`;

function serializeEvents(events: readonly NewEvent[]): string {
  // data ?? null: JSON has no undefined, and the column is NOT NULL.
  return JSON.stringify(events.map((event) => ({ ...event, data: event.data ?? null })));
}
