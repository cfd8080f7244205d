/**
 * Events of a FAQ entry stream (`faq-${faqId}`): the questions citizens ask most often and
 * the answers the URP has prepared [002]. Staff texts for the public: no personal data.
 */
import type { DomainEvent, Instant } from './event';

export const FAQ_STREAM_PREFIX = 'faq-';

export function faqStream(faqId: string): string {
  return `${FAQ_STREAM_PREFIX}${faqId}`;
}

/** A question and its answer were published on the portal. */
export type FaqEntryPublished = DomainEvent<'FaqEntryPublished', { faqId: string; question: string; answer: string; publishedAt: Instant }>;

/** The question or the answer was rewritten (a new office hour, a new procedure). */
export type FaqEntryRevised = DomainEvent<'FaqEntryRevised', { faqId: string; question: string; answer: string; revisedAt: Instant }>;

/** The entry no longer holds and was taken off the portal. */
export type FaqEntryRetired = DomainEvent<'FaqEntryRetired', { faqId: string; retiredAt: Instant }>;

export type FaqEvent = FaqEntryPublished | FaqEntryRevised | FaqEntryRetired;
export type FaqEventType = FaqEvent['type'];

const faqEventTypes: Record<FaqEventType, true> = { FaqEntryPublished: true, FaqEntryRevised: true, FaqEntryRetired: true };

export const FAQ_EVENT_TYPES = Object.keys(faqEventTypes) as readonly FaqEventType[];
