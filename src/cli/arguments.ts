/** Option parsers: each refuses a bad value with a message naming the rule (commander prints it, exit 2). */
import { InvalidArgumentError } from 'commander';
import { isRomeDate, type RomeDate } from '../shared/rome-time';

export function year(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 2000 || parsed > 2100) throw new InvalidArgumentError('a year from 2000 to 2100 is needed.');
  return parsed;
}

export function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('a whole number of at least 1 is needed.');
  return parsed;
}

export function romeDate(value: string): RomeDate {
  if (!isRomeDate(value)) throw new InvalidArgumentError('a date YYYY-MM-DD is needed.');
  return value;
}

export function isoInstant(value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('an ISO-8601 instant is needed.');
  return new Date(value).toISOString();
}

export function publishedHead(value: string): { sequence: number; hash: string } {
  const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(value);
  if (!match) throw new InvalidArgumentError('<sequence>:<64 hex digits> is needed.');
  return { sequence: Number(match[1]), hash: match[2].toLowerCase() };
}
