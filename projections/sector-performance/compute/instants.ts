/** Comparing instants and counting Rome calendar days between them, the way deadlines count. */
import { type Instant, calendarDaysBetween, romeDate } from '../../../src/read-side';
import type { PeriodBounds } from './report-period';

export function atOrBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) <= Date.parse(b);
}

export function before(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}

export function earlierInstant(a: Instant, b: Instant): Instant {
  return before(a, b) ? a : b;
}

/** Start included, end excluded. */
export function within(instant: Instant | null, bounds: PeriodBounds): instant is Instant {
  return instant !== null && atOrBefore(bounds.start, instant) && before(instant, bounds.end);
}

/** Whole calendar days in Rome from one instant to a later one: the same day is 0. */
export function calendarDaysFrom(from: Instant, to: Instant): number {
  return calendarDaysBetween(romeDate(from), romeDate(to));
}

/** Null-safe "happened by then": an instant after `asOf` has not happened yet as far as a report as of then knows. */
export function happenedBy(instant: Instant | null, asOf: Instant): instant is Instant {
  return instant !== null && atOrBefore(instant, asOf);
}
