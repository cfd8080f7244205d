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

  @ApiProperty()
  count: number;
}

export class ChannelCountView {
  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @ApiProperty()
  count: number;
}

export class ReceivedView implements ReceivedFigures {
  @ApiProperty({ description: 'Cases received in the period (their first clock is this sector’s).' })
  total: number;

  @ApiProperty({ type: [KindCountView], description: 'Every kind, zeros included.' })
  byKind: KindCountView[];

  @ApiProperty({ type: [ChannelCountView], description: 'Every channel, zeros included.' })
  byChannel: ChannelCountView[];
}

export class RoutingView implements RoutingFigures {
  @ApiProperty({ description: 'Routings made in the period.' })
  routed: number;

  @ApiProperty()
  takenInCharge: number;

  @ApiProperty()
  awaitingTakeCharge: number;

  @ApiProperty()
  handedBack: number;

  @ApiProperty()
  remindersSent: number;

  @ApiProperty()
  routingsWithReminders: number;

  @ApiProperty({ type: FigureView, description: 'Routings that needed a reminder / routings.' })
  reminderShare: FigureView;

  @ApiProperty({ type: DayFiguresView })
  timeToTakeChargeDays: DayFiguresView;

  @ApiProperty({ type: FigureView, description: 'Taken in charge within the term in force when routed.' })
  takeChargeWithinStandard: FigureView;
}

export class FinalRepliesView implements FinalReplyFigures {
  @ApiProperty({ description: 'Final-reply clocks started in the period: receipts and reopenings.' })
  clocksStarted: number;

  @ApiProperty()
  replied: number;

  @ApiProperty({ type: DayFiguresView, description: 'Calendar days from receipt (or reopening) to the final reply, less suspensions.' })
  timeToFinalReplyDays: DayFiguresView;

  @ApiProperty({ type: FigureView, description: 'Within the charter term in force at receipt; unanswered past it count as late.' })
  withinStandard: FigureView;

  @ApiProperty({ type: FigureView, description: 'Before the end of the due date, motivated extensions included.' })
  withinDueDate: FigureView;

  @ApiProperty()
  interimReplies: number;

  @ApiProperty()
  clocksWithInterimReplies: number;

  @ApiProperty()
  extensions: number;

  @ApiProperty({ description: 'Clocks the deadline process marked overdue.' })
  markedOverdue: number;
}

export class PeriodEndView implements PeriodEndFigures {
  @ApiProperty({ format: 'date-time', description: 'End of the period (exclusive), or now if sooner.' })
  at: string;

  @ApiProperty()
  open: number;

  @ApiProperty()
  overdue: number;
}

export class SatisfactionView implements SatisfactionFigures {
  @ApiProperty({ description: 'Closures in the period: each one a survey offered.' })
  closures: number;

  @ApiProperty()
  answers: number;

  @ApiProperty({ description: 'Answers scoring 4 or 5.' })
  positiveAnswers: number;

  @ApiProperty({ type: FigureView })
  answerRate: FigureView;

  @ApiProperty({ type: FigureView })
  positiveShare: FigureView;

  @ApiProperty({ type: FigureView, description: '1 to 5.' })
  averageScore: FigureView;
}

export class SectorEntryView implements SectorEntry {
  @ApiProperty({ format: 'uuid' })
  sectorId: string;

  @ApiProperty({ example: 'Lavori Pubblici' })
  name: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dissolvedAt: string | null;
}

export class PerformanceFiguresView implements PerformanceFigures {
  @ApiProperty({ type: ReceivedView })
  received: ReceivedView;

  @ApiProperty({ type: RoutingView })
  routing: RoutingView;

  @ApiProperty({ type: FinalRepliesView })
  finalReplies: FinalRepliesView;

  @ApiProperty({ type: PeriodEndView })
  periodEnd: PeriodEndView;

  @ApiProperty({ description: 'Reopenings in the period.' })
  reopenings: number;

  @ApiProperty({ type: SatisfactionView })
  satisfaction: SatisfactionView;
}

export class SectorPerformanceView extends PerformanceFiguresView implements SectorPerformance {
  @ApiProperty({ type: SectorEntryView })
  sector: SectorEntryView;

  @ApiProperty({ type: PeriodView })
  period: PeriodView;

  @ApiProperty({ format: 'date-time', description: 'What the figures know of: later events are not counted.' })
  asOf: string;

  @ApiProperty({ example: 10 })
  minSample: number;
}

export class SectorFiguresView extends PerformanceFiguresView {
  @ApiProperty({ type: SectorEntryView })
  sector: SectorEntryView;
}

export class SectorsReportView implements SectorsReport {
  @ApiProperty({ type: PeriodView })
  period: PeriodView;

  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @ApiProperty()
  minSample: number;

  @ApiProperty({ type: [SectorFiguresView] })
  sectors: SectorFiguresView[];

  @ApiProperty({ type: PerformanceFiguresView, description: 'The whole office, cases the URP handled itself included.' })
  overall: PerformanceFiguresView;
}
