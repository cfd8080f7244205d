/** Checks on command data shared by every decider; each returns the value in the form events keep. */
import { isInstant, isRomeDate, normalizeInstant, type Instant, type RomeDate } from '../../shared/rome-time';
import { DomainError } from './domain-error';

/** A text that must say something: trimmed, never blank. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('TEXT_REQUIRED', `'${field}' must be a non-empty text`, { field });
  }
  return value.trim();
}

/** An optional text: trimmed, and null when absent or blank (events never hold undefined). */
export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function requireInstant(value: unknown, field: string): Instant {
  if (!isInstant(value)) {
    throw new DomainError('INVALID_INSTANT', `'${field}' must be an ISO-8601 instant with a zone`, {
      field,
      value,
    });
  }
  return normalizeInstant(value);
}

export function requireRomeDate(value: unknown, field: string): RomeDate {
  if (!isRomeDate(value)) {
    throw new DomainError('INVALID_DATE', `'${field}' must be a calendar date YYYY-MM-DD`, { field, value });
  }
  return value;
}

export function requireOneOf<Value extends string>(value: unknown, allowed: readonly Value[], field: string): Value {
  if (!allowed.includes(value as Value)) {
    throw new DomainError('INVALID_VALUE', `'${field}' must be one of: ${allowed.join(', ')}`, {
      field,
      value,
      allowed,
    });
  }
  return value as Value;
}

export function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}
