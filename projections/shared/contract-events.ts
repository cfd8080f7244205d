/**
 * Typed views of stored events as the contracts describe them. The read side trusts the
 * contracts: the write side only appends what they allow, so a cast is all it takes.
 */
import { CASE_EVENT_TYPES, type CaseEvent, type CaseEventType, type Instant, type RecordedEvent, normalizeInstant } from '../../src/read-side';
import { isCanonicalInstant } from './canonical-instant';

const CASE_TYPES: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

/** The contract event of a case stream, or null for an event of any other kind. */
export function asCaseEvent(event: RecordedEvent): CaseEvent | null {
  return CASE_TYPES.has(event.type) ? ({ type: event.type, data: event.data } as CaseEvent) : null;
}

// A record, so the compiler names any new case event whose business time is not mapped.
const TIME_FIELD: { [Type in CaseEventType]: keyof Extract<CaseEvent, { type: Type }>['data'] & string } = {
  CaseReceived: 'receivedAt',
  CaseAcknowledged: 'acknowledgedAt',
  CaseClassified: 'classifiedAt',
  CaseReclassified: 'reclassifiedAt',
  CaseDirectedElsewhere: 'directedAt',
  CaseRouted: 'routedAt',
  CaseHandedBack: 'handedBackAt',
  CaseTakenInCharge: 'takenInChargeAt',
  TakeChargeReminderSent: 'sentAt',
  FinalReplyDueSoon: 'warnedAt',
  FinalReplyOverdue: 'markedAt',
  CitizenInformationRequested: 'requestedAt',
  CitizenInformationReceived: 'receivedAt',
  InterimReplySent: 'sentAt',
  FinalReplyDeadlineExtended: 'extendedAt',
  FinalReplyDrafted: 'draftedAt',
  FinalReplySent: 'sentAt',
  CaseClosed: 'closedAt',
  CaseReopened: 'reopenedAt',
  SatisfactionFeedbackGiven: 'givenAt',
  CaseMerged: 'mergedAt',
  CaseUnmerged: 'unmergedAt',
  CaseDuplicateAttached: 'attachedAt',
  CaseDuplicateDetached: 'detachedAt',
};

/** When the fact happened (business time from the data), in canonical UTC form. */
export function occurredAt(event: CaseEvent): Instant {
  const field = TIME_FIELD[event.type];
  const instant = (event.data as Record<string, unknown>)[field] as Instant;
  return isCanonicalInstant(instant) ? instant : normalizeInstant(instant);
}
