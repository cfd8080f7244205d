/**
 * Whether a step came in time. A step done is within or late by the days it took. A step
 * not done is late once its term has run out (the citizen is already waiting too long);
 * until then, or when the wait ended otherwise (merged, handed back in time), it is
 * undecided and counts in no share.
 */
import { type Instant, endOfRomeDay } from '../../../src/read-side';
import type { ClockRecord, RoutingRecord } from '../facts/case-facts';
import { atOrBefore, calendarDaysFrom, happenedBy } from './instants';

export type TimelinessStatus = 'within' | 'late' | 'undecided';

export interface Timeliness {
  status: TimelinessStatus;
  /** Calendar days the step took, when it was done. */
  days: number | null;
}

const UNDECIDED: Timeliness = { status: 'undecided', days: null };
const LATE_NOT_DONE: Timeliness = { status: 'late', days: null };

/** Days from the clock's start to `to`, less the days it stood still waiting for the citizen. */
export function netClockDays(clock: ClockRecord, to: Instant): number {
  return calendarDaysFrom(clock.startedAt, to) - clock.suspendedDays;
}

/** The final reply against a term in calendar days (the case's own term, or a standard's target). */
export function finalReplyTimeliness(clock: ClockRecord, termDays: number, asOf: Instant): Timeliness {
  if (happenedBy(clock.finalReplyAt, asOf)) return judged(netClockDays(clock, clock.finalReplyAt), termDays);
  if (happenedBy(clock.mergedAt, asOf)) return UNDECIDED;
  // A stopped clock stops counting: at a closure without reply, or while waiting for the citizen.
  const stop = firstHappened([clock.closedAt, clock.suspendedSince], asOf) ?? asOf;
  return netClockDays(clock, stop) > termDays ? LATE_NOT_DONE : UNDECIDED;
}

/** The take-charge of one routing against a term in calendar days. */
export function takeChargeTimeliness(routing: RoutingRecord, termDays: number, asOf: Instant): Timeliness {
  if (happenedBy(routing.takenInChargeAt, asOf)) return judged(calendarDaysFrom(routing.routedAt, routing.takenInChargeAt), termDays);
  if (happenedBy(routing.mergedAt, asOf)) return UNDECIDED;
  const stop = happenedBy(routing.endedAt, asOf) ? routing.endedAt : asOf;
  return calendarDaysFrom(routing.routedAt, stop) > termDays ? LATE_NOT_DONE : UNDECIDED;
}

/**
 * The final reply against the clock's due date, extensions included: the write side's own
 * verdict when a reply was sent, otherwise late once the due date has ended.
 */
export function dueDateTimeliness(clock: ClockRecord, asOf: Instant): Timeliness {
  if (happenedBy(clock.finalReplyAt, asOf)) {
    return { status: clock.finalReplyWithinDueDate ? 'within' : 'late', days: netClockDays(clock, clock.finalReplyAt) };
  }
  // A merged case is answered with the other; a suspended clock's due date is still to move.
  if (happenedBy(clock.mergedAt, asOf) || happenedBy(clock.suspendedSince, asOf)) return UNDECIDED;
  const stop = happenedBy(clock.closedAt, asOf) ? clock.closedAt : asOf;
  return atOrBefore(endOfRomeDay(clock.dueDate), stop) ? LATE_NOT_DONE : UNDECIDED;
}

function judged(days: number, termDays: number): Timeliness {
  return { status: days <= termDays ? 'within' : 'late', days };
}

function firstHappened(instants: readonly (Instant | null)[], asOf: Instant): Instant | null {
  const happened = instants.filter((instant): instant is Instant => happenedBy(instant, asOf));
  return happened.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
}
