/**
 * What can be asked of a case. Plain objects: `type`, the case, who asks (`actor`), when
 * (`at`, from the application's clock), and the command's own data. Personal data arrives
 * in plain form; infrastructure encrypts it after the decision.
 */
import type { AttachmentRef, CaseKind, CaseOutcome, CaseTerms, Channel, CitizenDetails, GeoPoint, RomeDate } from '../../contracts';
import type { CommandEnvelope } from '../shared/actor';

type CaseCommandOf<Type extends string, Data = {}> = CommandEnvelope<Type> & { caseId: string } & Data;

/** Register a contact: an operator on any channel, or the citizen online ('web'). */
export type ReceiveCase = CaseCommandOf<
  'ReceiveCase',
  {
    /** Allocated by infrastructure from the year's reference counter before deciding. */
    reference: string;
    /** Pseudonymous id of the citizen, computed by infrastructure; names the encryption key. */
    citizenId: string;
    channel: Channel;
    kind?: CaseKind | null;
    subject?: string | null;
    citizen: CitizenDetails;
    description: string;
    location?: string | null;
    point?: GeoPoint | null;
    /** Files already checked and stored by infrastructure, named by hash. */
    attachments?: readonly AttachmentRef[];
    /** When the contact arrived, if earlier than its registration (a letter, a voicemail). Default: `at`. */
    receivedAt?: string;
    /** The charter's terms for this kind at the date of receipt (see caseTermsAt). */
    terms: CaseTerms;
    /** The citizen's short title of the matter (sealed). */
    title?: string | null;
    /** The category's default sector (a routing suggestion), from the catalogue on the day of receipt. */
    suggestedSectorId?: string | null;
    /** The kinds the channel accepts under the policy in force at receipt; absent: the default policy. */
    acceptedKinds?: readonly CaseKind[];
  }
>;

/** Record that the acknowledgement with the reference number was sent. */
export type AcknowledgeCase = CaseCommandOf<'AcknowledgeCase', { channel: Channel }>;

/** Give the case its kind and subject, or correct them. */
export type ClassifyCase = CaseCommandOf<
  'ClassifyCase',
  {
    kind: CaseKind;
    subject?: string | null;
    /** Terms for the kind at the date the clock started. */
    terms: CaseTerms;
    /** The new category's default sector (a routing suggestion). */
    suggestedSectorId?: string | null;
    /** The kinds the case's channel accepted under the policy in force when it was received; absent: the default. */
    acceptedKinds?: readonly CaseKind[];
  }
>;

/** Tell the citizen the matter belongs to another body, and close. */
export type DirectCaseElsewhere = CaseCommandOf<
  'DirectCaseElsewhere',
  { otherBody: string; message: string; channel: Channel }
>;

/** Send the case to a sector (or redirect it before the sector takes charge). */
export type RouteCase = CaseCommandOf<
  'RouteCase',
  { sectorId: string; note?: string | null; /** Terms in force at the date of routing. */ terms: CaseTerms }
>;

/** The sector returns the case as not its own. */
export type HandBackCase = CaseCommandOf<'HandBackCase', { reason: string }>;

/** The sector takes charge of the case. */
export type TakeCaseInCharge = CaseCommandOf<'TakeCaseInCharge'>;

/** Chase the sector: by an operator at any time, or by the process manager when due. */
export type SendTakeChargeReminder = CaseCommandOf<'SendTakeChargeReminder'>;

/** Process manager: note that the final reply is due soon. */
export type WarnFinalReplyDueSoon = CaseCommandOf<'WarnFinalReplyDueSoon'>;

/** Process manager: note that the final reply is overdue. */
export type MarkFinalReplyOverdue = CaseCommandOf<'MarkFinalReplyOverdue'>;

/** Ask the citizen for missing information: stops the final-reply clock. */
export type RequestCitizenInformation = CaseCommandOf<
  'RequestCitizenInformation',
  { question: string; channel: Channel }
>;

/** The citizen's information arrived: the clock resumes. */
export type RecordCitizenInformation = CaseCommandOf<'RecordCitizenInformation', { information: string }>;

/** A reply that does not close the case. */
export type SendInterimReply = CaseCommandOf<'SendInterimReply', { text: string; channel: Channel }>;

/** Move the due date later, with a reason told to the citizen. */
export type ExtendFinalReplyDeadline = CaseCommandOf<
  'ExtendFinalReplyDeadline',
  {
    newDueDate: RomeDate;
    reason: string;
    /** The longest an extension may push the due date, in calendar days (the office's setting). */
    maxExtensionDays?: number;
  }
>;

/** Without a setting, an extension may move the due date at most this many calendar days later. */
export const DEFAULT_MAX_EXTENSION_DAYS = 180;

/** The referent drafts the final reply for the URP to complete and send. */
export type DraftFinalReply = CaseCommandOf<'DraftFinalReply', { text: string }>;

/** Send the final reply and close: by the URP (directly, or completing the sector's answer) or by the sector. */
export type SendFinalReply = CaseCommandOf<'SendFinalReply', { text: string; channel: Channel }>;

/** The outcomes a case can be closed with without a final reply. */
export type OutcomeWithoutReply = Extract<CaseOutcome, 'withdrawn' | 'no_reply_needed'>;
export const OUTCOMES_WITHOUT_REPLY: readonly OutcomeWithoutReply[] = ['withdrawn', 'no_reply_needed'];

/** Close without a final reply: the citizen withdrew, or an appreciation needs none. */
export type CloseCase = CaseCommandOf<'CloseCase', { outcome: OutcomeWithoutReply }>;

/** Reopen a closed case; a new final-reply clock starts with the terms in force at reopening. */
export type ReopenCase = CaseCommandOf<'ReopenCase', { reason: string; terms: CaseTerms }>;

/** The citizen's answer to the satisfaction survey (given online, or recorded by an operator). */
export type GiveSatisfactionFeedback = CaseCommandOf<
  'GiveSatisfactionFeedback',
  { score: number; comment?: string | null }
>;

/** Fold a duplicate into another case. */
export type MergeCase = CaseCommandOf<'MergeCase', { intoCaseId: string }>;

/** Undo a merge. */
export type UnmergeCase = CaseCommandOf<'UnmergeCase'>;

/** On the surviving case: record that a duplicate was merged into it (or separated again). */
export type AttachDuplicate = CaseCommandOf<'AttachDuplicate', { duplicateCaseId: string; duplicateReference: string }>;
export type DetachDuplicate = CaseCommandOf<'DetachDuplicate', { duplicateCaseId: string; duplicateReference: string }>;

export type CaseCommand =
  | ReceiveCase
  | AcknowledgeCase
  | ClassifyCase
  | DirectCaseElsewhere
  | RouteCase
  | HandBackCase
  | TakeCaseInCharge
  | SendTakeChargeReminder
  | WarnFinalReplyDueSoon
  | MarkFinalReplyOverdue
  | RequestCitizenInformation
  | RecordCitizenInformation
  | SendInterimReply
  | ExtendFinalReplyDeadline
  | DraftFinalReply
  | SendFinalReply
  | CloseCase
  | ReopenCase
  | GiveSatisfactionFeedback
  | MergeCase
  | UnmergeCase
  | AttachDuplicate
  | DetachDuplicate;

export type CaseCommandType = CaseCommand['type'];
