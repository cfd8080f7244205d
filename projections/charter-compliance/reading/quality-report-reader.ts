/** The yearly compliance report, read: the year's facts and sectors, the charter, the corrective actions. */
import type { Instant } from '../../../src/contracts';
import { periodBounds, yearPeriod } from '../../sector-performance/compute/report-period';
import type { PerformanceTables } from '../../sector-performance/performance-tables';
import { readFactsInPeriod, SqlRunner } from '../../sector-performance/reading/facts-reader';
import { readSectors } from '../../sector-performance/reading/sectors-reader';
import type { ComplianceTables } from '../compliance-tables';
import { QualityReport, qualityReport } from '../compute/quality-report';
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
  const facts = await readFactsInPeriod(sql, tables.performance, periodBounds(yearPeriod(year)));
  const sectors = await readSectors(sql, tables.performance);
  const standards = await readAllStandardRecords(sql, tables.compliance.standards);
  const correctiveActions = await readCorrectiveActions(sql, tables.compliance.actions, year);
  return qualityReport({ year, standards, facts, sectors, correctiveActions, asOf, thresholds });
}
