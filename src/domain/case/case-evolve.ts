/**
 * Folds one case event into the case state. Total and pure: an event the state cannot
 * take (anything before CaseReceived) leaves it as it is, so a replay never throws.
 * Due dates are read from the events, never recomputed: a replay shows what was decided.
 */
import type { CaseEvent, Instant } from '../../contracts';
import { romeDate } from '../../shared/rome-time';
import type { Case, CaseState, FinalReplyClock } from './case-state';

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseReceived') return received(event.data);
  if (state.status === 'none') return state;
  return evolveExisting(state, event);
}

function received(data: Extract<CaseEvent, { type: 'CaseReceived' }>['data']): Case {
  return {
    status: 'received',
    caseId: data.caseId,
    reference: data.reference,
    citizenId: data.citizenId,
    channel: data.channel,
    kind: data.kind,
    subject: data.subject,
    identified: data.identified,
    receivedAt: data.receivedAt,
    acknowledged: false,
    clock: freshClock(data.receivedAt, data.finalReplyTerms, data.finalReplyDueDate),
    routing: null,
    closure: null,
    merge: null,
    duplicates: [],
  };
}

function evolveExisting(state: Case, event: CaseEvent): Case {
  switch (event.type) {
    case 'CaseReceived':
      return state;
    case 'CaseAcknowledged':
      return { ...state, acknowledged: true };
    case 'CaseClassified':
    case 'CaseReclassified':
      return {
        ...state,
        kind: event.data.kind,
        subject: event.data.subject,
        clock: { ...state.clock, terms: event.data.finalReplyTerms, dueDate: event.data.finalReplyDueDate },
      };
    case 'CaseDirectedElsewhere':
      return state; // the CaseClosed that follows changes the state
    case 'CaseRouted':
      return {
        ...state,
        status: 'routed',
        routing: {
          sectorId: event.data.sectorId,
          routedAt: event.data.routedAt,
          terms: event.data.takeChargeTerms,
          takeChargeDueDate: event.data.takeChargeDueDate,
          takenInChargeAt: null,
          remindersSent: 0,
          lastReminderDate: null,
        },
      };
    case 'CaseHandedBack':
      return { ...state, status: 'received', routing: null };
    case 'CaseTakenInCharge':
      return state.routing
        ? { ...state, status: 'in_charge', routing: { ...state.routing, takenInChargeAt: event.data.takenInChargeAt } }
        : state;
    case 'TakeChargeReminderSent':
      return state.routing
        ? {
            ...state,
            routing: {
              ...state.routing,
              remindersSent: event.data.reminderNumber,
              lastReminderDate: romeDate(event.data.sentAt),
            },
          }
        : state;
    case 'FinalReplyDueSoon':
      return { ...state, clock: { ...state.clock, dueSoonWarnedFor: event.data.finalReplyDueDate } };
    case 'FinalReplyOverdue':
      return { ...state, clock: { ...state.clock, overdueMarkedFor: event.data.finalReplyDueDate } };
    case 'CitizenInformationRequested':
      return { ...state, clock: { ...state.clock, suspendedSince: event.data.requestedAt } };
    case 'CitizenInformationReceived':
      return {
        ...state,
        clock: {
          ...state.clock,
          suspendedSince: null,
          suspendedDays: state.clock.suspendedDays + event.data.suspendedDays,
          dueDate: event.data.finalReplyDueDate,
        },
      };
    case 'InterimReplySent':
    case 'FinalReplyDrafted':
    case 'FinalReplySent':
      return state; // recorded for the citizen and the reports; no decision depends on them
    case 'FinalReplyDeadlineExtended':
      return { ...state, clock: { ...state.clock, extended: true, dueDate: event.data.newDueDate } };
    case 'CaseClosed':
      return {
        ...state,
        status: 'closed',
        clock: { ...state.clock, suspendedSince: null },
        closure: { outcome: event.data.outcome, closedAt: event.data.closedAt, feedbackGiven: false },
      };
    case 'CaseReopened':
      return {
        ...state,
        status: 'received',
        routing: null,
        closure: null,
        clock: freshClock(event.data.reopenedAt, event.data.finalReplyTerms, event.data.finalReplyDueDate),
      };
    case 'SatisfactionFeedbackGiven':
      return state.closure ? { ...state, closure: { ...state.closure, feedbackGiven: true } } : state;
    case 'CaseMerged':
      return state.status === 'merged'
        ? state
        : { ...state, status: 'merged', merge: { intoCaseId: event.data.intoCaseId, statusBefore: state.status } };
    case 'CaseUnmerged':
      return state.merge ? { ...state, status: state.merge.statusBefore, merge: null } : state;
    case 'CaseDuplicateAttached':
      return { ...state, duplicates: [...state.duplicates, event.data.duplicateCaseId] };
    case 'CaseDuplicateDetached':
      return { ...state, duplicates: state.duplicates.filter((id) => id !== event.data.duplicateCaseId) };
  }
}

function freshClock(start: Instant, terms: FinalReplyClock['terms'], dueDate: string): FinalReplyClock {
  return {
    startDate: romeDate(start),
    terms,
    suspendedDays: 0,
    suspendedSince: null,
    extended: false,
    dueDate,
    dueSoonWarnedFor: null,
    overdueMarkedFor: null,
  };
}
