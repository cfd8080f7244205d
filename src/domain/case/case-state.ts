/**
 * What the case decider needs to know to decide: not a read model. Personal data is not
 * kept (decisions never need it, and replay must work after a citizen's data is erased).
 */
import type {
  CaseKind,
  CaseOutcome,
  CaseStatus,
  Channel,
  FinalReplyTerms,
  Instant,
  RomeDate,
  TakeChargeTerms,
} from '../../contracts';

/** The final-reply clock: started at receipt, restarted at reopening. */
export interface FinalReplyClock {
  /** The Rome date the clock counts from: receipt, or reopening. */
  startDate: RomeDate;
  terms: FinalReplyTerms;
  /** Whole days of completed suspensions since the clock started. */
  suspendedDays: number;
  /** Set while waiting for the citizen's information. */
  suspendedSince: Instant | null;
  /** Once extended, the due date is the one told to the citizen, not start + terms. */
  extended: boolean;
  dueDate: RomeDate;
  dueSoonWarnedFor: RomeDate | null;
  overdueMarkedFor: RomeDate | null;
}

/** The sector the case is with, and its take-charge clock. */
export interface Routing {
  sectorId: string;
  routedAt: Instant;
  terms: TakeChargeTerms;
  takeChargeDueDate: RomeDate;
  takenInChargeAt: Instant | null;
  remindersSent: number;
  lastReminderDate: RomeDate | null;
}

export interface Closure {
  outcome: CaseOutcome;
  closedAt: Instant;
  feedbackGiven: boolean;
}

export interface Case {
  status: CaseStatus;
  caseId: string;
  reference: string;
  citizenId: string;
  channel: Channel;
  kind: CaseKind | null;
  subject: string | null;
  /** A full name and at least one contact were given at receipt. */
  identified: boolean;
  receivedAt: Instant;
  acknowledged: boolean;
  clock: FinalReplyClock;
  routing: Routing | null;
  closure: Closure | null;
  merge: { intoCaseId: string; statusBefore: Exclude<CaseStatus, 'merged'> } | null;
  /** The cases merged into this one as duplicates. */
  duplicates: string[];
}

/** No event yet: the case does not exist. */
export interface NoCase {
  status: 'none';
}

export type CaseState = NoCase | Case;

export const initialCaseState = (): CaseState => ({ status: 'none' });
