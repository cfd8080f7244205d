/**
 * Europe/Rome calendar arithmetic, pure and with Intl only.
 *
 * The law and the charter count deadlines in calendar days in Rome, so a deadline is a
 * Rome calendar date ('YYYY-MM-DD'), never a number of milliseconds: adding 30 days
 * across a DST change must land on the same wall-clock date, not one hour off.
 * Instants are ISO-8601 strings (the form commands and events carry them in).
 */

/** A calendar date in Europe/Rome, 'YYYY-MM-DD'. Compares correctly as a string. */
export type RomeDate = string;

/** An ISO-8601 instant, e.g. '2026-03-01T09:30:00.000Z'. */
export type Instant = string;

const DAY_MS = 24 * 60 * 60 * 1000;
const ROME_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date and a time, then Z or an explicit offset: a bare local time would be ambiguous.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// Formatters are costly to build and safe to share.
const romeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

export function isRomeDate(value: unknown): value is RomeDate {
  if (typeof value !== 'string') return false;
  const match = ROME_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip.
  return formatUtcDate(Date.UTC(year, month - 1, day)) === value;
}

/** The same instant in the canonical UTC form, so that events compare and sort as strings. */
export function normalizeInstant(instant: Instant): Instant {
  return new Date(toMillis(instant)).toISOString();
}

/** The Rome calendar date an instant falls on. */
export function romeDate(instant: Instant | Date): RomeDate {
  const parts = wallClockInRome(toMillis(instant));
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** The Rome calendar year an instant falls in. */
export function romeYear(instant: Instant | Date): number {
  return wallClockInRome(toMillis(instant)).year;
}

export function addCalendarDays(date: RomeDate, days: number): RomeDate {
  const { year, month, day } = parseRomeDate(date);
  return formatUtcDate(Date.UTC(year, month - 1, day + days));
}

/** Whole calendar days from `from` to `to`: negative when `to` comes first. */
export function calendarDaysBetween(from: RomeDate, to: RomeDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The instant a Rome calendar day begins (midnight in Rome: 23:00Z in winter, 22:00Z in summer). */
export function startOfRomeDay(date: RomeDate): Instant {
  return new Date(romeMidnightMillis(date)).toISOString();
}

/**
 * The instant a Rome calendar day ends, exclusive: the midnight that begins the next
 * day. Something due "by 15 March" is late from endOfRomeDay('…-03-15') on.
 */
export function endOfRomeDay(date: RomeDate): Instant {
  return startOfRomeDay(addCalendarDays(date, 1));
}

export function firstDayOfYear(year: number): RomeDate {
  return `${pad(year, 4)}-01-01`;
}

export function lastDayOfYear(year: number): RomeDate {
  return `${pad(year, 4)}-12-31`;
}

export function earlierDate(a: RomeDate, b: RomeDate): RomeDate {
  return a <= b ? a : b;
}

export function laterDate(a: RomeDate, b: RomeDate): RomeDate {
  return a >= b ? a : b;
}

export function isBefore(a: Instant, b: Instant): boolean {
  return toMillis(a) < toMillis(b);
}

function toMillis(instant: Instant | Date): number {
  const millis = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(millis)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return millis;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockInRome(millis: number): WallClock {
  const wall = new Date(millis + romeOffsetMillis(millis));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const HOUR_MILLIS = 60 * 60 * 1000;
const offsetByUtcHour = new Map<number, number>();

/**
 * Rome's offset from UTC at an instant, in milliseconds (1h in winter, 2h in summer).
 * Rome's offset is a whole number of hours and has only ever changed on a whole UTC hour,
 * so it is asked of Intl once per UTC hour and remembered: reports convert hundreds of
 * thousands of instants, and formatToParts was most of their time (bench/reports).
 */
function romeOffsetMillis(millis: number): number {
  const hour = Math.floor(millis / HOUR_MILLIS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    offset = offsetFromIntl(hour * HOUR_MILLIS);
    if (offsetByUtcHour.size >= 200_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

function offsetFromIntl(millis: number): number {
  const parts = Object.fromEntries(
    romeParts.formatToParts(new Date(millis)).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const wallAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wallAsUtc - millis;
}

function romeMidnightMillis(date: RomeDate): number {
  const wallMidnight = utcMidnight(date);
  // Rome changes its clocks at 01:00 UTC, so no change falls between its midnight
  // (22:00 or 23:00 UTC the evening before) and 00:00 UTC: the offset read at 00:00 UTC
  // of the same date is the offset in force at Rome's midnight.
  return wallMidnight - romeOffsetMillis(wallMidnight);
}

function parseRomeDate(date: RomeDate): { year: number; month: number; day: number } {
  if (!isRomeDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function utcMidnight(date: RomeDate): number {
  const { year, month, day } = parseRomeDate(date);
  return Date.UTC(year, month - 1, day);
}

function formatUtcDate(millis: number): string {
  const d = new Date(millis);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
