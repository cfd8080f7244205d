/**
 * Creating, dropping and renaming a projection's tables.
 *
 * WHY the runner, not a migration, creates them: a read model holds nothing that the event
 * log cannot give again, so changing its schema is "drop it and project it anew" rather
 * than a data migration. The projection's code carries its table definitions and a version;
 * when the stored version differs (or the tables are missing) the runner builds them afresh
 * from the log. Migrations stay for data that cannot be rebuilt (the event store, keys,
 * the runner's own checkpoints). Versions replace TypeORM's migration history here.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Position, Clock } from '../../src/read-side';
import { CheckpointRow, lockCheckpoint, readCheckpoint, resetCheckpoint } from './checkpoint-store';
import { resolveFailure } from './failure-log';
import type { Projection } from './projection';
import { quoteIdentifier, SqlExecutor } from './sql-executor';
import { physicalTables, tableResolver } from './table-names';

export type LiveSetup =
  | { kind: 'ready'; checkpoint: Position | null }
  /** The stored tables are of another version: they keep serving while a rebuild replaces them. */
  | { kind: 'rebuild-needed'; storedVersion: number };

/** Makes the live tables usable by the projection's code, or says they must be rebuilt first. */
export function prepareLiveTables(dataSource: DataSource, projection: Projection, clock: Clock): Promise<LiveSetup> {
  return dataSource.transaction(async (em) => {
    await lockProjectionSetup(em, projection.name);
    const row = await lockCheckpoint(em, projection.name, 'live');
    if (row && row.version === projection.version && (await allExist(em, physicalTables(projection.tables, 'live')))) {
      return { kind: 'ready', checkpoint: row.checkpoint };
    }
    if (row && row.version !== projection.version && (await allExist(em, physicalTables(row.tables, 'live')))) {
      return { kind: 'rebuild-needed', storedVersion: row.version };
    }
    // Nothing usable to serve meanwhile: create the tables empty and project from the start.
    await dropTables(em, physicalTables(union(row?.tables, projection.tables), 'live'));
    await projection.createTables(em, tableResolver(projection, 'live'));
    await resetCheckpoint(em, { projection: projection.name, slot: 'live', version: projection.version, tables: projection.tables });
    await resolveFailure(em, projection.name, clock.now());
    return { kind: 'ready', checkpoint: null };
  });
}

/**
 * Gives the rebuild slot empty tables of the code's version, from the start of the log; or,
 * unless `fresh`, keeps an interrupted rebuild of the same version to continue it.
 */
export function prepareRebuildSlot(dataSource: DataSource, projection: Projection, fresh: boolean): Promise<CheckpointRow> {
  return dataSource.transaction(async (em) => {
    await lockProjectionSetup(em, projection.name);
    const row = await lockCheckpoint(em, projection.name, 'rebuild');
    const resumable = row && row.version === projection.version && (await allExist(em, physicalTables(projection.tables, 'rebuild')));
    if (resumable && !fresh) return row;
    const everyTable = union(row?.tables, projection.tables);
    await dropTables(em, physicalTables(everyTable, 'rebuild'));
    await dropTables(em, physicalTables(everyTable, 'old')); // left by a swap interrupted before its drop
    await projection.createTables(em, tableResolver(projection, 'rebuild'));
    await resetCheckpoint(em, { projection: projection.name, slot: 'rebuild', version: projection.version, tables: projection.tables });
    return (await readCheckpoint(em, projection.name, 'rebuild'))!;
  });
}

/** Serializes setups and swaps of one projection, wherever they run (released at commit). */
export async function lockProjectionSetup(em: EntityManager, projection: string): Promise<void> {
  await em.query("SELECT pg_advisory_xact_lock(hashtext('urp-projection-setup'), hashtext($1))", [projection]);
}

export async function dropTables(db: SqlExecutor, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await db.query(`DROP TABLE IF EXISTS ${tables.join(', ')}`);
}

export async function existingTables(db: SqlExecutor, tables: readonly string[]): Promise<string[]> {
  const rows: { name: string }[] = await db.query(
    'SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NOT NULL',
    [tables],
  );
  return rows.map((row) => row.name);
}

async function allExist(db: SqlExecutor, tables: readonly string[]): Promise<boolean> {
  return (await existingTables(db, tables)).length === tables.length;
}

/**
 * Renames a table together with the indexes, constraints and owned sequences named after
 * it, so that the next rebuild can create its copies under the same names again.
 */
export async function renameTable(em: EntityManager, from: string, to: string): Promise<void> {
  await em.query(`ALTER TABLE ${from} RENAME TO ${to}`);
  const dependents: { kind: 'index' | 'constraint' | 'sequence'; name: string }[] = await em.query(
    `SELECT 'index' AS kind, c.relname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass
     UNION ALL
     -- constraints backed by an index (primary key, unique, exclusion) follow their index's rename
     SELECT 'constraint', conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype NOT IN ('p', 'u', 'x')
     UNION ALL
     SELECT 'sequence', s.relname
       FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
      WHERE d.classid = 'pg_class'::regclass AND d.refobjid = $1::regclass AND s.relkind = 'S' AND d.deptype IN ('a', 'i')`,
    [to],
  );
  for (const { kind, name } of dependents) {
    if (!name.startsWith(from)) continue;
    const renamed = quoteIdentifier(to + name.slice(from.length));
    if (kind === 'index') await em.query(`ALTER INDEX ${quoteIdentifier(name)} RENAME TO ${renamed}`);
    if (kind === 'sequence') await em.query(`ALTER SEQUENCE ${quoteIdentifier(name)} RENAME TO ${renamed}`);
    if (kind === 'constraint') await em.query(`ALTER TABLE ${to} RENAME CONSTRAINT ${quoteIdentifier(name)} TO ${renamed}`);
  }
}

export function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}
