/**
 * Where a final-reply clock stands on a given Rome day. Computed when asked, never stored:
 * it changes every midnight without any event. Same rules as the write side's deadlines:
 * a due date is inclusive, overdue from the midnight that ends it, due soon within
 * `dueSoonDays` calendar days of it, and a suspended clock is neither.
 */
import { type RomeDate, calendarDaysBetween } from '../../src/read-side';

export const SLA_STATES = ['on_time', 'due_soon', 'overdue', 'suspended'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface FinalReplyClockFacts {
  dueDate: RomeDate;
  dueSoonDays: number;
  suspended: boolean;
}

export interface FinalReplyStanding {
  /** Calendar days from today to the due date: 0 on the day, negative once past. */
  daysLeft: number;
  slaState: SlaState;
}

export function finalReplyStanding(clock: FinalReplyClockFacts, today: RomeDate): FinalReplyStanding {
  const daysLeft = calendarDaysBetween(today, clock.dueDate);
  return { daysLeft, slaState: slaStateOf(clock, daysLeft) };
}

function slaStateOf(clock: FinalReplyClockFacts, daysLeft: number): SlaState {
  if (clock.suspended) return 'suspended';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= clock.dueSoonDays ? 'due_soon' : 'on_time';
}
