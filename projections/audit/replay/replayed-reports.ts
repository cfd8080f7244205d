/** The two reports computed from in-memory facts, by the reports' own computations. */
import type { Instant } from '../../../src/read-side';
import { qualityReport, type QualityReport } from '../../charter-compliance/compute/quality-report';
import type { ComplianceThresholds } from '../../charter-compliance/compute/thresholds';
import { performanceFigures } from '../../sector-performance/compute/performance-figures';
import { periodBounds, yearPeriod, type ReportPeriod } from '../../sector-performance/compute/report-period';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import type { SectorPerformance } from '../../sector-performance/reading/sector-reports';
import type { ReportState } from './report-state';
import { stateFactsInPeriod, stateSectors } from './state-facts';

/** As readQualityReport does over the tables (charter-compliance/reading/quality-report-reader.ts). */
export function replayedQualityReport(state: ReportState, year: number, asOf: Instant, thresholds: ComplianceThresholds): QualityReport {
  return qualityReport({
    year,
    standards: [...state.standards.values()].sort((a, b) => (a.standardId < b.standardId ? -1 : 1)),
    facts: stateFactsInPeriod(state, periodBounds(yearPeriod(year))),
    sectors: stateSectors(state),
    correctiveActions: state.actions.filter((action) => action.year === year),
    asOf,
    thresholds,
  });
}

/** As readSectorPerformance does over the tables (sector-performance/reading/sector-reports.ts). */
export function replayedSectorPerformance(state: ReportState, sector: SectorEntry, period: ReportPeriod, asOf: Instant, minSample: number): SectorPerformance {
  const facts = stateFactsInPeriod(state, periodBounds(period), sector.sectorId);
  return { sector, period, asOf, minSample, ...performanceFigures({ ...facts, period, asOf, minSample }) };
}
