/**
 * The figures of a performance report over a period (sector-performance/compute/
 * performance-figures.ts), addressed by name:
 *   received, routed, takeChargeWithinStandard, takeChargeDays, reminderShare,
 *   finalReplyWithinStandard, finalReplyWithinDueDate, finalReplyDays, overdueAtPeriodEnd,
 *   answerRate, positiveShare
 * Each selects the facts exactly as performanceFigures does for that figure.
 */
import type { Instant } from '../../../src/read-side';
import { earlierInstant, within } from '../../sector-performance/compute/instants';
import { isOverdueAt } from '../../sector-performance/compute/period-end';
import { periodBounds, type ReportPeriod } from '../../sector-performance/compute/report-period';
import { dueDateTimeliness, finalReplyTimeliness, takeChargeTimeliness } from '../../sector-performance/compute/timeliness';
import { receiptsIn } from '../../sector-performance/compute/volumes';
import type { ClockRecord, FactsInPeriod, RoutingRecord } from '../../sector-performance/facts/case-facts';
import { contribution, type FigureSelection } from './contribution';
import { clockRef, dueDateEvents, finalReplyEvents, routingRef, takeChargeEvents } from './fact-refs';
import { answerRateSelection, countOf, daysSelection, JudgedFact, positiveShareSelection, shareOf, withinShareSelection } from './selections';
import { UnknownFigureError } from './unknown-figure';

export const PERIOD_FIGURES = [
  'received',
  'routed',
  'takeChargeWithinStandard',
  'takeChargeDays',
  'reminderShare',
  'finalReplyWithinStandard',
  'finalReplyWithinDueDate',
  'finalReplyDays',
  'overdueAtPeriodEnd',
  'answerRate',
  'positiveShare',
] as const;
export type PeriodFigure = (typeof PERIOD_FIGURES)[number];

export function isPeriodFigure(name: string): name is PeriodFigure {
  return (PERIOD_FIGURES as readonly string[]).includes(name);
}

export interface PeriodScope {
  facts: FactsInPeriod;
  period: ReportPeriod;
  asOf: Instant;
}

export function selectPeriodFigure(address: string, name: string, scope: PeriodScope): FigureSelection {
  if (!isPeriodFigure(name)) throw new UnknownFigureError(`No figure "${name}": one of ${PERIOD_FIGURES.join(', ')}`);
  const bounds = periodBounds(scope.period);
  const routed = scope.facts.routings.filter((r) => within(r.routedAt, bounds));
  const started = scope.facts.clocks.filter((c) => within(c.startedAt, bounds));
  const closed = scope.facts.clocks.filter((c) => within(c.closedAt, bounds));
  const { asOf } = scope;
  switch (name) {
    case 'received':
      return countOf(address, receiptsIn(scope.facts.clocks, bounds).map((c) => contribution(clockRef(c), 'counted', true, [c.startedEventId])));
    case 'routed':
      return countOf(address, routed.map((r) => contribution(routingRef(r), 'counted', true, [r.routedEventId])));
    case 'takeChargeWithinStandard':
      return withinShareSelection(address, routed.map((r) => judgedTakeCharge(r, r.takeChargeDays, asOf)));
    case 'takeChargeDays':
      return daysSelection(address, routed.map((r) => judgedTakeCharge(r, r.takeChargeDays, asOf)));
    case 'reminderShare':
      return reminderShareSelection(address, routed);
    case 'finalReplyWithinStandard':
      return withinShareSelection(address, started.map((c) => judgedFinalReply(c, c.finalReplyDays, asOf)));
    case 'finalReplyWithinDueDate':
      return withinShareSelection(address, started.map((c) => ({ ref: clockRef(c), timeliness: dueDateTimeliness(c, asOf), eventIds: dueDateEvents(c, asOf) })));
    case 'finalReplyDays':
      return daysSelection(address, started.map((c) => judgedFinalReply(c, c.finalReplyDays, asOf)));
    case 'overdueAtPeriodEnd':
      return overdueSelection(address, scope.facts.clocks, earlierInstant(bounds.end, asOf));
    case 'answerRate':
      return answerRateSelection(address, closed, asOf);
    case 'positiveShare':
      return positiveShareSelection(address, closed, asOf);
  }
}

export function judgedFinalReply(clock: ClockRecord, termDays: number, asOf: Instant): JudgedFact {
  return { ref: clockRef(clock), timeliness: finalReplyTimeliness(clock, termDays, asOf), eventIds: finalReplyEvents(clock, asOf) };
}

export function judgedTakeCharge(routing: RoutingRecord, termDays: number, asOf: Instant): JudgedFact {
  return { ref: routingRef(routing), timeliness: takeChargeTimeliness(routing, termDays, asOf), eventIds: takeChargeEvents(routing, asOf) };
}

/** Routings that needed a reminder / routings made. */
export function reminderShareSelection(address: string, routed: readonly RoutingRecord[]): FigureSelection {
  const contributions = routed.map((r) => {
    const reminded = r.reminderEventIds.length > 0;
    return contribution(routingRef(r), reminded ? 'reminded' : 'not_reminded', reminded, [r.routedEventId, ...r.reminderEventIds]);
  });
  return shareOf(address, contributions);
}

/** Open and past the due date at the period's end (or asOf, if sooner). */
function overdueSelection(address: string, clocks: readonly ClockRecord[], at: Instant): FigureSelection {
  const overdue = clocks.filter((c) => isOverdueAt(c, at));
  return countOf(address, overdue.map((c) => contribution(clockRef(c), 'overdue', true, [c.startedEventId, ...c.extensionEventIds, c.overdueEventId])));
}
