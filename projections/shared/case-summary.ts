/**
 * Where a case stands, as the read side sees it: the part of a case's history that both the
 * operator queue and the case timeline show. No personal data: only what the events carry
 * in clear (the subject is a catalogue label, never the citizen's words).
 */
import type { CaseEventType, CaseKind, CaseOutcome, CaseStatus, Channel, Instant, RomeDate } from '../../src/read-side';

export interface CaseSummary {
  caseId: string;
  /** Revision of the last event folded in. */
  revision: number;
  reference: string;
  kind: CaseKind | null;
  channel: Channel;
  subject: string | null;
  status: CaseStatus;
  /** While merged: the status an unmerge restores. */
  statusBeforeMerge: CaseStatus | null;
  /** The sector the case is routed to (kept after closing: who handled it); null while with the URP. */
  sectorId: string | null;
  receivedAt: Instant;
  finalReplyDueDate: RomeDate;
  dueSoonDays: number;
  /** Set only while a sector is awaited to take charge. */
  takeChargeDueDate: RomeDate | null;
  /** Set while the final-reply clock waits for the citizen. */
  suspendedSince: Instant | null;
  /** Reminders of the current routing (each routing starts counting again, as the events do). */
  remindersSent: number;
  /** The due date the process manager warned about / marked overdue: a flag holds for that date only. */
  dueSoonWarnedFor: RomeDate | null;
  overdueMarkedFor: RomeDate | null;
  /** Interim replies since the final-reply clock (re)started. */
  interimReplies: number;
  outcome: CaseOutcome | null;
  closedAt: Instant | null;
  mergedIntoCaseId: string | null;
  lastActivityAt: Instant;
  lastActivityType: CaseEventType;
}

/** Statuses of a case still waiting for its final reply: the ones the queue shows. */
export const OPEN_STATUSES = ['received', 'routed', 'in_charge'] as const satisfies readonly CaseStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export function isOpen(status: CaseStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status);
}

/** Used when an event predates the due-soon term (the charter's default window). */
export const DEFAULT_DUE_SOON_DAYS = 5;
