/** OpenAPI descriptions of the sector performance reports. */
import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '../../../src/read-side';
import type {
  FinalReplyFigures,
  PerformanceFigures,
  PeriodEndFigures,
  ReceivedFigures,
  RoutingFigures,
} from '../../sector-performance/compute/performance-figures';
import type { SatisfactionFigures } from '../../sector-performance/compute/satisfaction';
import { KINDS_AND_UNCLASSIFIED, type KindOrUnclassified } from '../../sector-performance/compute/volumes';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import type { SectorPerformance, SectorsReport } from '../../sector-performance/reading/sector-reports';
import { DayFiguresView, FigureView, PeriodView } from './figure.view';

export class KindCountView {
  @ApiProperty({ enum: KINDS_AND_UNCLASSIFIED })
  kind: KindOrUnclassified;

  count: number;
}

export class ChannelCountView {
  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  count: number;
}

export class ReceivedView implements ReceivedFigures {
  /** Cases received in the period (their first clock is this sector’s). */
  total: number;

  /** Every kind, zeros included. */
  byKind: KindCountView[];

  /** Every channel, zeros included. */
  byChannel: ChannelCountView[];
}

export class RoutingView implements RoutingFigures {
  /** Routings made in the period. */
  routed: number;

  takenInCharge: number;

  awaitingTakeCharge: number;

  handedBack: number;

  remindersSent: number;

  routingsWithReminders: number;

  /** Routings that needed a reminder / routings. */
  reminderShare: FigureView;

  timeToTakeChargeDays: DayFiguresView;

  /** Taken in charge within the term in force when routed. */
  takeChargeWithinStandard: FigureView;
}

export class FinalRepliesView implements FinalReplyFigures {
  /** Final-reply clocks started in the period: receipts and reopenings. */
  clocksStarted: number;

  replied: number;

  /** Calendar days from receipt (or reopening) to the final reply, less suspensions. */
  timeToFinalReplyDays: DayFiguresView;

  /** Within the charter term in force at receipt; unanswered past it count as late. */
  withinStandard: FigureView;

  /** Before the end of the due date, motivated extensions included. */
  withinDueDate: FigureView;

  interimReplies: number;

  clocksWithInterimReplies: number;

  extensions: number;

  /** Clocks the deadline process marked overdue. */
  markedOverdue: number;
}

export class PeriodEndView implements PeriodEndFigures {
  /** End of the period (exclusive), or now if sooner. */
  @ApiProperty({ format: 'date-time' })
  at: string;

  open: number;

  overdue: number;
}

export class SatisfactionView implements SatisfactionFigures {
  /** Closures in the period: each one a survey offered. */
  closures: number;

  answers: number;

  /** Answers scoring 4 or 5. */
  positiveAnswers: number;

  answerRate: FigureView;

  positiveShare: FigureView;

  /** 1 to 5. */
  averageScore: FigureView;
}

export class SectorEntryView implements SectorEntry {
  @ApiProperty({ format: 'uuid' })
  sectorId: string;

  @ApiProperty({ example: 'Lavori Pubblici' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  dissolvedAt: string | null;
}

export class PerformanceFiguresView implements PerformanceFigures {
  received: ReceivedView;

  routing: RoutingView;

  finalReplies: FinalRepliesView;

  periodEnd: PeriodEndView;

  /** Reopenings in the period. */
  reopenings: number;

  satisfaction: SatisfactionView;
}

export class SectorPerformanceView extends PerformanceFiguresView implements SectorPerformance {
  sector: SectorEntryView;

  period: PeriodView;

  /** What the figures know of: later events are not counted. */
  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @ApiProperty({ example: 10 })
  minSample: number;
}

export class SectorFiguresView extends PerformanceFiguresView {
  sector: SectorEntryView;
}

export class SectorsReportView implements SectorsReport {
  period: PeriodView;

  @ApiProperty({ format: 'date-time' })
  asOf: string;

  minSample: number;

  sectors: SectorFiguresView[];

  /** The whole office, cases the URP handled itself included. */
  overall: PerformanceFiguresView;
}
