/**
 * Stream names. One stream per case, per sector, per charter standard, and one
 * reference counter per year. The prefixes are what subscriptions filter on.
 */
export const CASE_STREAM_PREFIX = 'case-';
export const SECTOR_STREAM_PREFIX = 'sector-';
export const CHARTER_STANDARD_STREAM_PREFIX = 'charter-standard-';
export const REFERENCE_COUNTER_STREAM_PREFIX = 'reference-counter-';

export function caseStream(caseId: string): string {
  return `${CASE_STREAM_PREFIX}${caseId}`;
}

export function sectorStream(sectorId: string): string {
  return `${SECTOR_STREAM_PREFIX}${sectorId}`;
}

export function charterStandardStream(standardId: string): string {
  return `${CHARTER_STANDARD_STREAM_PREFIX}${standardId}`;
}

export function referenceCounterStream(year: number): string {
  return `${REFERENCE_COUNTER_STREAM_PREFIX}${year}`;
}
