/**
 * Events of a case stream (`case-${caseId}`). Every data carries `caseId` and the
 * business time of the fact (`…At`). Events that hold a citizen's personal data also
 * carry `citizenId`, the pseudonymous id whose key encrypts those fields (see
 * personal-data.ts).
 */
import type { FinalReplyTerms, TakeChargeTerms } from './case-terms';
import type { DomainEvent, Instant, RomeDate } from './event';
import type { CaseKind, CaseOutcome, Channel, ReminderSender, ReplyAuthor, SatisfactionScore, Submitter } from './vocabulary';

/** Who the citizen is and how to reach them. Every field is personal data. */
export interface CitizenDetails {
  fullName?: string;
  email?: string;
  phone?: string;
  fiscalCode?: string;
  address?: string;
}

/**
 * A file the citizen sent with the contact: a photo (JPEG, PNG) or a PDF. The bytes are kept
 * apart, content-addressed by `sha256` and encrypted under the citizen's key; the event names
 * them by hash.
 */
export interface AttachmentRef {
  sha256: string;
  mediaType: 'image/jpeg' | 'image/png' | 'application/pdf';
  bytes: number;
  /** The file's name as sent (may hold a name: personal data, like the whole list). */
  name: string;
}

/** A point on the map (WGS 84 degrees). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A contact was registered, by an operator on any channel or by the citizen online. */
export type CaseReceived = DomainEvent<
  'CaseReceived',
  {
    caseId: string;
    reference: string;
    citizenId: string;
    channel: Channel;
    /** Null when the operator could not classify the contact yet. */
    kind: CaseKind | null;
    /** The code of a category of the office's catalogue (e.g. 'strade/buche'), never free text. */
    subject: string | null;
    /** The citizen's own short title (sealed like the description); absent on older cases. */
    title?: string | null;
    /** The category's default sector when received: a routing suggestion. Absent: none. */
    suggestedSectorId?: string | null;
    citizen: CitizenDetails;
    description: string;
    /** Where the problem is, in the citizen's words. */
    location: string | null;
    /** Where the problem is on the map, when the citizen marked it (absent on older events). */
    point?: GeoPoint | null;
    /** Photos and PDFs sent with the contact (absent on older events and when none). */
    attachments?: AttachmentRef[];
    /** The citizen gave a full name and at least one contact (kept so it survives erasure). */
    identified: boolean;
    submittedBy: Submitter;
    finalReplyTerms: FinalReplyTerms;
    finalReplyDueDate: RomeDate;
    receivedAt: Instant;
  }
>;

/** The first message with the reference number was sent to the citizen. */
export type CaseAcknowledged = DomainEvent<
  'CaseAcknowledged',
  { caseId: string; reference: string; channel: Channel; acknowledgedAt: Instant }
>;

/** A case received without a kind was classified; the final-reply terms of the kind apply. */
export type CaseClassified = DomainEvent<
  'CaseClassified',
  {
    caseId: string;
    kind: CaseKind;
    subject: string | null;
    /** The new category's default sector: a routing suggestion. Absent: none. */
    suggestedSectorId?: string | null;
    finalReplyTerms: FinalReplyTerms;
    finalReplyDueDate: RomeDate;
    classifiedAt: Instant;
  }
>;

/** The kind or subject of a case was corrected; the due date follows the new kind's terms unless extended. */
export type CaseReclassified = DomainEvent<
  'CaseReclassified',
  {
    caseId: string;
    kind: CaseKind;
    subject: string | null;
    previousKind: CaseKind;
    previousSubject: string | null;
    /** The new category's default sector: a routing suggestion. Absent: none. */
    suggestedSectorId?: string | null;
    finalReplyTerms: FinalReplyTerms;
    finalReplyDueDate: RomeDate;
    reclassifiedAt: Instant;
  }
>;

/** Not the municipality's competence: the citizen was told which body to contact. Followed by CaseClosed. */
export type CaseDirectedElsewhere = DomainEvent<
  'CaseDirectedElsewhere',
  { caseId: string; citizenId: string; otherBody: string; message: string; channel: Channel; directedAt: Instant }
>;

/** The URP sent the case to a sector's referents; the take-charge clock (re)starts. */
export type CaseRouted = DomainEvent<
  'CaseRouted',
  {
    caseId: string;
    citizenId: string;
    sectorId: string;
    /** The sector it was routed to before, when the URP redirects it before take-charge. */
    previousSectorId: string | null;
    /** What the URP tells the sector: may quote the citizen. */
    note: string | null;
    takeChargeTerms: TakeChargeTerms;
    takeChargeDueDate: RomeDate;
    routedAt: Instant;
  }
>;

/** The sector returned the case as not its own; it is with the URP again, to be routed again. */
export type CaseHandedBack = DomainEvent<
  'CaseHandedBack',
  /** `reason` is sealed under the citizen's key: staff routinely quote the citizen in it. */
  { caseId: string; citizenId: string; sectorId: string; reason: string; handedBackAt: Instant }
>;

/** The sector acknowledged the case is its own (presa in carico). */
export type CaseTakenInCharge = DomainEvent<
  'CaseTakenInCharge',
  { caseId: string; sectorId: string; takenInChargeAt: Instant }
>;

/** The sector was chased (sollecito) because it had not taken charge. */
export type TakeChargeReminderSent = DomainEvent<
  'TakeChargeReminderSent',
  { caseId: string; sectorId: string; reminderNumber: number; sentBy: ReminderSender; sentAt: Instant }
>;

/** The final reply is due within the due-soon window (issued once per due date by the process manager). */
export type FinalReplyDueSoon = DomainEvent<
  'FinalReplyDueSoon',
  { caseId: string; finalReplyDueDate: RomeDate; warnedAt: Instant }
>;

/** The final-reply due date passed with no reply (issued once per due date by the process manager). */
export type FinalReplyOverdue = DomainEvent<
  'FinalReplyOverdue',
  { caseId: string; finalReplyDueDate: RomeDate; markedAt: Instant }
>;

/** Missing information was asked of the citizen: the final-reply clock stops. */
export type CitizenInformationRequested = DomainEvent<
  'CitizenInformationRequested',
  { caseId: string; citizenId: string; question: string; channel: Channel; requestedAt: Instant }
>;

/** The citizen supplied the information: the clock resumes, the due date moves by the days suspended. */
export type CitizenInformationReceived = DomainEvent<
  'CitizenInformationReceived',
  {
    caseId: string;
    citizenId: string;
    information: string;
    /** Whole Rome calendar days between the request and the answer. */
    suspendedDays: number;
    finalReplyDueDate: RomeDate;
    receivedAt: Instant;
  }
>;

/** A reply that does not close the case (risposta interlocutoria). */
export type InterimReplySent = DomainEvent<
  'InterimReplySent',
  {
    caseId: string;
    citizenId: string;
    text: string;
    channel: Channel;
    sentBy: ReplyAuthor;
    sectorId: string | null;
    sentAt: Instant;
  }
>;

/** A motivated extension (proroga motivata): the new date and the reason were told to the citizen. */
export type FinalReplyDeadlineExtended = DomainEvent<
  'FinalReplyDeadlineExtended',
  /** `reason` is sealed under the citizen's key. */
  { caseId: string; citizenId: string; reason: string; previousDueDate: RomeDate; newDueDate: RomeDate; extendedAt: Instant }
>;

/** The sector's referent drafted the final reply for the URP to complete and send. */
export type FinalReplyDrafted = DomainEvent<
  'FinalReplyDrafted',
  { caseId: string; citizenId: string; sectorId: string; text: string; draftedAt: Instant }
>;

/** The final reply reached the citizen (by the URP, or by the sector directly). Followed by CaseClosed. */
export type FinalReplySent = DomainEvent<
  'FinalReplySent',
  {
    caseId: string;
    citizenId: string;
    text: string;
    channel: Channel;
    repliedBy: ReplyAuthor;
    sectorId: string | null;
    finalReplyDueDate: RomeDate;
    /** Sent before the end of the due date (moved by any suspension still running). */
    withinDueDate: boolean;
    sentAt: Instant;
  }
>;

/** The case was closed with an outcome. */
export type CaseClosed = DomainEvent<'CaseClosed', { caseId: string; outcome: CaseOutcome; closedAt: Instant }>;

/** A closed case was reopened; it is with the URP again and a new final-reply clock starts. */
export type CaseReopened = DomainEvent<
  'CaseReopened',
  {
    caseId: string;
    citizenId: string;
    /** Sealed under the citizen's key. */
    reason: string;
    previousOutcome: CaseOutcome;
    finalReplyTerms: FinalReplyTerms;
    finalReplyDueDate: RomeDate;
    reopenedAt: Instant;
  }
>;

/** The citizen answered the satisfaction survey for the latest closure. */
export type SatisfactionFeedbackGiven = DomainEvent<
  'SatisfactionFeedbackGiven',
  { caseId: string; citizenId: string; score: SatisfactionScore; comment: string | null; givenAt: Instant }
>;

/** A duplicate report was folded into another case; it accepts nothing but an unmerge. */
export type CaseMerged = DomainEvent<'CaseMerged', { caseId: string; intoCaseId: string; mergedAt: Instant }>;

/** A merge was undone: the case is back where it was. */
export type CaseUnmerged = DomainEvent<'CaseUnmerged', { caseId: string; fromCaseId: string; unmergedAt: Instant }>;

/**
 * Written on the surviving case when another case is merged into it as a duplicate, so the
 * survivor's own history names it (and its citizen can be told when the survivor is answered).
 */
export type CaseDuplicateAttached = DomainEvent<
  'CaseDuplicateAttached',
  { caseId: string; duplicateCaseId: string; duplicateReference: string; attachedAt: Instant }
>;

/** The duplicate was separated again (unmerged). */
export type CaseDuplicateDetached = DomainEvent<
  'CaseDuplicateDetached',
  { caseId: string; duplicateCaseId: string; duplicateReference: string; detachedAt: Instant }
>;

export type CaseEvent =
  | CaseReceived
  | CaseAcknowledged
  | CaseClassified
  | CaseReclassified
  | CaseDirectedElsewhere
  | CaseRouted
  | CaseHandedBack
  | CaseTakenInCharge
  | TakeChargeReminderSent
  | FinalReplyDueSoon
  | FinalReplyOverdue
  | CitizenInformationRequested
  | CitizenInformationReceived
  | InterimReplySent
  | FinalReplyDeadlineExtended
  | FinalReplyDrafted
  | FinalReplySent
  | CaseClosed
  | CaseReopened
  | SatisfactionFeedbackGiven
  | CaseMerged
  | CaseUnmerged
  | CaseDuplicateAttached
  | CaseDuplicateDetached;

export type CaseEventType = CaseEvent['type'];
