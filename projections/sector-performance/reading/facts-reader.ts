/**
 * The facts a period's figures are computed from, selected in SQL by their dates: clocks
 * started in the period, closed or reopened in it, or still open at its start (they may be
 * open at its end; a case merged before the period is not); routings made in it.
 * Optionally one sector's only.
 */
import { selectAsText } from '../../shared/recordsets';
import type { ClockRecord, FactsInPeriod, RoutingRecord } from '../facts/case-facts';
import { selectList } from '../facts/fact-columns';
import { CLOCK_COLUMNS, PerformanceTables, ROUTING_COLUMNS } from '../performance-tables';
import type { PeriodBounds } from '../compute/report-period';

/** A DataSource or an EntityManager: whatever runs SQL. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const CASE_FIELDS = `c.reference, c.kind, c.channel, ${selectAsText('c.received_at', 'timestamptz')} AS received_at, ${selectAsText('c.merged_at', 'timestamptz')} AS merged_at`;

export async function readFactsInPeriod(sql: SqlRunner, tables: PerformanceTables, bounds: PeriodBounds, sectorId?: string): Promise<FactsInPeriod> {
  const parameters: unknown[] = [bounds.start, bounds.end, ...(sectorId ? [sectorId] : [])];
  // One after the other: the runner may be an EntityManager on a single connection.
  const clockRows = await rows(
    sql,
    `SELECT ${selectList('k', CLOCK_COLUMNS)}, ${CASE_FIELDS}
     FROM ${tables.clocks} k JOIN ${tables.cases} c ON c.case_id = k.case_id
     WHERE k.started_at < $2
       AND (k.started_at >= $1 OR k.closed_at >= $1 OR k.reopened_at >= $1
            OR (k.closed_at IS NULL AND (c.merged_at IS NULL OR c.merged_at >= $1)))
       ${sectorId ? 'AND k.sector_id = $3' : ''}
     ORDER BY k.started_at, k.case_id, k.clock_no`,
    parameters,
  );
  const routingRows = await rows(
    sql,
    `SELECT ${selectList('r', ROUTING_COLUMNS)}, ${CASE_FIELDS}
     FROM ${tables.routings} r JOIN ${tables.cases} c ON c.case_id = r.case_id
     WHERE r.routed_at >= $1 AND r.routed_at < $2 ${sectorId ? 'AND r.sector_id = $3' : ''}
     ORDER BY r.routed_at, r.case_id, r.routing_no`,
    parameters,
  );
  return {
    clocks: clockRows.map((row) => withCase<ClockRecord>(row, CLOCK_COLUMNS)),
    routings: routingRows.map((row) => withCase<RoutingRecord>(row, ROUTING_COLUMNS)),
  };
}

/**
 * What the stored tallies leave out (tallies/case-tallies.ts): the clocks not closed that a
 * period's report reads (started before its end, not merged before its start) and the
 * period's routings not ended. Their figures depend on the instant the report is made.
 */
export async function readPendingFacts(sql: SqlRunner, tables: PerformanceTables, bounds: PeriodBounds): Promise<FactsInPeriod> {
  const parameters = [bounds.start, bounds.end];
  const clockRows = await rows(
    sql,
    `SELECT ${selectList('k', CLOCK_COLUMNS)}, ${CASE_FIELDS}
     FROM ${tables.clocks} k JOIN ${tables.cases} c ON c.case_id = k.case_id
     WHERE k.closed_at IS NULL AND k.started_at < $2 AND (c.merged_at IS NULL OR c.merged_at >= $1)`,
    parameters,
  );
  const routingRows = await rows(
    sql,
    `SELECT ${selectList('r', ROUTING_COLUMNS)}, ${CASE_FIELDS}
     FROM ${tables.routings} r JOIN ${tables.cases} c ON c.case_id = r.case_id
     WHERE r.ended_at IS NULL AND r.routed_at >= $1 AND r.routed_at < $2`,
    parameters,
  );
  return {
    clocks: clockRows.map((row) => withCase<ClockRecord>(row, CLOCK_COLUMNS)),
    routings: routingRows.map((row) => withCase<RoutingRecord>(row, ROUTING_COLUMNS)),
  };
}

async function rows(sql: SqlRunner, text: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  return (await sql.query(text, parameters)) as Record<string, unknown>[];
}

/** The fact's own columns, then its case's receipt facts. */
function withCase<T>(row: Record<string, unknown>, columns: readonly { key: string; column: string }[]): T {
  return {
    ...Object.fromEntries(columns.map((c) => [c.key, row[c.column]])),
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    receivedAt: row.received_at,
    mergedAt: row.merged_at,
  } as T;
}
