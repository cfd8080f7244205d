/** The event type names of each stream family, for subscription filters and exhaustive checks. */
import type { CaseEventType } from './case-events';
import type { CharterEventType } from './charter-events';
import type { MessageEventType } from './message-events';
import type { ReferenceEventType } from './reference-events';
import type { SectorEventType } from './sector-events';

// Written as records so the compiler fails when a type is added to a union and not here.
const caseEventTypes: Record<CaseEventType, true> = {
  CaseReceived: true,
  CaseAcknowledged: true,
  CaseClassified: true,
  CaseReclassified: true,
  CaseDirectedElsewhere: true,
  CaseRouted: true,
  CaseHandedBack: true,
  CaseTakenInCharge: true,
  TakeChargeReminderSent: true,
  FinalReplyDueSoon: true,
  FinalReplyOverdue: true,
  CitizenInformationRequested: true,
  CitizenInformationReceived: true,
  InterimReplySent: true,
  FinalReplyDeadlineExtended: true,
  FinalReplyDrafted: true,
  FinalReplySent: true,
  CaseClosed: true,
  CaseReopened: true,
  SatisfactionFeedbackGiven: true,
  CaseMerged: true,
  CaseUnmerged: true,
  CaseDuplicateAttached: true,
  CaseDuplicateDetached: true,
};

const sectorEventTypes: Record<SectorEventType, true> = {
  SectorEstablished: true,
  SectorReferentAppointed: true,
  SectorReferentRemoved: true,
  SectorRenamed: true,
  SectorDissolved: true,
};

const charterEventTypes: Record<CharterEventType, true> = {
  CharterStandardAdopted: true,
  CharterStandardRevised: true,
  CharterStandardRetired: true,
};

const referenceEventTypes: Record<ReferenceEventType, true> = {
  ReferenceNumberReserved: true,
};

const messageEventTypes: Record<MessageEventType, true> = {
  MessageDelivered: true,
  MessageDeliveryFailed: true,
};

export const CASE_EVENT_TYPES = Object.keys(caseEventTypes) as readonly CaseEventType[];
export const SECTOR_EVENT_TYPES = Object.keys(sectorEventTypes) as readonly SectorEventType[];
export const CHARTER_EVENT_TYPES = Object.keys(charterEventTypes) as readonly CharterEventType[];
export const REFERENCE_EVENT_TYPES = Object.keys(referenceEventTypes) as readonly ReferenceEventType[];
export const MESSAGE_EVENT_TYPES = Object.keys(messageEventTypes) as readonly MessageEventType[];
