/** Standards are stored whole, as JSON: a charter has a few dozen, and a report reads them all. */
import type { EntityManager } from 'typeorm';
import type { SqlRunner } from '../../sector-performance/reading/facts-reader';
import { insertRecords } from '../../shared/recordsets';
import type { StandardRecord } from './standard-record';

export async function loadStandardRecords(em: EntityManager, table: string, standardIds: readonly string[]): Promise<Map<string, StandardRecord>> {
  if (standardIds.length === 0) return new Map();
  const rows: { record: StandardRecord }[] = await em.query(`SELECT record FROM ${table} WHERE standard_id = ANY($1::text[])`, [standardIds]);
  return new Map(rows.map(({ record }) => [record.standardId, record]));
}

export function saveStandardRecords(em: EntityManager, table: string, records: readonly StandardRecord[]): Promise<void> {
  return insertRecords(
    em,
    table,
    [
      { column: 'standard_id', type: 'text' },
      { column: 'record', type: 'jsonb' },
    ],
    records.map((record) => ({ standard_id: record.standardId, record })),
    { update: ['standard_id'] },
  );
}

export async function readAllStandardRecords(sql: SqlRunner, table: string): Promise<StandardRecord[]> {
  const rows = (await sql.query(`SELECT record FROM ${table} ORDER BY standard_id`)) as { record: StandardRecord }[];
  return rows.map(({ record }) => record);
}
