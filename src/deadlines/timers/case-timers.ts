/**
 * The timers of one case: when the process manager should next look at it, read from the
 * case decider's state with the same functions the decider uses to decide, so a timer is
 * due exactly when the decider would record something.
 */
import { finalReplyAlarms, takeChargeReminderAt, type CaseState } from '../../domain';
import type { Instant } from '../../shared/rome-time';

export interface CaseTimers {
  /** The next reminder to the sector, while it has not taken charge. */
  reminderAt: Instant | null;
  /** The start of the due-soon window, until warned (or marked overdue) for the current due date. */
  dueSoonAt: Instant | null;
  /** The end of the due date, until marked overdue for it. */
  overdueAt: Instant | null;
}

export const NO_TIMERS: CaseTimers = Object.freeze({ reminderAt: null, dueSoonAt: null, overdueAt: null });

/** Closed and merged cases have none; a suspended one keeps only its reminder timer. */
export function timersOf(state: CaseState): CaseTimers {
  if (state.status === 'none') return NO_TIMERS;
  const alarms = finalReplyAlarms(state);
  const { dueDate, dueSoonWarnedFor, overdueMarkedFor } = state.clock;
  const markedOverdue = overdueMarkedFor === dueDate;
  // Once overdue, a due-soon warning for the same date has nothing left to say.
  const dueSoonPending = !markedOverdue && dueSoonWarnedFor !== dueDate;
  return {
    reminderAt: takeChargeReminderAt(state),
    dueSoonAt: alarms && dueSoonPending ? alarms.dueSoonFrom : null,
    overdueAt: alarms && !markedOverdue ? alarms.overdueFrom : null,
  };
}
