/**
 * Where the clocks stood at the end of a period: open (not closed, not merged) and, among
 * them, overdue (the due date ended with no final reply). The due date read is the clock's
 * latest one: an extension granted after the period's end moves it back in time too.
 */
import { type Instant, endOfRomeDay } from '../../../src/read-side';
import type { ClockRecord } from '../facts/case-facts';
import { atOrBefore, before } from './instants';

/** Open at the instant: started before it, neither closed nor merged before it. */
export function isOpenAt(clock: ClockRecord, at: Instant): boolean {
  return before(clock.startedAt, at) && !happenedBefore(clock.closedAt, at) && !happenedBefore(clock.mergedAt, at);
}

/** Open, not answered, not waiting for the citizen, and past the end of its due date. */
export function isOverdueAt(clock: ClockRecord, at: Instant): boolean {
  return (
    isOpenAt(clock, at) &&
    !happenedBefore(clock.finalReplyAt, at) &&
    !happenedBefore(clock.suspendedSince, at) &&
    atOrBefore(endOfRomeDay(clock.dueDate), at)
  );
}

function happenedBefore(instant: Instant | null, at: Instant): boolean {
  return instant !== null && before(instant, at);
}
