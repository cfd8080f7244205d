/** The case_timers_checkpoint row: the last global-log position folded into the timers. */
import { comparePositions, type Position } from '../../event-store/position';
import type { SqlRunner } from './sql-runner';

type CheckpointRow = { position_commit: string | null; position_prepare: string | null };

export async function readTimersCheckpoint(db: SqlRunner): Promise<Position | null> {
  return positionOf(await db.query('SELECT position_commit, position_prepare FROM case_timers_checkpoint'));
}

/**
 * Reads the checkpoint and locks it until the transaction ends: a second instance folding
 * at the same time waits here, then sees the position the first one committed.
 */
export async function lockTimersCheckpoint(db: SqlRunner): Promise<Position | null> {
  return positionOf(await db.query('SELECT position_commit, position_prepare FROM case_timers_checkpoint FOR UPDATE'));
}

export async function moveTimersCheckpoint(db: SqlRunner, position: Position): Promise<void> {
  await db.query('UPDATE case_timers_checkpoint SET position_commit = $1, position_prepare = $2', [position.commit, position.prepare]);
}

export function isSameCheckpoint(a: Position | null, b: Position | null): boolean {
  return a === null || b === null ? a === b : comparePositions(a, b) === 0;
}

function positionOf(rows: CheckpointRow[]): Position | null {
  if (rows.length !== 1) throw new Error('case_timers_checkpoint must hold exactly one row: run the migrations');
  const { position_commit: commit, position_prepare: prepare } = rows[0];
  return commit === null || prepare === null ? null : { commit: Number(commit), prepare: Number(prepare) };
}
