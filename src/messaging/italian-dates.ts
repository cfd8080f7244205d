/** Dates as an Italian office writes them, on the Rome calendar. */
const LONG_DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: 'numeric', month: 'long', year: 'numeric' });

/** '2026-04-01' -> 'mercoledì 1 aprile 2026' (a Rome calendar date, read at Rome noon). */
export function longRomeDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T10:00:00Z`));
}

/** An instant -> its Rome calendar date, '2 marzo 2026'. */
export function romeDayOf(instant: string): string {
  return SHORT_DATE.format(new Date(instant));
}
