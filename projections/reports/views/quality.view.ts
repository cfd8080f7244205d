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

  @ApiProperty({ example: 0.9, description: 'Share of cases a time standard needs within its days to be met.' })
  timeStandardMinShare: number;

  @ApiProperty({ example: 0.9 })
  sectorMinWithinShare: number;

  @ApiProperty({ example: 0.2 })
  sectorMaxReminderShare: number;
}

export class QualitySummaryView implements QualitySummary {
  @ApiProperty()
  received: number;

  @ApiProperty({ description: 'Standard versions in force during the year.' })
  versionsMeasured: number;

  @ApiProperty()
  met: number;

  @ApiProperty()
  notMet: number;

  @ApiProperty()
  notMeasurable: number;

  @ApiProperty({ description: 'Of the not measurable: fewer cases than the minimum sample (campione insufficiente).' })
  insufficientSample: number;

  @ApiProperty()
  anomalies: number;

  @ApiProperty()
  correctiveActions: number;
}

export class TargetView {
  @ApiProperty({ enum: ['max_days', 'immediate', 'at_counter', 'min_share'] })
  kind: StandardTarget['kind'];

  @ApiProperty({ required: false })
  days?: number;

  @ApiProperty({ required: false })
  percent?: number;
}

export class StandardVersionResultView implements StandardVersionResult {
  @ApiProperty({ format: 'uuid' })
  standardId: string;

  @ApiProperty({ example: 'URP-02' })
  code: string;

  @ApiProperty()
  service: string;

  @ApiProperty({ enum: STANDARD_MEASURES })
  measure: StandardMeasure;

  @ApiProperty({ enum: CASE_KINDS, isArray: true, nullable: true })
  appliesTo: CaseKind[] | null;

  @ApiProperty({ description: '0 as adopted, then one per revision.' })
  versionNo: number;

  @ApiProperty()
  indicator: string;

  @ApiProperty({ type: TargetView })
  target: StandardTarget;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  effectiveUntil: string | null;

  @ApiProperty({ format: 'date', description: 'First day in force within the year.' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day in force within the year.' })
  until: string;

  @ApiProperty({ format: 'uuid', description: 'The adoption or revision event that set this version.' })
  setByEventId: string;

  @ApiProperty({ type: FigureView, description: 'Share within the target (time measures) or the survey share.' })
  measured: FigureView;

  @ApiProperty({ type: Number, nullable: true })
  required: number | null;

  @ApiProperty({ type: DayFiguresView, nullable: true })
  days: DayFiguresView | null;

  @ApiProperty({ enum: STANDARD_RESULTS })
  result: StandardResult;

  @ApiProperty({ enum: ['no_cases', 'target_not_applicable', 'insufficient_sample'], nullable: true })
  reason: 'no_cases' | 'target_not_applicable' | 'insufficient_sample' | null;
}

export class SectorVolumeView implements SectorVolume {
  @ApiProperty({ type: String, nullable: true, description: 'Null: handled by the URP itself.' })
  sectorId: string | null;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty()
  count: number;
}

export class QualityVolumesView implements QualityVolumes {
  @ApiProperty()
  received: number;

  @ApiProperty({ type: [ChannelCountView] })
  byChannel: ChannelCountView[];

  @ApiProperty({ type: [KindCountView] })
  byKind: KindCountView[];

  @ApiProperty({ type: [SectorVolumeView] })
  bySector: SectorVolumeView[];
}

export class SectorYearView implements SectorYearResult {
  @ApiProperty({ format: 'uuid' })
  sectorId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  received: number;

  @ApiProperty()
  routed: number;

  @ApiProperty({ type: FigureView })
  repliesWithinStandard: FigureView;

  @ApiProperty()
  remindersSent: number;

  @ApiProperty({ type: FigureView })
  reminderShare: FigureView;

  @ApiProperty()
  overdueAtPeriodEnd: number;

  @ApiProperty()
  repliesLate: boolean;

  @ApiProperty()
  tooManyReminders: boolean;
}

export class AnomalyView implements Anomaly {
  @ApiProperty({ enum: ANOMALY_KINDS })
  kind: AnomalyKind;

  @ApiProperty({ type: String, nullable: true })
  standardId: string | null;

  @ApiProperty({ type: String, nullable: true })
  code: string | null;

  @ApiProperty({ type: String, nullable: true })
  sectorId: string | null;

  @ApiProperty({ type: String, nullable: true })
  sectorName: string | null;

  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  until: string;

  @ApiProperty({ type: FigureView })
  measured: FigureView;

  @ApiProperty({ description: 'A minimum share, or for reminders a maximum.' })
  threshold: number;

  @ApiProperty({ type: [String] })
  correctiveActionIds: string[];
}

export class CorrectiveActionRecordView implements CorrectiveActionRecord {
  @ApiProperty({ format: 'uuid' })
  actionId: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ type: String, nullable: true })
  standardId: string | null;

  @ApiProperty({ type: String, nullable: true })
  sectorId: string | null;

  @ApiProperty()
  anomaly: string;

  @ApiProperty()
  action: string;

  @ApiProperty()
  owner: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty()
  recordedBy: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;
}

export class QualityReportView implements QualityReport {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: PeriodView })
  period: PeriodView;

  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @ApiProperty({ type: ThresholdsView })
  thresholds: ThresholdsView;

  @ApiProperty({ type: QualitySummaryView })
  summary: QualitySummaryView;

  @ApiProperty({ type: [StandardVersionResultView] })
  standards: StandardVersionResultView[];

  @ApiProperty({ type: QualityVolumesView })
  volumes: QualityVolumesView;

  @ApiProperty({ type: SatisfactionView })
  survey: SatisfactionView;

  @ApiProperty({ type: [SectorYearView] })
  sectors: SectorYearView[];

  @ApiProperty({ type: [AnomalyView] })
  anomalies: AnomalyView[];

  @ApiProperty({ type: [CorrectiveActionRecordView] })
  correctiveActions: CorrectiveActionRecordView[];
}
