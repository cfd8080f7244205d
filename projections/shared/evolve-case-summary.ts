/**
 * Folds one case event into the summary. Pure and total, like the write side's fold: due
 * dates are read from the events (never recomputed), and an event before the case's
 * CaseReceived leaves nothing, so a replay never throws.
 */
import type { CaseEvent, CaseEventType, CaseReceived, FinalReplyTerms } from '../../src/read-side';
import { CaseSummary, DEFAULT_DUE_SOON_DAYS } from './case-summary';
import { occurredAt } from './contract-events';

/** The process manager's marks are not something anyone did on the case. */
const NOT_ACTIVITY: ReadonlySet<CaseEventType> = new Set(['FinalReplyDueSoon', 'FinalReplyOverdue']);

export function evolveCaseSummary(summary: CaseSummary | undefined, event: CaseEvent, revision: number): CaseSummary | undefined {
  if (event.type === 'CaseReceived') return received(event.data, revision);
  if (!summary) return undefined;
  // One copy per event (a rebuild folds millions): changed() answers the summary itself or
  // a fresh copy, which is then this call's own to finish; the input is never modified.
  const moved = changed(summary, event);
  const next = moved === summary ? { ...summary } : moved;
  next.revision = revision;
  if (!NOT_ACTIVITY.has(event.type)) {
    next.lastActivityAt = occurredAt(event);
    next.lastActivityType = event.type;
  }
  return next;
}

function received(data: CaseReceived['data'], revision: number): CaseSummary {
  const at = occurredAt({ type: 'CaseReceived', data });
  return {
    caseId: data.caseId,
    revision,
    reference: data.reference,
    kind: data.kind,
    channel: data.channel,
    subject: data.subject,
    status: 'received',
    statusBeforeMerge: null,
    sectorId: null,
    receivedAt: at,
    finalReplyDueDate: data.finalReplyDueDate,
    dueSoonDays: dueSoonDaysOf(data.finalReplyTerms),
    takeChargeDueDate: null,
    suspendedSince: null,
    remindersSent: 0,
    dueSoonWarnedFor: null,
    overdueMarkedFor: null,
    interimReplies: 0,
    outcome: null,
    closedAt: null,
    mergedIntoCaseId: null,
    lastActivityAt: at,
    lastActivityType: 'CaseReceived',
  };
}

function changed(summary: CaseSummary, event: CaseEvent): CaseSummary {
  switch (event.type) {
    case 'CaseReceived':
    case 'CaseAcknowledged':
    case 'CaseDirectedElsewhere': // the CaseClosed that follows closes it
    case 'FinalReplyDrafted':
    case 'FinalReplySent': // likewise
    case 'SatisfactionFeedbackGiven':
    case 'CaseDuplicateAttached': // the survivor's handling goes on as it was
    case 'CaseDuplicateDetached':
      return summary;
    case 'CaseClassified':
    case 'CaseReclassified':
      return {
        ...summary,
        kind: event.data.kind,
        subject: event.data.subject,
        finalReplyDueDate: event.data.finalReplyDueDate,
        dueSoonDays: dueSoonDaysOf(event.data.finalReplyTerms),
      };
    case 'CaseRouted':
      return {
        ...summary,
        status: 'routed',
        sectorId: event.data.sectorId,
        takeChargeDueDate: event.data.takeChargeDueDate,
        remindersSent: 0,
      };
    case 'CaseHandedBack':
      return { ...summary, status: 'received', sectorId: null, takeChargeDueDate: null, remindersSent: 0 };
    case 'CaseTakenInCharge':
      return { ...summary, status: 'in_charge', sectorId: event.data.sectorId, takeChargeDueDate: null };
    case 'TakeChargeReminderSent':
      return { ...summary, remindersSent: event.data.reminderNumber };
    case 'FinalReplyDueSoon':
      return { ...summary, dueSoonWarnedFor: event.data.finalReplyDueDate };
    case 'FinalReplyOverdue':
      return { ...summary, overdueMarkedFor: event.data.finalReplyDueDate };
    case 'CitizenInformationRequested':
      return { ...summary, suspendedSince: occurredAt(event) };
    case 'CitizenInformationReceived':
      return { ...summary, suspendedSince: null, finalReplyDueDate: event.data.finalReplyDueDate };
    case 'InterimReplySent':
      return { ...summary, interimReplies: summary.interimReplies + 1 };
    case 'FinalReplyDeadlineExtended':
      return { ...summary, finalReplyDueDate: event.data.newDueDate };
    case 'CaseClosed':
      return {
        ...summary,
        status: 'closed',
        suspendedSince: null,
        takeChargeDueDate: null,
        outcome: event.data.outcome,
        closedAt: occurredAt(event),
      };
    case 'CaseReopened':
      // With the URP again, on a new final-reply clock.
      return {
        ...summary,
        status: 'received',
        sectorId: null,
        takeChargeDueDate: null,
        remindersSent: 0,
        suspendedSince: null,
        finalReplyDueDate: event.data.finalReplyDueDate,
        dueSoonDays: dueSoonDaysOf(event.data.finalReplyTerms),
        dueSoonWarnedFor: null,
        overdueMarkedFor: null,
        interimReplies: 0,
        outcome: null,
        closedAt: null,
      };
    case 'CaseMerged':
      return summary.status === 'merged'
        ? summary
        : { ...summary, status: 'merged', statusBeforeMerge: summary.status, mergedIntoCaseId: event.data.intoCaseId };
    case 'CaseUnmerged':
      return summary.status === 'merged'
        ? { ...summary, status: summary.statusBeforeMerge ?? 'received', statusBeforeMerge: null, mergedIntoCaseId: null }
        : summary;
  }
}

function dueSoonDaysOf(terms: FinalReplyTerms | undefined): number {
  return terms?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
}
