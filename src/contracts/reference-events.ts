/** Events of a reference counter stream (`reference-counter-${year}`): one per year, numbers never reused. */
import type { DomainEvent, Instant } from './event';

/** The next number of the year was given to a case, e.g. 'URP-2026-000123'. */
export type ReferenceNumberReserved = DomainEvent<
  'ReferenceNumberReserved',
  { year: number; sequence: number; reference: string; caseId: string; reservedAt: Instant }
>;

export type ReferenceEvent = ReferenceNumberReserved;

export type ReferenceEventType = ReferenceEvent['type'];

/** The form of a reference number: 'URP-', the year, '-', six digits. */
export const REFERENCE_PATTERN = /^URP-(\d{4})-(\d{6})$/;
