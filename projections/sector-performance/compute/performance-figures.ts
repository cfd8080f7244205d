/**
 * The performance figures of a set of cases over a period (one sector's, or all of them).
 *
 * What counts in a period:
 * - receipts, routings and final-reply clocks are counted in the period they started in,
 *   and followed until `asOf` (a reply sent after the period still counts for its case);
 * - reopenings and survey answers belong to the period of the reopening and of the closure;
 * - open and overdue cases are a snapshot at the end of the period (or at `asOf`, if sooner).
 */
import type { Instant } from '../../../src/read-side';
import type { ClockRecord, RoutingRecord } from '../facts/case-facts';
import { DayFigures, dayFigures, Figure, shareFigure } from './figures';
import { earlierInstant, happenedBy, within } from './instants';
import { isOpenAt, isOverdueAt } from './period-end';
import { PeriodBounds, periodBounds, ReportPeriod } from './report-period';
import { SatisfactionFigures, satisfactionFigures } from './satisfaction';
import { dueDateTimeliness, finalReplyTimeliness, takeChargeTimeliness, Timeliness } from './timeliness';
import { ChannelCount, countByChannel, countByKind, KindCount, receiptsIn } from './volumes';

export interface PerformanceInput {
  /** Every clock the period may concern (reader.ts selects them); others are ignored. */
  clocks: readonly ClockRecord[];
  routings: readonly RoutingRecord[];
  period: ReportPeriod;
  asOf: Instant;
  minSample: number;
}

export interface ReceivedFigures {
  total: number;
  byKind: KindCount[];
  byChannel: ChannelCount[];
}

export interface RoutingFigures {
  routed: number;
  takenInCharge: number;
  awaitingTakeCharge: number;
  handedBack: number;
  remindersSent: number;
  routingsWithReminders: number;
  /** Routings that needed at least one reminder / routings. */
  reminderShare: Figure;
  timeToTakeChargeDays: DayFigures;
  /** Taken in charge within the take-charge term in force when routed. */
  takeChargeWithinStandard: Figure;
}

export interface FinalReplyFigures {
  clocksStarted: number;
  replied: number;
  timeToFinalReplyDays: DayFigures;
  /** Within the final-reply term of the charter in force when the clock started (extensions do not count). */
  withinStandard: Figure;
  /** Before the end of the due date, motivated extensions included. */
  withinDueDate: Figure;
  interimReplies: number;
  clocksWithInterimReplies: number;
  extensions: number;
  markedOverdue: number;
}

export interface PeriodEndFigures {
  /** The instant of the snapshot: the end of the period, or `asOf` if sooner. */
  at: Instant;
  open: number;
  overdue: number;
}

export interface PerformanceFigures {
  received: ReceivedFigures;
  routing: RoutingFigures;
  finalReplies: FinalReplyFigures;
  periodEnd: PeriodEndFigures;
  reopenings: number;
  satisfaction: SatisfactionFigures;
}

export function performanceFigures(input: PerformanceInput): PerformanceFigures {
  const bounds = periodBounds(input.period);
  return {
    received: receivedFigures(input.clocks, bounds),
    routing: routingFigures(input.routings.filter((r) => within(r.routedAt, bounds)), input),
    finalReplies: finalReplyFigures(input.clocks.filter((c) => within(c.startedAt, bounds)), input),
    periodEnd: periodEndFigures(input.clocks, earlierInstant(bounds.end, input.asOf)),
    reopenings: input.clocks.filter((c) => within(c.reopenedAt, bounds)).length,
    satisfaction: satisfactionFigures(
      input.clocks.filter((c) => within(c.closedAt, bounds)),
      input.asOf,
      input.minSample,
    ),
  };
}

function receivedFigures(clocks: readonly ClockRecord[], bounds: PeriodBounds): ReceivedFigures {
  const receipts = receiptsIn(clocks, bounds);
  return { total: receipts.length, byKind: countByKind(receipts), byChannel: countByChannel(receipts) };
}

function routingFigures(routings: readonly RoutingRecord[], { asOf, minSample }: PerformanceInput): RoutingFigures {
  const taken = routings.filter((r) => happenedBy(r.takenInChargeAt, asOf));
  const reminded = routings.filter((r) => r.reminderEventIds.length > 0);
  const outcomes = routings.map((r) => takeChargeTimeliness(r, r.takeChargeDays, asOf));
  return {
    routed: routings.length,
    takenInCharge: taken.length,
    awaitingTakeCharge: routings.filter((r) => !happenedBy(r.endedAt, asOf) && !happenedBy(r.mergedAt, asOf)).length,
    handedBack: routings.filter((r) => happenedBy(r.handedBackAt, asOf)).length,
    remindersSent: routings.reduce((sum, r) => sum + r.reminderEventIds.length, 0),
    routingsWithReminders: reminded.length,
    reminderShare: shareFigure(reminded.length, routings.length, minSample),
    timeToTakeChargeDays: dayFigures(daysTaken(outcomes), minSample),
    takeChargeWithinStandard: withinShare(outcomes, minSample),
  };
}

function finalReplyFigures(started: readonly ClockRecord[], { asOf, minSample }: PerformanceInput): FinalReplyFigures {
  const outcomes = started.map((c) => finalReplyTimeliness(c, c.finalReplyDays, asOf));
  return {
    clocksStarted: started.length,
    replied: started.filter((c) => happenedBy(c.finalReplyAt, asOf)).length,
    timeToFinalReplyDays: dayFigures(daysTaken(outcomes), minSample),
    withinStandard: withinShare(outcomes, minSample),
    withinDueDate: withinShare(started.map((c) => dueDateTimeliness(c, asOf)), minSample),
    interimReplies: started.reduce((sum, c) => sum + c.interimReplyEventIds.length, 0),
    clocksWithInterimReplies: started.filter((c) => c.interimReplyEventIds.length > 0).length,
    extensions: started.reduce((sum, c) => sum + c.extensionEventIds.length, 0),
    markedOverdue: started.filter((c) => happenedBy(c.overdueMarkedAt, asOf)).length,
  };
}

function periodEndFigures(clocks: readonly ClockRecord[], at: Instant): PeriodEndFigures {
  return { at, open: clocks.filter((c) => isOpenAt(c, at)).length, overdue: clocks.filter((c) => isOverdueAt(c, at)).length };
}

/** Share within among the decided outcomes (within or late). */
export function withinShare(outcomes: readonly Timeliness[], minSample: number): Figure {
  const decided = outcomes.filter((o) => o.status !== 'undecided');
  return shareFigure(decided.filter((o) => o.status === 'within').length, decided.length, minSample);
}

/** The days of the steps that were done. */
export function daysTaken(outcomes: readonly Timeliness[]): number[] {
  return outcomes.flatMap((o) => (o.days === null ? [] : [o.days]));
}
