/**
 * The projection_failures table. At most one failure per projection is open: the event its
 * handler could not apply. It closes in the transaction that finally moves the checkpoint
 * past that event (after a fix and a resume or restart), or when the tables are rebuilt.
 */
import type { RecordedEvent, Position } from '../../src/read-side';
import { positionFromColumns, positionParameters } from './position-columns';
import type { SqlExecutor } from './sql-executor';

export interface ProjectionFailure {
  projection: string;
  position: Position;
  eventId: string;
  eventType: string;
  streamName: string;
  errorMessage: string;
  /** How many times this event has failed since the failure opened. */
  attempts: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
}

interface RawFailure {
  projection: string;
  position_commit: string;
  position_prepare: string;
  event_id: string;
  event_type: string;
  stream_name: string;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
}

export async function recordFailure(db: SqlExecutor, projection: string, event: RecordedEvent, error: unknown, at: Date): Promise<void> {
  const [commit, prepare] = positionParameters(event.position);
  await db.query(
    `INSERT INTO projection_failures
       (projection, position_commit, position_prepare, event_id, event_type, stream_name, error_message, first_failed_at, last_failed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (projection) WHERE resolved_at IS NULL DO UPDATE SET
       position_commit = EXCLUDED.position_commit, position_prepare = EXCLUDED.position_prepare,
       event_id = EXCLUDED.event_id, event_type = EXCLUDED.event_type, stream_name = EXCLUDED.stream_name,
       error_message = EXCLUDED.error_message, last_failed_at = EXCLUDED.last_failed_at,
       attempts = projection_failures.attempts + 1`,
    [projection, commit, prepare, event.id, event.type, event.streamName, describeError(error), at],
  );
}

export async function resolveFailure(db: SqlExecutor, projection: string, at: Date): Promise<void> {
  await db.query('UPDATE projection_failures SET resolved_at = $2 WHERE projection = $1 AND resolved_at IS NULL', [
    projection,
    at,
  ]);
}

export async function readOpenFailures(db: SqlExecutor): Promise<Map<string, ProjectionFailure>> {
  const rows: RawFailure[] = await db.query(
    `SELECT projection, position_commit, position_prepare, event_id, event_type, stream_name, error_message,
            attempts, first_failed_at, last_failed_at
     FROM projection_failures WHERE resolved_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.projection, fromRaw(row)]));
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function fromRaw(row: RawFailure): ProjectionFailure {
  return {
    projection: row.projection,
    position: positionFromColumns(row.position_commit, row.position_prepare)!,
    eventId: row.event_id,
    eventType: row.event_type,
    streamName: row.stream_name,
    errorMessage: row.error_message,
    attempts: row.attempts,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
  };
}
