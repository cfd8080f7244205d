/**
 * The tallies table: one row per key with its count. A batch adds its deltas in one
 * statement (summed per key first: one upsert may touch a row only once); a year's report
 * reads the year's rows, a few tens of thousands however many cases the year had.
 */
import type { EntityManager } from 'typeorm';
import type { SqlRunner } from '../reading/facts-reader';
import { Tallies, tallyKeyParts } from './case-tallies';

export function createTalliesTable(em: EntityManager, table: string): Promise<unknown> {
  return em.query(
    `CREATE TABLE ${table} (metric text NOT NULL, day date NOT NULL, sector_id text NOT NULL, kind text NOT NULL, detail text NOT NULL,
       count bigint NOT NULL, PRIMARY KEY (day, metric, sector_id, kind, detail))`,
  );
}

export async function addTallies(em: EntityManager, table: string, delta: Tallies): Promise<void> {
  if (delta.size === 0) return;
  const rows = [...delta].map(([key, count]) => ({ ...tallyKeyParts(key), count }));
  await em.query(
    `INSERT INTO ${table} AS t (metric, day, sector_id, kind, detail, count)
     SELECT r.metric, r.day, r.sector, r.kind, r.detail, r.count
     FROM jsonb_to_recordset($1::jsonb) AS r(metric text, day date, sector text, kind text, detail text, count bigint)
     ON CONFLICT (day, metric, sector_id, kind, detail) DO UPDATE SET count = t.count + EXCLUDED.count`,
    [JSON.stringify(rows)],
  );
}

/**
 * The non-zero tallies whose day falls between two Rome dates, both included. One text
 * value holds them all, a line per row: a year's hundred thousand rows as row objects
 * would cost more in the driver than the report's whole computation.
 */
export async function readTallies(sql: SqlRunner, table: string, from: string, to: string): Promise<Tallies> {
  const [row] = (await sql.query(
    `SELECT string_agg(concat_ws('|', metric, to_char(day, 'YYYY-MM-DD'), sector_id, kind, detail, count::text), E'\\n') AS lines
     FROM ${table} WHERE day BETWEEN $1::date AND $2::date AND count <> 0`,
    [from, to],
  )) as { lines: string | null }[];
  const tallies: Tallies = new Map();
  if (!row.lines) return tallies;
  for (const line of row.lines.split('\n')) {
    const cut = line.lastIndexOf('|');
    tallies.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return tallies;
}
