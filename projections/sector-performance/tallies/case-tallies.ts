/**
 * The yearly report's figures as tallies: each clock and routing of a case adds counts to
 * keys (what, Rome day, sector, kind, detail), and every figure of the quality report is a
 * sum over keys (charter-compliance/compute/quality-report-from-tallies.ts).
 *
 * A clock once closed and a routing once ended add counts that no later instant changes,
 * so the projection keeps their sums per event (tally-store.ts). A clock still open and a
 * routing still waiting depend on the instant the report is made (a reply not sent turns
 * late once its term runs out): the report reads those few rows and adds their counts as
 * of then. The rules are the ones compute/timeliness.ts and compute/period-end.ts apply to
 * single records; test/reports proves both ways give the same report figure by figure.
 */
import { type Instant, firstDayOfYear, lastDayOfYear, romeDate, romeYear } from '../../../src/read-side';
import type { CaseFacts, ClockRecord, RoutingRecord } from '../facts/case-facts';
import { calendarDaysFrom, earlierInstant, happenedBy } from '../compute/instants';
import { isOverdueAt } from '../compute/period-end';
import { netClockDays } from '../compute/timeliness';
import { PeriodBounds, periodBounds, yearPeriod } from '../compute/report-period';

export const TALLY_METRICS = {
  /** A case received (the clock started at receipt); detail: the channel. */
  receipt: 'receipt',
  /** A final reply sent; day: the clock's start; detail: the net days it took. */
  replied: 'replied',
  /** No final reply: the clock stopped (closed, waiting for the citizen) or runs still; detail: its net days so far. */
  unreplied: 'unreplied',
  /** A sector's final reply against the clock's own term; detail: within | late. */
  sectorReply: 'sector_reply',
  /** A take-charge; day: the routing; detail: the calendar days it took. */
  taken: 'taken',
  /** A routing not taken in charge, ended otherwise or still waiting; detail: its days so far. */
  notTaken: 'not_taken',
  /** A routing to a sector; with the reminders it needed. */
  routed: 'routed',
  remindersSent: 'reminders_sent',
  routingsReminded: 'routings_reminded',
  /** A closure (a survey offered); day: the closure; detail: the score answered, '' for none. */
  closure: 'closure',
  /** Overdue at the end of a year (day: 31 December), or at the instant of the report. */
  overdue: 'overdue',
  /** A sector the year's facts name (day: 1 January). */
  named: 'named',
} as const;

/** A tally key, one string: metric|day|sector|kind|detail ('' for none). */
export type TallyKey = string;
export type Tallies = Map<TallyKey, number>;

export interface TallyKeyParts {
  metric: string;
  day: string;
  sector: string;
  kind: string;
  detail: string;
}

export function tallyKey(parts: TallyKeyParts): TallyKey {
  return `${parts.metric}|${parts.day}|${parts.sector}|${parts.kind}|${parts.detail}`;
}

export function tallyKeyParts(key: TallyKey): TallyKeyParts {
  const [metric, day, sector, kind, detail] = key.split('|');
  return { metric, day, sector, kind, detail };
}

export function addTally(tallies: Tallies, parts: TallyKeyParts, count = 1): void {
  if (count === 0) return;
  const key = tallyKey(parts);
  tallies.set(key, (tallies.get(key) ?? 0) + count);
}

/** Which records to count: the settled ones the projection keeps, the pending ones a report adds, or all. */
export type TallyScope = 'settled' | 'pending' | 'all';

/** Later than any event: a settled record's counts never look at the instant. */
export const END_OF_TIME: Instant = '9999-12-31T23:00:00.000Z';

export function isSettledClock(clock: { closedAt: Instant | null }): boolean {
  return clock.closedAt !== null;
}

export function isSettledRouting(routing: { endedAt: Instant | null }): boolean {
  return routing.endedAt !== null;
}

/** The counts of one case's clocks and routings in scope, as of `asOf` (settled records ignore it). */
export function caseTallies(facts: CaseFacts, scope: TallyScope, asOf: Instant, into: Tallies = new Map()): Tallies {
  const { reference, kind, channel, receivedAt, mergedAt } = facts.case;
  for (const clock of facts.clocks) {
    if (inScope(isSettledClock(clock), scope)) clockTallies({ ...clock, reference, kind, channel, receivedAt, mergedAt }, asOf, into);
  }
  for (const routing of facts.routings) {
    if (inScope(isSettledRouting(routing), scope)) routingTallies({ ...routing, reference, kind, channel, mergedAt }, asOf, into);
  }
  return into;
}

function inScope(settled: boolean, scope: TallyScope): boolean {
  return scope === 'all' || (scope === 'settled') === settled;
}

export function clockTallies(clock: ClockRecord, asOf: Instant, into: Tallies): void {
  const day = romeDate(clock.startedAt);
  const sector = clock.sectorId ?? '';
  const kind = clock.kind ?? '';
  if (clock.startedBy === 'received') addTally(into, { metric: TALLY_METRICS.receipt, day, sector, kind, detail: clock.channel });
  const reply = replyOutcome(clock, asOf);
  if (reply) {
    addTally(into, { metric: reply.replied ? TALLY_METRICS.replied : TALLY_METRICS.unreplied, day, sector: '', kind, detail: String(reply.days) });
    if (clock.sectorId !== null) {
      const late = reply.days > clock.finalReplyDays;
      // Not replied and still within its term: undecided, in no share.
      if (reply.replied || late) addTally(into, { metric: TALLY_METRICS.sectorReply, day, sector, kind: '', detail: late ? 'late' : 'within' });
    }
  }
  // As the report's survey does: a closure in the period, whenever the report is made.
  if (clock.closedAt !== null) {
    const answered = clock.feedbackScore !== null && happenedBy(clock.feedbackAt, asOf);
    addTally(into, { metric: TALLY_METRICS.closure, day: romeDate(clock.closedAt), sector: '', kind, detail: answered ? String(clock.feedbackScore) : '' });
  }
  for (const year of yearsConcerned(clock, asOf)) {
    if (clock.sectorId !== null) addTally(into, { metric: TALLY_METRICS.named, day: firstDayOfYear(year), sector, kind: '', detail: '' });
    const at = earlierInstant(yearBounds(year).end, asOf);
    if (clock.sectorId !== null && isOverdueAt(clock, at)) addTally(into, { metric: TALLY_METRICS.overdue, day: lastDayOfYear(year), sector, kind: '', detail: '' });
  }
}

/**
 * As finalReplyTimeliness (compute/timeliness.ts) sees the clock, whatever the term: a reply
 * sent took `days`; otherwise the clock counted `days` until it stopped or until `asOf`,
 * late against any shorter term. Null when a merge made it undecided.
 */
function replyOutcome(clock: ClockRecord, asOf: Instant): { replied: boolean; days: number } | null {
  if (happenedBy(clock.finalReplyAt, asOf)) return { replied: true, days: netClockDays(clock, clock.finalReplyAt) };
  if (happenedBy(clock.mergedAt, asOf)) return null;
  const stops = [clock.closedAt, clock.suspendedSince].filter((instant): instant is Instant => happenedBy(instant, asOf));
  const stop = stops.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? asOf;
  return { replied: false, days: netClockDays(clock, stop) };
}

/**
 * The years whose report reads this clock (facts-reader.ts): from the year it started to the
 * year it was closed or reopened; while open, to the year of `asOf`, unless merged before.
 */
function yearsConcerned(clock: ClockRecord, asOf: Instant): number[] {
  const first = romeYear(clock.startedAt);
  const last =
    clock.closedAt !== null
      ? Math.max(romeYear(clock.closedAt), clock.reopenedAt === null ? 0 : romeYear(clock.reopenedAt))
      : romeYear(asOf === END_OF_TIME ? clock.startedAt : asOf);
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    if (clock.closedAt === null && clock.mergedAt !== null && Date.parse(clock.mergedAt) < Date.parse(yearBounds(year).start)) continue;
    years.push(year);
  }
  return years;
}

// A report counts a few thousand open clocks on each request: the years' bounds are computed once.
const boundsOfYear = new Map<number, PeriodBounds>();
function yearBounds(year: number): PeriodBounds {
  let bounds = boundsOfYear.get(year);
  if (!bounds) boundsOfYear.set(year, (bounds = periodBounds(yearPeriod(year))));
  return bounds;
}

export function routingTallies(routing: RoutingRecord, asOf: Instant, into: Tallies): void {
  const day = romeDate(routing.routedAt);
  const sector = routing.sectorId;
  const kind = routing.kind ?? '';
  addTally(into, { metric: TALLY_METRICS.named, day: firstDayOfYear(romeYear(routing.routedAt)), sector, kind: '', detail: '' });
  addTally(into, { metric: TALLY_METRICS.routed, day, sector, kind: '', detail: '' });
  addTally(into, { metric: TALLY_METRICS.remindersSent, day, sector, kind: '', detail: '' }, routing.reminderEventIds.length);
  if (routing.reminderEventIds.length > 0) addTally(into, { metric: TALLY_METRICS.routingsReminded, day, sector, kind: '', detail: '' });
  // As takeChargeTimeliness does, whatever the term.
  if (happenedBy(routing.takenInChargeAt, asOf)) {
    addTally(into, { metric: TALLY_METRICS.taken, day, sector: '', kind, detail: String(calendarDaysFrom(routing.routedAt, routing.takenInChargeAt)) });
  } else if (!happenedBy(routing.mergedAt, asOf)) {
    const stop = happenedBy(routing.endedAt, asOf) ? routing.endedAt : asOf;
    addTally(into, { metric: TALLY_METRICS.notTaken, day, sector: '', kind, detail: String(calendarDaysFrom(routing.routedAt, stop)) });
  }
}

/** after − before, zeros left out: what one batch changes. */
export function tallyDelta(before: Tallies, after: Tallies): Tallies {
  const delta: Tallies = new Map();
  for (const [key, count] of after) delta.set(key, count - (before.get(key) ?? 0));
  for (const [key, count] of before) if (!after.has(key)) delta.set(key, -count);
  for (const [key, count] of delta) if (count === 0) delta.delete(key);
  return delta;
}
