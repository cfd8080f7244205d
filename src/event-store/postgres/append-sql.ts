/**
 * An append is one statement. When the appender names the revision its first event takes
 * (no_stream, or an exact revision: what every decider does) it is a plain INSERT at that
 * revision; otherwise, and whenever that INSERT is refused, one statement looks at the
 * stream and the ids and inserts when the expectation holds.
 */
import type { ExpectedRevision, NewEvent } from '../event-store.port';
import type { NamedStatement } from './sql-params';

/** Channel notified after appends commit (append-notifier.ts); subscribers LISTEN to it to wake up early. */
export const APPENDED_CHANNEL = 'event_store_appended';

/** How the expected revision reaches SQL: its kind and, for a number, the revision. */
export function expectationParams(expected: ExpectedRevision): [string, number | null] {
  return typeof expected === 'number' ? ['exact', expected] : [expected, null];
}

/**
 * The append at a known first revision, as cheap as an INSERT can be (one round trip, a
 * prepared plan, no look-ups but one index probe): the expectation is checked by the
 * table's own keys. The unique key (stream_name, stream_revision) refuses the insert when
 * the stream has already reached `firstRevision`, the unique event id refuses an id stored
 * before (a retry, or a misuse), and the EXISTS guard inserts nothing when the stream has
 * not yet reached `firstRevision - 1` (so no gap can open). Refused or empty, the caller
 * runs `appendStatement`, which says why. The statement is atomic: all events or none.
 */
export function insertAtStatement(stream: string, firstRevision: number, events: readonly NewEvent[]): NamedStatement {
  const text = `
    INSERT INTO events (stream_name, stream_revision, event_id, event_type, data, metadata)
    SELECT $1, $2::bigint + new_event.ordinal - 1, (new_event.body->>'id')::uuid, new_event.body->>'type',
           new_event.body->'data', new_event.body->'metadata'
    FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS new_event(body, ordinal)
    WHERE $2::bigint = 0 OR EXISTS (SELECT 1 FROM events WHERE stream_name = $1 AND stream_revision = $2::bigint - 1)
    ORDER BY new_event.ordinal
    RETURNING stream_revision, transaction_id::text, global_position`;
  return { name: 'urp_append_at_revision', text, values: [stream, firstRevision, serializeEvents(events)] };
}

/**
 * The whole append in ONE statement (one round trip): the stream's end and the ids already
 * stored are looked at, and the events inserted at the end only when no id is stored yet and
 * the expectation holds; the rows say which happened. A concurrent append that took the
 * same revision or an id first still ends in a unique violation, and the caller runs the
 * statement again (it then sees that append).
 */
export function appendStatement(stream: string, expected: ExpectedRevision, events: readonly NewEvent[]): NamedStatement {
  const text = `
    WITH stream_end AS (
      SELECT coalesce(max(stream_revision), -1) AS revision FROM events WHERE stream_name = $1
    ),
    stored AS (
      SELECT event_id, stream_name, stream_revision, transaction_id, global_position
      FROM events WHERE event_id = ANY($2::uuid[])
    ),
    allowed AS (
      SELECT stream_end.revision FROM stream_end
      WHERE NOT EXISTS (SELECT 1 FROM stored)
        AND ($4 = 'any'
          OR ($4 = 'no_stream' AND stream_end.revision = -1)
          OR ($4 = 'stream_exists' AND stream_end.revision >= 0)
          OR ($4 = 'exact' AND stream_end.revision = $5::bigint))
    ),
    inserted AS (
      INSERT INTO events (stream_name, stream_revision, event_id, event_type, data, metadata)
      SELECT $1, allowed.revision + new_event.ordinal, (new_event.body->>'id')::uuid, new_event.body->>'type',
             new_event.body->'data', new_event.body->'metadata'
      FROM allowed, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS new_event(body, ordinal)
      ORDER BY new_event.ordinal
      RETURNING stream_revision, transaction_id, global_position
    )
    (SELECT 'inserted' AS kind, NULL::uuid AS event_id, NULL::text AS stream_name,
            stream_revision, transaction_id::text, global_position
     FROM inserted ORDER BY stream_revision DESC LIMIT 1)
    UNION ALL
    SELECT 'end', NULL, NULL, revision, NULL, NULL FROM stream_end
    UNION ALL
    SELECT 'stored', event_id, stream_name, stream_revision, transaction_id::text, global_position FROM stored`;
  const [kind, revision] = expectationParams(expected);
  return {
    name: 'urp_append_checked',
    text,
    values: [stream, events.map((event) => event.id.toLowerCase()), serializeEvents(events), kind, revision],
  };
}

export interface AppendRow {
  kind: 'inserted' | 'end' | 'stored';
  event_id: string | null;
  stream_name: string | null;
  stream_revision: string;
  transaction_id: string | null;
  global_position: string | null;
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
