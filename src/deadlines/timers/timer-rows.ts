/** The case_timers table: each case's folded state and its timers (see the migration). */
import type { CaseState } from '../../domain';
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Instant } from '../../shared/rome-time';
import { timersOf } from './case-timers';
import type { CaseFailure } from '../quarantine/case-quarantine';
import type { SqlRunner } from './sql-runner';

/** A case as folded so far: its state after the event at `revision`. */
export interface FoldedCase {
  caseId: string;
  revision: number;
  state: CaseState;
}

export async function loadFoldedCases(db: SqlRunner, caseIds: readonly string[]): Promise<Map<string, FoldedCase>> {
  const rows: { case_id: string; revision: number; state: CaseState }[] = await db.query(
    'SELECT case_id, revision, state FROM case_timers WHERE case_id = ANY($1)',
    [caseIds],
  );
  return new Map(rows.map((row) => [row.case_id, { caseId: row.case_id, revision: row.revision, state: row.state }]));
}

/** The cases whose timers can be computed, and the others (a failure each, at the case's last folded event). */
export function splitByTimers(
  cases: readonly FoldedCase[],
  lastEventOf: (caseId: string) => RecordedEvent | undefined,
): { healthy: FoldedCase[]; failed: CaseFailure[] } {
  const healthy: FoldedCase[] = [];
  const failed: CaseFailure[] = [];
  for (const folded of cases) {
    try {
      timersOf(folded.state);
      healthy.push(folded);
    } catch (error) {
      failed.push({ caseId: folded.caseId, stage: 'timers', event: lastEventOf(folded.caseId), error });
    }
  }
  return { healthy, failed };
}

/** Writes the cases and their timers in one statement, whatever their number. */
export async function saveFoldedCases(db: SqlRunner, cases: readonly FoldedCase[]): Promise<void> {
  if (cases.length === 0) return;
  const records = cases.map(({ caseId, revision, state }) => {
    const timers = timersOf(state);
    return {
      case_id: caseId,
      revision,
      state,
      reminder_at: timers.reminderAt,
      due_soon_at: timers.dueSoonAt,
      overdue_at: timers.overdueAt,
    };
  });
  await db.query(
    `INSERT INTO case_timers (case_id, revision, state, reminder_at, due_soon_at, overdue_at)
     SELECT r.case_id, r.revision, r.state, r.reminder_at, r.due_soon_at, r.overdue_at
     FROM jsonb_to_recordset($1::jsonb)
       AS r(case_id text, revision integer, state jsonb, reminder_at timestamptz, due_soon_at timestamptz, overdue_at timestamptz)
     ON CONFLICT (case_id) DO UPDATE SET
       revision = EXCLUDED.revision, state = EXCLUDED.state, reminder_at = EXCLUDED.reminder_at,
       due_soon_at = EXCLUDED.due_soon_at, overdue_at = EXCLUDED.overdue_at`,
    [JSON.stringify(records)],
  );
}

const NOT_QUARANTINED = `NOT EXISTS (
  SELECT 1 FROM follower_quarantine q
  WHERE q.follower = 'deadlines' AND q.subject = case_timers.case_id AND q.stage <> 'settle' AND $1::timestamptz IS NOT NULL)`;

/** A position in the keyset of due timers. */
export interface DueTimer {
  caseId: string;
  nextAt: Date;
}

/**
 * One page of the cases whose next timer is at or before `at`, after `after` in (next_at, case_id) order.
 * Cases quarantined for their fold or timers are left out; one that failed only to settle is tried again
 * at every tick (as before: a crash mid-tick is transient), its row only making the failure visible.
 */
export async function dueTimersPage(db: SqlRunner, at: Instant, after: DueTimer | null, limit: number): Promise<DueTimer[]> {
  const rows: { case_id: string; next_at: Date }[] = after
    ? await db.query(
        `SELECT case_id, next_at FROM case_timers
         WHERE next_at <= $1 AND (next_at, case_id) > ($2, $3) AND ${NOT_QUARANTINED}
         ORDER BY next_at, case_id LIMIT $4`,
        [at, after.nextAt, after.caseId, limit],
      )
    : await db.query(
        `SELECT case_id, next_at FROM case_timers WHERE next_at <= $1 AND ${NOT_QUARANTINED} ORDER BY next_at, case_id LIMIT $2`,
        [at, limit],
      );
  return rows.map((row) => ({ caseId: row.case_id, nextAt: row.next_at }));
}
