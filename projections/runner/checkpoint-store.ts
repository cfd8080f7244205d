/** The projection_checkpoints table: one row per projection and slot (see the migration). */
import type { Position } from '../../src/read-side';
import { positionFromColumns, positionParameters, toSafeNumber } from './position-columns';
import type { SqlExecutor } from './sql-executor';
import type { TableSlot } from './table-names';

export interface CheckpointRow {
  projection: string;
  slot: TableSlot;
  /** Version of the code that created the slot's tables. */
  version: number;
  /** Logical tables the slot's version owns (the code may since have dropped some). */
  tables: string[];
  /** Last applied event; null before the first. */
  checkpoint: Position | null;
  eventsApplied: number;
  startedAt: Date;
  updatedAt: Date;
}

interface RawRow {
  projection: string;
  slot: TableSlot;
  version: number;
  tables: string[];
  checkpoint_commit: string | null;
  checkpoint_prepare: string | null;
  events_applied: string;
  started_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'projection, slot, version, tables, checkpoint_commit, checkpoint_prepare, events_applied, started_at, updated_at';

/**
 * Reads the row and locks it until the transaction ends. Every write to a slot starts
 * here, so two writers (a runner that lost its lease, a swap) are serialized on the row
 * and the later one sees what the earlier one committed.
 */
export async function lockCheckpoint(
  db: SqlExecutor,
  projection: string,
  slot: TableSlot,
  /** Also SET LOCAL synchronous_commit off, in the same round trip (see batch-applier.ts). */
  asynchronousCommit = false,
): Promise<CheckpointRow | null> {
  const setting = asynchronousCommit ? ", set_config('synchronous_commit', 'off', true)" : '';
  const rows: RawRow[] = await db.query(
    `SELECT ${COLUMNS}${setting} FROM projection_checkpoints WHERE projection = $1 AND slot = $2 FOR UPDATE`,
    [projection, slot],
  );
  return rows.length === 0 ? null : fromRaw(rows[0]);
}

export async function readCheckpoints(db: SqlExecutor): Promise<CheckpointRow[]> {
  const rows: RawRow[] = await db.query(`SELECT ${COLUMNS} FROM projection_checkpoints ORDER BY projection, slot`);
  return rows.map(fromRaw);
}

export async function readCheckpoint(db: SqlExecutor, projection: string, slot: TableSlot): Promise<CheckpointRow | null> {
  const rows: RawRow[] = await db.query(
    `SELECT ${COLUMNS} FROM projection_checkpoints WHERE projection = $1 AND slot = $2`,
    [projection, slot],
  );
  return rows.length === 0 ? null : fromRaw(rows[0]);
}

/** Starts a slot from the beginning of the log, replacing whatever row it had. */
export async function resetCheckpoint(
  db: SqlExecutor,
  row: { projection: string; slot: TableSlot; version: number; tables: readonly string[] },
): Promise<void> {
  await db.query(
    `INSERT INTO projection_checkpoints (projection, slot, version, tables)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (projection, slot) DO UPDATE SET
       version = EXCLUDED.version, tables = EXCLUDED.tables, checkpoint_commit = NULL, checkpoint_prepare = NULL,
       events_applied = 0, started_at = now(), updated_at = now()`,
    [row.projection, row.slot, row.version, row.tables],
  );
}

export async function advanceCheckpoint(
  db: SqlExecutor,
  projection: string,
  slot: TableSlot,
  position: Position,
  eventsApplied: number,
): Promise<void> {
  const [commit, prepare] = positionParameters(position);
  await db.query(
    `UPDATE projection_checkpoints
     SET checkpoint_commit = $3, checkpoint_prepare = $4, events_applied = events_applied + $5, updated_at = now()
     WHERE projection = $1 AND slot = $2`,
    [projection, slot, commit, prepare, eventsApplied],
  );
}

/**
 * lockCheckpoint's fence and advanceCheckpoint's write in one statement, for a batch whose
 * events are all applied (a rebuild's): moves the slot from `expected` to `position`, locking
 * the row until the transaction ends. False, with nothing written, when the row is no longer
 * at `expected` for this version (another writer moved it).
 */
export async function moveCheckpoint(
  db: SqlExecutor,
  slot: { projection: string; slot: TableSlot; version: number },
  expected: Position | null,
  position: Position,
  eventsApplied: number,
  asynchronousCommit = false,
): Promise<boolean> {
  const [fromCommit, fromPrepare] = positionParameters(expected);
  const [commit, prepare] = positionParameters(position);
  const setting = asynchronousCommit ? ", set_config('synchronous_commit', 'off', true)" : '';
  const rows: { moved: number }[] = await db.query(
    `WITH moved AS (
       UPDATE projection_checkpoints
       SET checkpoint_commit = $6, checkpoint_prepare = $7, events_applied = events_applied + $8, updated_at = now()
       WHERE projection = $1 AND slot = $2 AND version = $3
         AND checkpoint_commit IS NOT DISTINCT FROM $4::bigint AND checkpoint_prepare IS NOT DISTINCT FROM $5::bigint
       RETURNING 1)
     SELECT count(*)::int AS moved${setting} FROM moved`,
    [slot.projection, slot.slot, slot.version, fromCommit, fromPrepare, commit, prepare, eventsApplied],
  );
  return rows[0].moved === 1;
}

/** The swap: the live row takes over the rebuilt slot's version, tables and checkpoint. */
export async function promoteRebuildRow(db: SqlExecutor, rebuilt: CheckpointRow): Promise<void> {
  const [commit, prepare] = positionParameters(rebuilt.checkpoint);
  await db.query(
    `INSERT INTO projection_checkpoints
       (projection, slot, version, tables, checkpoint_commit, checkpoint_prepare, events_applied, started_at)
     VALUES ($1, 'live', $2, $3, $4, $5, $6, $7)
     ON CONFLICT (projection, slot) DO UPDATE SET
       version = EXCLUDED.version, tables = EXCLUDED.tables,
       checkpoint_commit = EXCLUDED.checkpoint_commit, checkpoint_prepare = EXCLUDED.checkpoint_prepare,
       events_applied = EXCLUDED.events_applied, started_at = EXCLUDED.started_at, updated_at = now()`,
    [rebuilt.projection, rebuilt.version, rebuilt.tables, commit, prepare, rebuilt.eventsApplied, rebuilt.startedAt],
  );
  await deleteCheckpoint(db, rebuilt.projection, 'rebuild');
}

export async function deleteCheckpoint(db: SqlExecutor, projection: string, slot: TableSlot): Promise<void> {
  await db.query('DELETE FROM projection_checkpoints WHERE projection = $1 AND slot = $2', [projection, slot]);
}

function fromRaw(row: RawRow): CheckpointRow {
  return {
    projection: row.projection,
    slot: row.slot,
    version: row.version,
    tables: row.tables,
    checkpoint: positionFromColumns(row.checkpoint_commit, row.checkpoint_prepare),
    eventsApplied: toSafeNumber(row.events_applied),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}
