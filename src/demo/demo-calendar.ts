/**
 * When things happen in the simulated comune: offices work Monday to Friday, not on the
 * national holidays, in office hours (Rome time); web forms and e-mails arrive at any hour.
 */
import { addCalendarDays, romeDate, startOfRomeDay, type RomeDate } from '../shared/rome-time';
import type { Prng } from './prng';

const MINUTE_MS = 60_000;

/** Fixed national holidays (month-day); Easter Monday moves and is left out. */
const HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];

const romeClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

export function isWorkingDay(date: RomeDate): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.includes(date.slice(5));
}

export function workingDayOnOrAfter(date: RomeDate): RomeDate {
  let day = date;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

/** The instant it is `hour:minute` in Rome on that date (DST included). */
export function atRomeTime(date: RomeDate, hour: number, minute = 0): Date {
  const midnight = Date.parse(startOfRomeDay(date));
  // Elapsed time from midnight differs from wall time on the two DST days: correct by the difference.
  const guess = new Date(midnight + (hour * 60 + minute) * MINUTE_MS);
  const [wallHour, wallMinute] = romeClock.format(guess).split(':').map(Number);
  const drift = (wallHour! * 60 + wallMinute!) - (hour * 60 + minute);
  return new Date(guess.getTime() - drift * MINUTE_MS);
}

/** A moment in office hours (8:30-13:00, and 14:00-17:00 less often) on the first working day from `date`. */
export function officeMoment(rng: Prng, date: RomeDate): Date {
  const day = workingDayOnOrAfter(date);
  const morning = rng.chance(0.7);
  const minuteOfDay = morning ? rng.int(8 * 60 + 30, 12 * 60 + 59) : rng.int(14 * 60, 16 * 60 + 59);
  return atRomeTime(day, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
}

/** When a citizen writes (web form, e-mail, chat): mostly in the day, some in the evening, any day. */
export function anyHourMoment(rng: Prng, date: RomeDate): Date {
  const minuteOfDay = rng.chance(0.75) ? rng.int(8 * 60, 17 * 60 + 59) : rng.int(18 * 60, 22 * 60 + 59);
  return atRomeTime(date, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
}

/** The first office moment strictly after an instant, `days` calendar days later (0: same day if still open). */
export function officeMomentAfter(rng: Prng, after: Date, days: number): Date {
  const candidate = officeMoment(rng, addCalendarDays(romeDate(after), days));
  return candidate > after ? candidate : officeMoment(rng, addCalendarDays(romeDate(after), days + 1));
}

export function minutesAfter(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: RomeDate, to: RomeDate): RomeDate[] {
  const dates: RomeDate[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) dates.push(day);
  return dates;
}
