/** OpenAPI description of the yearly compliance report. */
import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, STANDARD_MEASURES, type CaseKind, type StandardMeasure, type StandardTarget } from '../../../src/read-side';
import { ANOMALY_KINDS, type Anomaly, type AnomalyKind } from '../../charter-compliance/compute/anomalies';
import type { QualityReport, QualitySummary, QualityVolumes, SectorVolume, StandardVersionResult } from '../../charter-compliance/compute/quality-report';
import type { SectorYearResult } from '../../charter-compliance/compute/sector-year';
import { STANDARD_RESULTS, type StandardResult } from '../../charter-compliance/compute/target-evaluation';
import type { ComplianceThresholds } from '../../charter-compliance/compute/thresholds';
import type { CorrectiveActionRecord } from '../../charter-compliance/corrective-actions/corrective-action-record';
import { DayFiguresView, FigureView, PeriodView } from './figure.view';
import { ChannelCountView, KindCountView, SatisfactionView } from './performance.view';

export class ThresholdsView implements ComplianceThresholds {
  @ApiProperty({ example: 10 })
  minSample: number;

  /** Share of cases a time standard needs within its days to be met. */
  @ApiProperty({ example: 0.9 })
  timeStandardMinShare: number;

  @ApiProperty({ example: 0.9 })
  sectorMinWithinShare: number;

  @ApiProperty({ example: 0.2 })
  sectorMaxReminderShare: number;
}

export class QualitySummaryView implements QualitySummary {
  received: number;

  /** Standard versions in force during the year. */
  versionsMeasured: number;

  met: number;

  notMet: number;

  notMeasurable: number;

  /** Of the not measurable: fewer cases than the minimum sample (campione insufficiente). */
  insufficientSample: number;

  anomalies: number;

  correctiveActions: number;
}

export class TargetView {
  @ApiProperty({ enum: ['max_days', 'immediate', 'at_counter', 'min_share'] })
  kind: StandardTarget['kind'];

  days?: number;

  percent?: number;
}

export class StandardVersionResultView implements StandardVersionResult {
  @ApiProperty({ format: 'uuid' })
  standardId: string;

  @ApiProperty({ example: 'URP-02' })
  code: string;

  service: string;

  @ApiProperty({ enum: STANDARD_MEASURES })
  measure: StandardMeasure;

  @ApiProperty({ enum: CASE_KINDS, isArray: true })
  appliesTo: CaseKind[] | null;

  /** 0 as adopted, then one per revision. */
  versionNo: number;

  indicator: string;

  @ApiProperty({ type: TargetView })
  target: StandardTarget;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty({ format: 'date' })
  effectiveUntil: string | null;

  /** First day in force within the year. */
  @ApiProperty({ format: 'date' })
  from: string;

  /** Last day in force within the year. */
  @ApiProperty({ format: 'date' })
  until: string;

  /** The adoption or revision event that set this version. */
  @ApiProperty({ format: 'uuid' })
  setByEventId: string;

  /** Share within the target (time measures) or the survey share. */
  measured: FigureView;

  required: number | null;

  days: DayFiguresView | null;

  @ApiProperty({ enum: STANDARD_RESULTS })
  result: StandardResult;

  @ApiProperty({ enum: ['no_cases', 'target_not_applicable', 'insufficient_sample'] })
  reason: 'no_cases' | 'target_not_applicable' | 'insufficient_sample' | null;
}

export class SectorVolumeView implements SectorVolume {
  /** Null: handled by the URP itself. */
  sectorId: string | null;

  name: string | null;

  count: number;
}

export class QualityVolumesView implements QualityVolumes {
  received: number;

  byChannel: ChannelCountView[];

  byKind: KindCountView[];

  bySector: SectorVolumeView[];
}

export class SectorYearView implements SectorYearResult {
  @ApiProperty({ format: 'uuid' })
  sectorId: string;

  name: string;

  received: number;

  routed: number;

  repliesWithinStandard: FigureView;

  remindersSent: number;

  reminderShare: FigureView;

  overdueAtPeriodEnd: number;

  repliesLate: boolean;

  tooManyReminders: boolean;
}

export class AnomalyView implements Anomaly {
  @ApiProperty({ enum: ANOMALY_KINDS })
  kind: AnomalyKind;

  standardId: string | null;

  code: string | null;

  sectorId: string | null;

  sectorName: string | null;

  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  until: string;

  measured: FigureView;

  /** A minimum share, or for reminders a maximum. */
  threshold: number;

  correctiveActionIds: string[];
}

export class CorrectiveActionRecordView implements CorrectiveActionRecord {
  @ApiProperty({ format: 'uuid' })
  actionId: string;

  year: number;

  standardId: string | null;

  sectorId: string | null;

  anomaly: string;

  action: string;

  owner: string;

  @ApiProperty({ format: 'date' })
  dueDate: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  recordedBy: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;
}

export class QualityReportView implements QualityReport {
  @ApiProperty({ example: 2026 })
  year: number;

  period: PeriodView;

  @ApiProperty({ format: 'date-time' })
  asOf: string;

  thresholds: ThresholdsView;

  summary: QualitySummaryView;

  standards: StandardVersionResultView[];

  volumes: QualityVolumesView;

  survey: SatisfactionView;

  sectors: SectorYearView[];

  anomalies: AnomalyView[];

  correctiveActions: CorrectiveActionRecordView[];
}
