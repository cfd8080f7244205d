/**
 * Events of the office's category catalogue (one stream per category, `category-${code}`):
 * what citizens may write about, in the office's words, with the kinds each category takes
 * and the sector that usually answers (a routing suggestion, never an automatic routing).
 * Staff texts for the public: no personal data.
 */
import type { DomainEvent, Instant, RomeDate } from './event';
import type { CaseKind } from './vocabulary';

export const CATEGORY_STREAM_PREFIX = 'category-';

export function categoryStream(code: string): string {
  return `${CATEGORY_STREAM_PREFIX}${code}`;
}

/** A category as it reads from `effectiveFrom` (Europe/Rome day) on. */
export interface CategoryTerms {
  label: string;
  kinds: CaseKind[];
  /** The sector suggested for routing; null when the URP itself usually answers. */
  defaultSectorId: string | null;
  effectiveFrom: RomeDate;
}

/** A category entered the catalogue. */
export type CategoryAdded = DomainEvent<'CategoryAdded', CategoryTerms & { code: string; addedAt: Instant }>;

/** The label, the kinds or the suggested sector change from `effectiveFrom` on. */
export type CategoryRevised = DomainEvent<'CategoryRevised', CategoryTerms & { code: string; revisedAt: Instant }>;

/** From `effectiveFrom` on the category takes no new case; past cases keep it. */
export type CategoryRetired = DomainEvent<'CategoryRetired', { code: string; effectiveFrom: RomeDate; retiredAt: Instant }>;

export type CategoryEvent = CategoryAdded | CategoryRevised | CategoryRetired;
export type CategoryEventType = CategoryEvent['type'];

const categoryEventTypes: Record<CategoryEventType, true> = { CategoryAdded: true, CategoryRevised: true, CategoryRetired: true };

export const CATEGORY_EVENT_TYPES = Object.keys(categoryEventTypes) as readonly CategoryEventType[];
