/**
 * The three audits of a report, for the HTTP endpoints and the CLI alike:
 * - drill-down: a figure's cases, each with the events that decided how it counts;
 * - as of: the report as it stood at an instant, replayed from the events recorded by then;
 * - verification: the report from the stored tables against a full replay, figure by figure.
 */
import type { DataSource } from 'typeorm';
import { type Instant, type EventStore, positionToString } from '../../src/read-side';
import { LIVE_COMPLIANCE_TABLES } from '../charter-compliance/compliance-tables';
import type { QualityReport } from '../charter-compliance/compute/quality-report';
import type { ComplianceThresholds } from '../charter-compliance/compute/thresholds';
import { readQualityReport } from '../charter-compliance/reading/quality-report-reader';
import { readAllStandardRecords } from '../charter-compliance/standards/standard-store';
import { periodBounds, yearPeriod, type ReportPeriod } from '../sector-performance/compute/report-period';
import { LIVE_PERFORMANCE_TABLES } from '../sector-performance/performance-tables';
import { readFactsInPeriod } from '../sector-performance/reading/facts-reader';
import { FigureDrillDown, withEvents } from './drill-down/case-events';
import { selectPeriodFigure } from './figures/period-figures';
import { selectQualityFigure } from './figures/quality-figures';
import { recordedBy } from './replay/cut-off';
import { projectedEvent, reportsProjectedThrough } from './replay/projected-through';
import { replayedQualityReport } from './replay/replayed-reports';
import { replayLog } from './replay/replay-log';
import { compareReports, FigureDifference } from './verify/compare-reports';

export interface AuditDeps {
  dataSource: DataSource;
  store: EventStore;
  thresholds: ComplianceThresholds;
}

const TABLES = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };

export async function drillDownQuality(deps: AuditDeps, year: number, figure: string, asOf: Instant): Promise<FigureDrillDown> {
  const facts = await readFactsInPeriod(deps.dataSource, TABLES.performance, periodBounds(yearPeriod(year)));
  const standards = await readAllStandardRecords(deps.dataSource, TABLES.compliance.standards);
  return withEvents(deps.store, selectQualityFigure(figure, { year, standards, facts, asOf }));
}

export async function drillDownSector(deps: AuditDeps, sectorId: string, period: ReportPeriod, figure: string, asOf: Instant): Promise<FigureDrillDown> {
  const facts = await readFactsInPeriod(deps.dataSource, TABLES.performance, periodBounds(period), sectorId);
  return withEvents(deps.store, selectPeriodFigure(figure, figure, { facts, period, asOf }));
}

export interface ReportAsOf {
  asOf: Instant;
  /** Which events the replay kept, and why (replay/cut-off.ts). */
  cutOff: string;
  eventsReplayed: number;
  report: QualityReport;
}

export const CUT_OFF_RULE = 'events whose metadata.recordedAt is at or before asOf: what the system of record had recorded by then';

export async function qualityReportAsOf(deps: AuditDeps, year: number, asOf: Instant): Promise<ReportAsOf> {
  const replay = await replayLog(deps.store, (event) => recordedBy(event, asOf));
  return { asOf, cutOff: CUT_OFF_RULE, eventsReplayed: replay.eventsReplayed, report: replayedQualityReport(replay.state, year, asOf, deps.thresholds) };
}

export interface ReportVerification {
  year: number;
  asOf: Instant;
  /** Per report projection, the position its tables (and so the replay) reach. */
  projectedThrough: Record<string, string | null>;
  eventsReplayed: number;
  figuresCompared: number;
  differences: FigureDifference[];
}

export async function verifyQualityReport(deps: AuditDeps, year: number, asOf: Instant): Promise<ReportVerification> {
  // One snapshot for the checkpoints and the tables, so the projector cannot move in between.
  const { through, stored } = await deps.dataSource.transaction('REPEATABLE READ', async (em) => ({
    through: await reportsProjectedThrough(em),
    stored: await readQualityReport(em, TABLES, year, asOf, deps.thresholds),
  }));
  const replay = await replayLog(deps.store, (event) => projectedEvent(through, event));
  const comparison = compareReports(stored, replayedQualityReport(replay.state, year, asOf, deps.thresholds));
  const projectedThrough = Object.fromEntries(Object.entries(through.checkpoints).map(([name, p]) => [name, p && positionToString(p)]));
  return { year, asOf, projectedThrough, eventsReplayed: replay.eventsReplayed, ...comparison };
}
