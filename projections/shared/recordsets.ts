/**
 * Writing many rows in one statement: the rows travel as one JSON array and
 * jsonb_to_recordset turns them back into typed columns. A batch of events then costs a
 * few statements however many rows it touches, which is what keeps a rebuild fast.
 */
import type { EntityManager } from 'typeorm';

export interface RecordsetColumn {
  column: string;
  /** SQL type of the column, e.g. 'text', 'date', 'timestamptz', 'jsonb'. */
  type: string;
}

/** What a record whose key exists does: replace the row, or leave it as it is. */
export type OnConflict = { update: readonly string[] } | { ignore: readonly string[] };

/** Inserts the records; `onConflict` names the key columns and what a record whose key exists does. */
export async function insertRecords(
  em: EntityManager,
  table: string,
  columns: readonly RecordsetColumn[],
  records: readonly object[],
  onConflict?: OnConflict,
): Promise<void> {
  if (records.length === 0) return;
  const names = columns.map((c) => c.column).join(', ');
  const definition = columns.map((c) => `${c.column} ${c.type}`).join(', ');
  await em.query(
    `INSERT INTO ${table} (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${definition})${conflictClause(columns, onConflict)}`,
    [JSON.stringify(records)],
  );
}

function conflictClause(columns: readonly RecordsetColumn[], onConflict: OnConflict | undefined): string {
  if (!onConflict) return '';
  if ('ignore' in onConflict) return ` ON CONFLICT (${onConflict.ignore.join(', ')}) DO NOTHING`;
  const key = onConflict.update;
  const updates = columns.filter((c) => !key.includes(c.column)).map((c) => `${c.column} = EXCLUDED.${c.column}`);
  return ` ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
}

/** Selects a column as text the read side can use as is: dates 'YYYY-MM-DD', instants ISO-8601 UTC. */
export function selectAsText(expression: string, type: string): string {
  if (type === 'date') return `to_char(${expression}, 'YYYY-MM-DD')`;
  if (type === 'timestamptz') return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return expression;
}
