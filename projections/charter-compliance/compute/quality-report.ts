/**
 * The yearly "Relazione sui risultati conseguiti nell'applicazione della Carta di qualità
 * dei servizi", as data: every standard version in force during the year measured on its
 * own days, the year's volumes, the survey, each sector's year, the anomalies and the
 * corrective actions recorded for them. Pure: the same facts give the same report.
 */
import type { Instant } from '../../../src/read-side';
import { periodBounds, ReportPeriod, yearPeriod } from '../../sector-performance/compute/report-period';
import { SatisfactionFigures, satisfactionFigures } from '../../sector-performance/compute/satisfaction';
import { within } from '../../sector-performance/compute/instants';
import { ChannelCount, countByChannel, countByKind, KindCount, receiptsIn } from '../../sector-performance/compute/volumes';
import type { FactsInPeriod } from '../../sector-performance/facts/case-facts';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import type { CorrectiveActionRecord } from '../corrective-actions/corrective-action-record';
import type { StandardRecord } from '../standards/standard-record';
import { VersionInForce, versionsInForceDuring } from '../standards/versions-in-force';
import { Anomaly, findAnomalies, MeasuredVersion } from './anomalies';
import { SectorYearResult, sectorYearResults } from './sector-year';
import { measureVersion, StandardMeasurement } from './standard-measurement';
import type { ComplianceThresholds } from './thresholds';

export interface QualityReportInput {
  year: number;
  standards: readonly StandardRecord[];
  facts: FactsInPeriod;
  sectors: readonly SectorEntry[];
  correctiveActions: readonly CorrectiveActionRecord[];
  asOf: Instant;
  thresholds: ComplianceThresholds;
}

export type StandardVersionResult = VersionInForce & StandardMeasurement;

export interface SectorVolume {
  /** Null: handled by the URP itself, never routed to a sector. */
  sectorId: string | null;
  name: string | null;
  count: number;
}

export interface QualityVolumes {
  received: number;
  byChannel: ChannelCount[];
  byKind: KindCount[];
  bySector: SectorVolume[];
}

export interface QualitySummary {
  received: number;
  versionsMeasured: number;
  met: number;
  notMet: number;
  notMeasurable: number;
  /** Of the not measurable: drawn from fewer cases than the minimum sample. */
  insufficientSample: number;
  anomalies: number;
  correctiveActions: number;
}

export interface QualityReport {
  year: number;
  period: ReportPeriod;
  asOf: Instant;
  thresholds: ComplianceThresholds;
  summary: QualitySummary;
  standards: StandardVersionResult[];
  volumes: QualityVolumes;
  survey: SatisfactionFigures;
  sectors: SectorYearResult[];
  anomalies: Anomaly[];
  correctiveActions: CorrectiveActionRecord[];
}

export function qualityReport(input: QualityReportInput): QualityReport {
  const { facts, asOf, thresholds } = input;
  const period = yearPeriod(input.year);
  const measured = versionsInForceDuring(input.standards, period).map((version) => ({
    version,
    measurement: measureVersion(version, facts, asOf, thresholds),
  }));
  const sectors = sectorYearResults(input.sectors, facts, period, asOf, thresholds);
  return assembleQualityReport({
    year: input.year,
    asOf,
    thresholds,
    measured,
    sectors,
    volumes: qualityVolumes(facts, period, sectors),
    survey: satisfactionFigures(
      facts.clocks.filter((c) => within(c.closedAt, periodBounds(period))),
      asOf,
      thresholds.minSample,
    ),
    correctiveActions: input.correctiveActions,
  });
}

/** The parts of the report, however they were computed (from facts, or from tallies). */
export interface QualityReportParts {
  year: number;
  asOf: Instant;
  thresholds: ComplianceThresholds;
  measured: MeasuredVersion[];
  sectors: SectorYearResult[];
  volumes: QualityVolumes;
  survey: SatisfactionFigures;
  correctiveActions: readonly CorrectiveActionRecord[];
}

export function assembleQualityReport(parts: QualityReportParts): QualityReport {
  const { measured, sectors, volumes, thresholds } = parts;
  const period = yearPeriod(parts.year);
  const anomalies = findAnomalies(measured, sectors, period, parts.correctiveActions, thresholds);
  const standards = measured.map(({ version, measurement }) => ({ ...version, ...measurement }));
  return {
    year: parts.year,
    period,
    asOf: parts.asOf,
    thresholds,
    summary: {
      received: volumes.received,
      versionsMeasured: standards.length,
      met: standards.filter((s) => s.result === 'met').length,
      notMet: standards.filter((s) => s.result === 'not_met').length,
      notMeasurable: standards.filter((s) => s.result === 'not_measurable').length,
      insufficientSample: standards.filter((s) => s.reason === 'insufficient_sample').length,
      anomalies: anomalies.length,
      correctiveActions: parts.correctiveActions.length,
    },
    standards,
    volumes,
    survey: parts.survey,
    sectors,
    anomalies,
    correctiveActions: [...parts.correctiveActions],
  };
}

function qualityVolumes(facts: FactsInPeriod, period: ReportPeriod, sectors: readonly SectorYearResult[]): QualityVolumes {
  const receipts = receiptsIn(facts.clocks, periodBounds(period));
  const bySector: SectorVolume[] = sectors.map((s) => ({ sectorId: s.sectorId, name: s.name, count: s.received }));
  const direct = receipts.filter((r) => r.sectorId === null).length;
  return {
    received: receipts.length,
    byChannel: countByChannel(receipts),
    byKind: countByKind(receipts),
    bySector: [...bySector, { sectorId: null, name: null, count: direct }],
  };
}
