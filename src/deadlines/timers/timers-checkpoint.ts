/**
 * The timers' row of the one checkpoint table of every log follower (projection_checkpoints,
 * follower 'case_timers'): the last global-log position folded into the timers. The log
 * runner moves it with every batch of CaseTimersFollower; these read and lock it.
 */
import { comparePositions, type Position } from '../../event-store/position';
import type { SqlRunner } from './sql-runner';

type CheckpointRow = { position_commit: string | null; position_prepare: string | null };

/** Its name in projection_checkpoints and on the status view. */
export const TIMERS_FOLLOWER = 'case_timers';
const ROW = `SELECT checkpoint_commit AS position_commit, checkpoint_prepare AS position_prepare
  FROM projection_checkpoints WHERE projection = '${TIMERS_FOLLOWER}' AND slot = 'live'`;

export async function readTimersCheckpoint(db: SqlRunner): Promise<Position | null> {
  return positionOf(await db.query(ROW));
}

/**
 * Reads the checkpoint and locks it until the transaction ends: the follower's batches (the
 * runner locks the same row) wait here, and this sees the position the last one committed.
 */
export async function lockTimersCheckpoint(db: SqlRunner): Promise<Position | null> {
  return positionOf(await db.query(`${ROW} FOR UPDATE`));
}

export function isSameCheckpoint(a: Position | null, b: Position | null): boolean {
  return a === null || b === null ? a === b : comparePositions(a, b) === 0;
}

function positionOf(rows: CheckpointRow[]): Position | null {
  if (rows.length !== 1) throw new Error(`projection_checkpoints has no '${TIMERS_FOLLOWER}' row: run the migrations`);
  const { position_commit: commit, position_prepare: prepare } = rows[0];
  return commit === null || prepare === null ? null : { commit: Number(commit), prepare: Number(prepare) };
}
