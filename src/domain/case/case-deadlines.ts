/**
 * The case's two clocks, in Europe/Rome calendar days.
 *
 * Final reply: due `finalReplyDays` after the date of receipt (or of reopening); a
 * motivated extension replaces the due date with the one told to the citizen; every
 * suspension (waiting for the citizen's information) moves it later by the whole calendar
 * days between the request and the answer. A due date is inclusive: a reply sent any time
 * on that Rome day is on time, and the case is overdue from the midnight that ends it.
 *
 * Take charge: the sector has `takeChargeDays` after the date of routing (inclusive); the
 * first reminder is due the day after, then every `reminderRepeatDays` after the last
 * reminder. Routing again restarts it; taking charge stops it.
 */
import type { FinalReplyTerms, Instant, RomeDate, TakeChargeTerms } from '../../contracts';
import { addCalendarDays, calendarDaysBetween, endOfRomeDay, isBefore, romeDate, startOfRomeDay } from '../../shared/rome-time';
import type { CaseState, FinalReplyClock } from './case-state';

/** Where the final-reply clock stands at an instant. */
export type FinalReplySla = 'on_time' | 'due_soon' | 'overdue' | 'suspended';

// ---- Arithmetic the decider records in events -------------------------------------------

/** The due date of a clock started on `startDate`, after `suspendedDays` of completed suspensions. */
export function finalReplyDueDateFrom(startDate: RomeDate, terms: FinalReplyTerms, suspendedDays = 0): RomeDate {
  return addCalendarDays(startDate, terms.finalReplyDays + suspendedDays);
}

/**
 * Whole Rome calendar days a suspension lasted: asked on the 10th, answered on the 12th
 * is 2 days, whatever the hours; asked and answered the same day is 0.
 */
export function suspendedCalendarDays(suspendedAt: Instant, resumedAt: Instant): number {
  return Math.max(0, calendarDaysBetween(romeDate(suspendedAt), romeDate(resumedAt)));
}

/** The last day for the sector to take charge. */
export function takeChargeDueDateFrom(routedAt: Instant, terms: TakeChargeTerms): RomeDate {
  return addCalendarDays(romeDate(routedAt), terms.takeChargeDays);
}

/** A due date is missed from the midnight (Rome) that ends it. */
export function isPastDueDate(dueDate: RomeDate, at: Instant): boolean {
  return !isBefore(at, endOfRomeDay(dueDate));
}

/** Within `dueSoonDays` calendar days of the due date, and not past it. */
export function isDueSoon(dueDate: RomeDate, dueSoonDays: number, at: Instant): boolean {
  return !isPastDueDate(dueDate, at) && calendarDaysBetween(romeDate(at), dueDate) <= dueSoonDays;
}

// ---- Reading the clocks from the case state ----------------------------------------------

/** The running final-reply clock, or null when no reply is awaited (no case, closed, merged). */
export function runningFinalReplyClock(state: CaseState): FinalReplyClock | null {
  return state.status === 'none' || state.status === 'closed' || state.status === 'merged' ? null : state.clock;
}

/**
 * The final-reply due date as it stands. While suspended it does not yet include the
 * running suspension (its length is known only when the citizen answers): see
 * finalReplyDueDateAt for the date as if the citizen answered at a given instant.
 */
export function finalReplyDueDate(state: CaseState): RomeDate | null {
  return runningFinalReplyClock(state)?.dueDate ?? null;
}

/** The due date if the running suspension, if any, ended at `at`. */
export function finalReplyDueDateAt(clock: FinalReplyClock, at: Instant): RomeDate {
  return clock.suspendedSince === null
    ? clock.dueDate
    : addCalendarDays(clock.dueDate, suspendedCalendarDays(clock.suspendedSince, at));
}

export function finalReplySlaAt(state: CaseState, at: Instant): FinalReplySla | null {
  const clock = runningFinalReplyClock(state);
  if (clock === null) return null;
  if (clock.suspendedSince !== null) return 'suspended';
  if (isPastDueDate(clock.dueDate, at)) return 'overdue';
  if (isDueSoon(clock.dueDate, clock.terms.dueSoonDays, at)) return 'due_soon';
  return 'on_time';
}

/**
 * When the process manager should look again: the start of the due-soon window and the
 * end of the due date. Null while nothing can fall due (no clock, or suspended).
 */
export function finalReplyAlarms(state: CaseState): { dueSoonFrom: Instant; overdueFrom: Instant } | null {
  const clock = runningFinalReplyClock(state);
  if (clock === null || clock.suspendedSince !== null) return null;
  return {
    dueSoonFrom: startOfRomeDay(addCalendarDays(clock.dueDate, -clock.terms.dueSoonDays)),
    overdueFrom: endOfRomeDay(clock.dueDate),
  };
}

/** The last day for the sector to take charge, or null when no sector is awaited. */
export function takeChargeDueDate(state: CaseState): RomeDate | null {
  return state.status === 'routed' && state.routing ? state.routing.takeChargeDueDate : null;
}

/**
 * The Rome date from which the next reminder to the sector is due, or null when none is
 * (not routed, or already taken in charge, or closed).
 */
export function takeChargeReminderDate(state: CaseState): RomeDate | null {
  if (state.status !== 'routed' || state.routing === null) return null;
  const { lastReminderDate, takeChargeDueDate: due, terms } = state.routing;
  return lastReminderDate === null ? addCalendarDays(due, 1) : addCalendarDays(lastReminderDate, terms.reminderRepeatDays);
}

/** The instant the next reminder falls due (start of its Rome day), for scheduling. */
export function takeChargeReminderAt(state: CaseState): Instant | null {
  const date = takeChargeReminderDate(state);
  return date === null ? null : startOfRomeDay(date);
}

export function isReminderDue(state: CaseState, at: Instant): boolean {
  const date = takeChargeReminderDate(state);
  return date !== null && romeDate(at) >= date;
}
