/**
 * Which data fields infrastructure encrypts before append, with the key of the citizen
 * named by the event's `citizenId` (crypto-shredding: erasing the key erases the data
 * everywhere, including in old events and backups, while the facts and times that
 * reports need stay readable).
 *
 * The rule: a citizen's identity and contacts; anything the citizen wrote; and every free
 * text staff write on a case (replies, questions, the routing note, the hand-back, extension
 * and reopening reasons), because such texts routinely quote the name, the address and the
 * citizen's own words. Reports count these facts; they never needed the texts.
 * Staff names (referents) are not citizens' data.
 */
import type { CaseEvent } from './case-events';
import type { CharterEvent } from './charter-events';
import type { CorrectiveActionEvent } from './corrective-action-events';
import type { ReferenceEvent } from './reference-events';
import type { SectorEvent } from './sector-events';

export type ContractEvent = CaseEvent | SectorEvent | CharterEvent | ReferenceEvent | CorrectiveActionEvent;
export type ContractEventType = ContractEvent['type'];

type DataOf<Type extends ContractEventType> = Extract<ContractEvent, { type: Type }>['data'];

/** Events with personal fields must say whose they are. */
type PersonalFields<Type extends ContractEventType> =
  DataOf<Type> extends { citizenId: string } ? readonly Exclude<keyof DataOf<Type>, 'citizenId' | 'caseId'>[] : readonly [];

export const PERSONAL_DATA_FIELDS: { readonly [Type in ContractEventType]: PersonalFields<Type> } = {
  CaseReceived: ['citizen', 'description', 'title', 'location', 'point', 'attachments'],
  CaseAcknowledged: [],
  // Staff texts about the office's own handling: no citizen's data.
  CorrectiveActionRecorded: [],
  CaseClassified: [],
  CaseReclassified: [],
  CaseDirectedElsewhere: ['message'],
  CaseRouted: ['note'],
  CaseHandedBack: ['reason'],
  CaseTakenInCharge: [],
  TakeChargeReminderSent: [],
  FinalReplyDueSoon: [],
  FinalReplyOverdue: [],
  CitizenInformationRequested: ['question'],
  CitizenInformationReceived: ['information'],
  InterimReplySent: ['text'],
  FinalReplyDeadlineExtended: ['reason'],
  FinalReplyDrafted: ['text'],
  FinalReplySent: ['text'],
  CaseClosed: [],
  CaseReopened: ['reason'],
  SatisfactionFeedbackGiven: ['comment'],
  CaseMerged: [],
  CaseUnmerged: [],
  CaseDuplicateAttached: [],
  CaseDuplicateDetached: [],
  SectorEstablished: [],
  SectorReferentAppointed: [],
  SectorReferentRemoved: [],
  SectorRenamed: [],
  SectorDissolved: [],
  CharterStandardAdopted: [],
  CharterStandardRevised: [],
  CharterStandardRetired: [],
  ReferenceNumberReserved: [],
};

/** The personal fields of an event type; none for a type these contracts do not know. */
export function personalDataFieldsOf(eventType: string): readonly string[] {
  return Object.hasOwn(PERSONAL_DATA_FIELDS, eventType)
    ? PERSONAL_DATA_FIELDS[eventType as ContractEventType]
    : [];
}
