/**
 * The facts the reports are computed from, one case at a time. A case has:
 * - its receipt (kind, channel);
 * - its routings: one per CaseRouted, each with how the sector answered it;
 * - its final-reply clocks: one started at receipt and one more at each reopening, each
 *   with its sector, its deadline terms, its final reply, its closure and its survey answer.
 *
 * Every fact keeps the id of the event that set it, so a figure can always name the
 * events behind it (the audit drill-down builds on these ids).
 */
import type { CaseKind, CaseOutcome, Channel, Instant, RomeDate, SatisfactionScore } from '../../../src/read-side';

export interface CaseFact {
  caseId: string;
  reference: string;
  /** The current kind (null while unclassified): reports group and filter by it. */
  kind: CaseKind | null;
  channel: Channel;
  receivedAt: Instant;
  receivedEventId: string;
  /** Set while the case is merged into another: a duplicate is not measured on its own. */
  mergedAt: Instant | null;
  mergedEventId: string | null;
}

/** How a routing ended, when it did. */
export const ROUTING_ENDINGS = ['taken_in_charge', 'handed_back', 'redirected', 'case_closed'] as const;
export type RoutingEnding = (typeof ROUTING_ENDINGS)[number];

export interface RoutingFact {
  caseId: string;
  /** 0 for the first routing of the case, then 1, 2, ... */
  routingNo: number;
  sectorId: string;
  routedAt: Instant;
  routedEventId: string;
  /** The take-charge term in force when routed (calendar days). */
  takeChargeDays: number;
  takenInChargeAt: Instant | null;
  takenInChargeEventId: string | null;
  reminderEventIds: string[];
  handedBackAt: Instant | null;
  handedBackEventId: string | null;
  endedAt: Instant | null;
  endedBy: RoutingEnding | null;
}

export type ClockStart = 'received' | 'reopened';

export interface ClockFact {
  caseId: string;
  /** 0 for the clock started at receipt, then one more per reopening. */
  clockNo: number;
  startedBy: ClockStart;
  startedAt: Instant;
  startedEventId: string;
  /** The sector answerable for this clock: the one it is routed to, null while with the URP. */
  sectorId: string | null;
  /** The final-reply term in force when the clock started (calendar days). */
  finalReplyDays: number;
  /** The current due date: moved by extensions and by the citizen's answers. */
  dueDate: RomeDate;
  /** Whole days the clock was stopped waiting for the citizen. */
  suspendedDays: number;
  /** Set while the clock waits for the citizen. */
  suspendedSince: Instant | null;
  interimReplyEventIds: string[];
  extensionEventIds: string[];
  overdueMarkedAt: Instant | null;
  overdueEventId: string | null;
  finalReplyAt: Instant | null;
  finalReplyEventId: string | null;
  /** As the write side judged it when sending: before the end of the due date then in force. */
  finalReplyWithinDueDate: boolean | null;
  closedAt: Instant | null;
  closedEventId: string | null;
  outcome: CaseOutcome | null;
  /** Set when this clock's closure was undone by a reopening (which starts the next clock). */
  reopenedAt: Instant | null;
  reopenedEventId: string | null;
  feedbackScore: SatisfactionScore | null;
  feedbackAt: Instant | null;
  feedbackEventId: string | null;
}

/** Everything known about one case. */
export interface CaseFacts {
  case: CaseFact;
  /** Oldest first; index = routingNo. */
  routings: RoutingFact[];
  /** Oldest first; index = clockNo. */
  clocks: ClockFact[];
}

/** A clock together with its case's receipt facts: what the computations read. */
export type ClockRecord = ClockFact & Pick<CaseFact, 'reference' | 'kind' | 'channel' | 'receivedAt' | 'mergedAt'>;

/** A routing together with its case's receipt facts. */
export type RoutingRecord = RoutingFact & Pick<CaseFact, 'reference' | 'kind' | 'channel' | 'mergedAt'>;

/** The facts a period's figures are computed from (see reading/facts-reader.ts for which). */
export interface FactsInPeriod {
  clocks: ClockRecord[];
  routings: RoutingRecord[];
}
