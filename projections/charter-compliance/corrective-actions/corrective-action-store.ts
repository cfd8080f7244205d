/** Corrective actions are facts once recorded: the same action arriving again changes nothing. */
import type { EntityManager } from 'typeorm';
import type { Position } from '../../../src/read-side';
import type { SqlRunner } from '../../sector-performance/reading/facts-reader';
import { RecordsetColumn, selectAsText } from '../../shared/recordsets';
import type { CorrectiveActionRecord } from './corrective-action-record';

const COLUMNS: readonly (RecordsetColumn & { key: keyof CorrectiveActionRecord })[] = [
  { key: 'actionId', column: 'action_id', type: 'text' },
  { key: 'year', column: 'year', type: 'integer' },
  { key: 'standardId', column: 'standard_id', type: 'text' },
  { key: 'sectorId', column: 'sector_id', type: 'text' },
  { key: 'anomaly', column: 'anomaly', type: 'text' },
  { key: 'action', column: 'action', type: 'text' },
  { key: 'owner', column: 'owner', type: 'text' },
  { key: 'dueDate', column: 'due_date', type: 'date' },
  { key: 'recordedAt', column: 'recorded_at', type: 'timestamptz' },
  { key: 'recordedBy', column: 'recorded_by', type: 'text' },
  { key: 'eventId', column: 'event_id', type: 'text' },
];

/** One statement per action: they are rare. The log position keeps them in the order they were recorded. */
export async function saveCorrectiveActions(em: EntityManager, table: string, actions: readonly { record: CorrectiveActionRecord; position: Position }[]): Promise<void> {
  const names = [...COLUMNS.map((c) => c.column), 'log_commit', 'log_prepare'].join(', ');
  const placeholders = Array.from({ length: COLUMNS.length + 2 }, (_, i) => `$${i + 1}`).join(', ');
  for (const { record, position } of actions) {
    await em.query(`INSERT INTO ${table} (${names}) VALUES (${placeholders}) ON CONFLICT (action_id) DO NOTHING`, [
      ...COLUMNS.map((c) => record[c.key]),
      position.commit,
      position.prepare,
    ]);
  }
}

export async function readCorrectiveActions(sql: SqlRunner, table: string, year: number): Promise<CorrectiveActionRecord[]> {
  const rows = (await sql.query(
    `SELECT ${COLUMNS.map((c) => `${selectAsText(c.column, c.type)} AS ${c.column}`).join(', ')}
     FROM ${table} WHERE year = $1 ORDER BY log_commit, log_prepare`,
    [year],
  )) as Record<string, unknown>[];
  return rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c.key, row[c.column]])) as unknown as CorrectiveActionRecord);
}
