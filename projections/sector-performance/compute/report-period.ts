/**
 * The period a report covers: two Rome calendar days, both included. Asked for as
 * from/to, or by name: a year ('2026'), a quarter ('2026-Q1') or a month ('2026-03').
 */
import { type Instant, type RomeDate, addCalendarDays, endOfRomeDay, firstDayOfYear, isRomeDate, lastDayOfYear, startOfRomeDay } from '../../../src/read-side';

export interface ReportPeriod {
  from: RomeDate;
  /** Included. */
  to: RomeDate;
}

/** The instants a period covers: start included, end excluded (the midnight after `to`, in Rome). */
export interface PeriodBounds {
  start: Instant;
  end: Instant;
}

export const PERIOD_NAME_PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

export function yearPeriod(year: number): ReportPeriod {
  return { from: firstDayOfYear(year), to: lastDayOfYear(year) };
}

/** The period a name stands for, or null when the name is not a year, quarter or month. */
export function namedPeriod(name: string): ReportPeriod | null {
  const match = PERIOD_NAME_PATTERN.exec(name);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return monthsPeriod(year, (Number(match[2]) - 1) * 3 + 1, 3);
  if (match[3]) return monthsPeriod(year, Number(match[3]), 1);
  return yearPeriod(year);
}

export function periodBounds(period: ReportPeriod): PeriodBounds {
  return { start: startOfRomeDay(period.from), end: endOfRomeDay(period.to) };
}

export function isValidPeriod(period: ReportPeriod): boolean {
  return isRomeDate(period.from) && isRomeDate(period.to) && period.from <= period.to;
}

function monthsPeriod(year: number, firstMonth: number, months: number): ReportPeriod {
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextFirst = firstMonth + months > 12 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + months).padStart(2, '0')}-01`;
  return { from, to: addCalendarDays(nextFirst, -1) };
}
