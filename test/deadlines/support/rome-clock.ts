/** Instants the specs act at: hours of a Rome calendar day (DST included). */
import { startOfRomeDay, type Instant, type RomeDate } from '../../../src/shared/rome-time';

const HOUR_MS = 60 * 60 * 1000;

/** `hours` after the Rome midnight that starts `day`: 7 is 07:00, except on the two days the clocks change. */
export function romeTime(day: RomeDate, hours: number): Instant {
  return new Date(Date.parse(startOfRomeDay(day)) + hours * HOUR_MS).toISOString();
}

/** Every process manager tick of the specs: early in the morning, before the office opens. */
export const TICK_HOUR = 7;
/** The office works from 08:30 to 18:00. */
export const OFFICE_OPENS = 8.5;
export const OFFICE_CLOSES = 18;
