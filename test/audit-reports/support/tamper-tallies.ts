/**
 * Changes a stored tally behind the projection's back, as a faulty projector or a hand
 * edit would: the yearly report reads its tallies, so that is what a verification must catch.
 */
import type { DataSource } from 'typeorm';
import { LIVE_PERFORMANCE_TABLES } from '../../../projections/sector-performance/performance-tables';

const TALLIES = LIVE_PERFORMANCE_TABLES.tallies;

/** Moves one count of a metric on a day from one detail to another (e.g. a score 5 becomes a 1). */
export async function moveOneTally(dataSource: DataSource, where: { metric: string; day: string; kind: string; from: string; to: string }): Promise<void> {
  const [, updated] = await dataSource.query(
    `UPDATE ${TALLIES} SET count = count - 1 WHERE metric = $1 AND day = $2::date AND sector_id = '' AND kind = $3 AND detail = $4 AND count > 0`,
    [where.metric, where.day, where.kind, where.from],
  );
  if (updated !== 1) throw new Error(`No ${where.metric} tally on ${where.day} for ${where.kind} with detail ${where.from}`);
  await dataSource.query(
    `INSERT INTO ${TALLIES} (metric, day, sector_id, kind, detail, count) VALUES ($1, $2::date, '', $3, $4, 1)
     ON CONFLICT (day, metric, sector_id, kind, detail) DO UPDATE SET count = ${TALLIES}.count + 1`,
    [where.metric, where.day, where.kind, where.to],
  );
}

/** The Rome day and kind of a case's first clock closure, and of its first take-charge, as the tallies key them. */
export async function caseTallyKeys(dataSource: DataSource, caseId: string): Promise<{ closedDay: string; routedDay: string | null; takeChargeDays: number | null; kind: string }> {
  const [row] = await dataSource.query(
    `SELECT to_char(k.closed_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS closed_day, coalesce(c.kind, '') AS kind,
            to_char(r.routed_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS routed_day,
            (r.taken_in_charge_at AT TIME ZONE 'Europe/Rome')::date - (r.routed_at AT TIME ZONE 'Europe/Rome')::date AS take_charge_days
     FROM ${LIVE_PERFORMANCE_TABLES.clocks} k JOIN ${LIVE_PERFORMANCE_TABLES.cases} c ON c.case_id = k.case_id
     LEFT JOIN ${LIVE_PERFORMANCE_TABLES.routings} r ON r.case_id = k.case_id AND r.routing_no = 0
     WHERE k.case_id = $1 AND k.clock_no = 0`,
    [caseId],
  );
  return { closedDay: row.closed_day, routedDay: row.routed_day, takeChargeDays: row.take_charge_days, kind: row.kind };
}
