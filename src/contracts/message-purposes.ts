/** What a message is, and whom it is for: the content the outbox projection writes and the dispatcher composes from (a contract of both sides). */
export const CITIZEN_PURPOSES = [
  'acknowledgement',
  'information_request',
  'interim_reply',
  'deadline_extension',
  'final_reply',
  'survey_invitation',
  'duplicate_answered',
] as const;
export const REFERENT_PURPOSES = ['routing', 'take_charge_reminder', 'hand_back'] as const;

export type CitizenPurpose = (typeof CITIZEN_PURPOSES)[number];
export type ReferentPurpose = (typeof REFERENT_PURPOSES)[number];
export type MessagePurpose = CitizenPurpose | ReferentPurpose;
export type Audience = 'citizen' | 'referents';

/** The case as a message needs it; `citizen` is the sealed envelope of CaseReceived. */
export interface CaseSnapshot {
  caseId: string;
  reference: string;
  kind: string | null;
  subject: string | null;
  citizenId: string;
  finalReplyDueDate: string;
  receivedAt: string;
}

export interface CitizenMessageContent {
  case: CaseSnapshot;
  /** The sealed CitizenDetails. */
  citizen: unknown;
  /** The source event's data, personal fields still sealed. */
  event: Record<string, unknown>;
}

export interface ReferentMessageContent {
  case: CaseSnapshot;
  sectorName: string;
  recipients: { userId: string; displayName: string; email: string }[];
  event: Record<string, unknown>;
}
