/**
 * A projection's quarantined streams, in the follower_quarantine table (follower =
 * 'projection:<name>', subject = stream name). When the handler fails on an event, that
 * event and every later event of its stream the projection handles are parked: the
 * checkpoint moves on and every other stream proceeds. Parking the whole rest of the stream
 * (not just the one event) keeps each stream's events applied in order, which read models
 * rely on. A retry, with exponential backoff, replays the parked events of the stream from
 * the log (revision >= the failing one, position <= the checkpoint); when they all apply, the
 * row is deleted in the same transaction.
 */
import type { RecordedEvent, Position } from '../../src/read-side';
import { describeError } from './failure-log';
import { positionFromColumns, positionParameters } from './position-columns';
import type { SqlExecutor } from './sql-executor';

export interface QuarantinedStream {
  projection: string;
  streamName: string;
  /** The first event that failed: it and every later event of the stream are parked. */
  position: Position;
  eventId: string;
  eventType: string;
  revision: number;
  errorMessage: string;
  attempts: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  nextRetryAt: Date;
}

export interface Backoff {
  /** Wait before the first retry; doubled at each further failure. */
  baseMs: number;
  maxMs: number;
}

export function followerOf(projection: string): string {
  return `projection:${projection}`;
}

/** After `attempts` failures: base * 2^(attempts-1), at most max. */
export function retryDelayMs(attempts: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
}

export async function quarantinedStreamNames(db: SqlExecutor, projection: string, streams: readonly string[]): Promise<Set<string>> {
  if (streams.length === 0) return new Set();
  const rows: { subject: string }[] = await db.query(
    'SELECT subject FROM follower_quarantine WHERE follower = $1 AND subject = ANY($2)',
    [followerOf(projection), [...new Set(streams)]],
  );
  return new Set(rows.map((row) => row.subject));
}

/** Opens the stream's quarantine at `event` (a new failure of a parked stream is a retry's: see recordRetryFailure). */
export async function quarantineStream(db: SqlExecutor, projection: string, event: RecordedEvent, error: unknown, at: Date, backoff: Backoff): Promise<void> {
  const [commit, prepare] = positionParameters(event.position);
  await db.query(
    `INSERT INTO follower_quarantine
       (follower, subject, stage, position_commit, position_prepare, event_id, event_type, revision, error_message,
        first_failed_at, last_failed_at, next_retry_at)
     VALUES ($1, $2, 'apply', $3, $4, $5, $6, $7, $8, $9, $9, $10)
     ON CONFLICT (follower, subject) DO NOTHING`,
    [followerOf(projection), event.streamName, commit, prepare, event.id, event.type, event.revision, describeError(error), at,
      new Date(at.getTime() + retryDelayMs(1, backoff))],
  );
}

export async function recordRetryFailure(
  db: SqlExecutor,
  quarantined: QuarantinedStream,
  error: unknown,
  at: Date,
  backoff: Backoff,
): Promise<void> {
  const attempts = quarantined.attempts + 1;
  await db.query(
    `UPDATE follower_quarantine SET error_message = $3, attempts = $4, last_failed_at = $5, next_retry_at = $6
     WHERE follower = $1 AND subject = $2`,
    [followerOf(quarantined.projection), quarantined.streamName, describeError(error), attempts, at,
      new Date(at.getTime() + retryDelayMs(attempts, backoff))],
  );
}

export async function releaseStream(db: SqlExecutor, projection: string, streamName: string): Promise<void> {
  await db.query('DELETE FROM follower_quarantine WHERE follower = $1 AND subject = $2', [followerOf(projection), streamName]);
}

/** All of one projection's quarantined streams, or only those due for a retry at `dueAt`. */
export async function readQuarantinedStreams(db: SqlExecutor, projection: string, dueAt?: Date): Promise<QuarantinedStream[]> {
  const rows: RawRow[] = dueAt
    ? await db.query(`SELECT ${COLUMNS} FROM follower_quarantine WHERE follower = $1 AND next_retry_at <= $2 ORDER BY next_retry_at, subject`, [
        followerOf(projection),
        dueAt,
      ])
    : await db.query(`SELECT ${COLUMNS} FROM follower_quarantine WHERE follower = $1 ORDER BY subject`, [followerOf(projection)]);
  return rows.map(fromRaw);
}

/** Every projection's quarantined streams, by projection name (for the status view). */
export async function readAllQuarantinedStreams(db: SqlExecutor): Promise<Map<string, QuarantinedStream[]>> {
  const rows: RawRow[] = await db.query(
    `SELECT ${COLUMNS} FROM follower_quarantine WHERE follower LIKE 'projection:%' ORDER BY follower, subject`,
  );
  const byProjection = new Map<string, QuarantinedStream[]>();
  for (const row of rows.map(fromRaw)) {
    byProjection.set(row.projection, [...(byProjection.get(row.projection) ?? []), row]);
  }
  return byProjection;
}

export async function countQuarantinedStreams(db: SqlExecutor, projection: string): Promise<number> {
  const [row]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM follower_quarantine WHERE follower = $1', [
    followerOf(projection),
  ]);
  return row.n;
}

const COLUMNS =
  'follower, subject, position_commit, position_prepare, event_id, event_type, revision, error_message, attempts, first_failed_at, last_failed_at, next_retry_at';

interface RawRow {
  follower: string;
  subject: string;
  position_commit: string;
  position_prepare: string;
  event_id: string;
  event_type: string;
  revision: number;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
  next_retry_at: Date;
}

function fromRaw(row: RawRow): QuarantinedStream {
  return {
    projection: row.follower.slice('projection:'.length),
    streamName: row.subject,
    position: positionFromColumns(row.position_commit, row.position_prepare)!,
    eventId: row.event_id,
    eventType: row.event_type,
    revision: row.revision,
    errorMessage: row.error_message,
    attempts: row.attempts,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    nextRetryAt: row.next_retry_at,
  };
}
