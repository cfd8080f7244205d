/**
 * Cases the deadline process manager could not process, in follower_quarantine (follower
 * 'deadlines', subject = case id). One case failing must never halt the process manager for
 * the others: the case is recorded here, its later events are parked (the timers checkpoint
 * moves on), it is left out of the due cases, and it is retried with exponential backoff
 * (on the injected clock) until it passes; then its row is deleted.
 *
 * Stages: 'fold' (evolving its events threw), 'timers' (computing its timers threw, e.g. a due
 * date whose next day is not a calendar date), 'settle' (recording its due action threw).
 */
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { SqlRunner } from '../timers/sql-runner';

export type QuarantineStage = 'fold' | 'timers' | 'settle';

export const DEADLINES_FOLLOWER = 'deadlines';

export interface QuarantinedCase {
  caseId: string;
  stage: QuarantineStage;
  /** The event that could not be folded (fold and timers stages). */
  eventId: string | null;
  eventType: string | null;
  revision: number | null;
  errorMessage: string;
  attempts: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  nextRetryAt: Date;
}

export interface CaseFailure {
  caseId: string;
  stage: QuarantineStage;
  event?: RecordedEvent;
  error: unknown;
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export function retryDelayMs(attempts: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Records a failure: a new row, or one more attempt (and a longer backoff) on the case's row. */
export async function quarantineCase(db: SqlRunner, failure: CaseFailure, at: Date, backoff: Backoff): Promise<void> {
  const [existing]: { attempts: number }[] = await db.query(
    'SELECT attempts FROM follower_quarantine WHERE follower = $1 AND subject = $2',
    [DEADLINES_FOLLOWER, failure.caseId],
  );
  const attempts = (existing?.attempts ?? 0) + 1;
  const { event } = failure;
  await db.query(
    `INSERT INTO follower_quarantine
       (follower, subject, stage, position_commit, position_prepare, event_id, event_type, revision, error_message,
        attempts, first_failed_at, last_failed_at, next_retry_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
     ON CONFLICT (follower, subject) DO UPDATE SET
       stage = EXCLUDED.stage, error_message = EXCLUDED.error_message, attempts = EXCLUDED.attempts,
       last_failed_at = EXCLUDED.last_failed_at, next_retry_at = EXCLUDED.next_retry_at,
       position_commit = coalesce(follower_quarantine.position_commit, EXCLUDED.position_commit),
       position_prepare = coalesce(follower_quarantine.position_prepare, EXCLUDED.position_prepare),
       event_id = coalesce(follower_quarantine.event_id, EXCLUDED.event_id),
       event_type = coalesce(follower_quarantine.event_type, EXCLUDED.event_type),
       revision = coalesce(follower_quarantine.revision, EXCLUDED.revision)`,
    [
      DEADLINES_FOLLOWER,
      failure.caseId,
      failure.stage,
      event ? String(event.position.commit) : null,
      event ? String(event.position.prepare) : null,
      event?.id ?? null,
      event?.type ?? null,
      event?.revision ?? null,
      describeError(failure.error),
      attempts,
      at,
      // A first failure to settle is retried at the next tick (a crash mid-tick is usually transient); backoff from the second.
      new Date(at.getTime() + (failure.stage === 'settle' ? (attempts === 1 ? 0 : retryDelayMs(attempts - 1, backoff)) : retryDelayMs(attempts, backoff))),
    ],
  );
}

export async function releaseCase(db: SqlRunner, caseId: string, stages?: readonly QuarantineStage[]): Promise<void> {
  await db.query(
    stages
      ? 'DELETE FROM follower_quarantine WHERE follower = $1 AND subject = $2 AND stage = ANY($3)'
      : 'DELETE FROM follower_quarantine WHERE follower = $1 AND subject = $2',
    stages ? [DEADLINES_FOLLOWER, caseId, stages] : [DEADLINES_FOLLOWER, caseId],
  );
}

/** The cases among `caseIds` quarantined for their fold or timers: their events are parked. */
export async function quarantinedCaseIds(db: SqlRunner, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows: { subject: string }[] = await db.query(
    // A case that failed only to settle still has its events folded: its timers must follow them.
    "SELECT subject FROM follower_quarantine WHERE follower = $1 AND subject = ANY($2) AND stage <> 'settle'",
    [DEADLINES_FOLLOWER, [...new Set(caseIds)]],
  );
  return new Set(rows.map((row) => row.subject));
}

/** Every quarantined case, or those whose retry is due at `dueAt` in the given stages (at most `limit`). */
export async function readQuarantinedCases(
  db: SqlRunner,
  due?: { at: Date; stages: readonly QuarantineStage[]; limit: number },
): Promise<QuarantinedCase[]> {
  const rows: RawRow[] = due
    ? await db.query(
        `SELECT ${COLUMNS} FROM follower_quarantine
         WHERE follower = $1 AND next_retry_at <= $2 AND stage = ANY($3) ORDER BY next_retry_at, subject LIMIT $4`,
        [DEADLINES_FOLLOWER, due.at, due.stages, due.limit],
      )
    : await db.query(`SELECT ${COLUMNS} FROM follower_quarantine WHERE follower = $1 ORDER BY subject`, [DEADLINES_FOLLOWER]);
  return rows.map((row) => ({
    caseId: row.subject,
    stage: row.stage,
    eventId: row.event_id,
    eventType: row.event_type,
    revision: row.revision,
    errorMessage: row.error_message,
    attempts: row.attempts,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    nextRetryAt: row.next_retry_at,
  }));
}

const COLUMNS = 'subject, stage, event_id, event_type, revision, error_message, attempts, first_failed_at, last_failed_at, next_retry_at';

interface RawRow {
  subject: string;
  stage: QuarantineStage;
  event_id: string | null;
  event_type: string | null;
  revision: number | null;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
  next_retry_at: Date;
}
