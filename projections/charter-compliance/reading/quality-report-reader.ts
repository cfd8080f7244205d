/**
 * The yearly compliance report, read: the year's tallies, plus the clocks still open and
 * the routings still waiting counted as of the report's instant; the sectors, the
 * charter, the corrective actions.
 */
import type { Instant } from '../../../src/read-side';
import { periodBounds, yearPeriod } from '../../sector-performance/compute/report-period';
import type { PerformanceTables } from '../../sector-performance/performance-tables';
import { readFactsInPeriod, readPendingFacts, SqlRunner } from '../../sector-performance/reading/facts-reader';
import { readSectors } from '../../sector-performance/reading/sectors-reader';
import { clockTallies, routingTallies } from '../../sector-performance/tallies/case-tallies';
import { readTallies } from '../../sector-performance/tallies/tally-store';
import type { ComplianceTables } from '../compliance-tables';
import { QualityReport, qualityReport } from '../compute/quality-report';
import { qualityReportFromTallies, type TalliedReportInput } from '../compute/quality-report-from-tallies';
import type { ComplianceThresholds } from '../compute/thresholds';
import { readCorrectiveActions } from '../corrective-actions/corrective-action-store';
import { readAllStandardRecords } from '../standards/standard-store';

export interface QualityReportTables {
  performance: PerformanceTables;
  compliance: ComplianceTables;
}

export async function readQualityReport(
  sql: SqlRunner,
  tables: QualityReportTables,
  year: number,
  asOf: Instant,
  thresholds: ComplianceThresholds,
): Promise<QualityReport> {
  const input = await readTalliedReportInput(sql, tables, year, asOf);
  // Tables of the projection's previous version (served while the new one is rebuilt) have no tallies.
  if (!input) return readQualityReportFromFacts(sql, tables, year, asOf, thresholds);
  return qualityReportFromTallies({ ...input, thresholds });
}

/**
 * What the report from tallies is computed from, as of `asOf` (the what-if computes it
 * twice, under two charters); null when the tables have no tallies.
 */
export async function readTalliedReportInput(
  sql: SqlRunner,
  tables: QualityReportTables,
  year: number,
  asOf: Instant,
): Promise<Omit<TalliedReportInput, 'thresholds'> | null> {
  if (!(await hasTallies(sql, tables.performance.tallies))) return null;
  const period = yearPeriod(year);
  const tallies = await readTallies(sql, tables.performance.tallies, period.from, period.to);
  const pending = await readPendingFacts(sql, tables.performance, periodBounds(period));
  for (const clock of pending.clocks) clockTallies(clock, asOf, tallies);
  for (const routing of pending.routings) routingTallies(routing, asOf, tallies);
  const sectors = await readSectors(sql, tables.performance);
  const standards = await readAllStandardRecords(sql, tables.compliance.standards);
  const correctiveActions = await readCorrectiveActions(sql, tables.compliance.actions, year);
  return { year, standards, tallies, sectors, correctiveActions, asOf };
}

/** The same report from every fact of the year: slower, and needs no tallies. */
export async function readQualityReportFromFacts(
  sql: SqlRunner,
  tables: QualityReportTables,
  year: number,
  asOf: Instant,
  thresholds: ComplianceThresholds,
): Promise<QualityReport> {
  const facts = await readFactsInPeriod(sql, tables.performance, periodBounds(yearPeriod(year)));
  const sectors = await readSectors(sql, tables.performance);
  const standards = await readAllStandardRecords(sql, tables.compliance.standards);
  const correctiveActions = await readCorrectiveActions(sql, tables.compliance.actions, year);
  return qualityReport({ year, standards, facts, sectors, correctiveActions, asOf, thresholds });
}

async function hasTallies(sql: SqlRunner, table: string): Promise<boolean> {
  const [row] = (await sql.query('SELECT to_regclass($1) IS NOT NULL AS present', [table])) as { present: boolean }[];
  return row.present;
}
