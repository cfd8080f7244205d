/**
 * Folds one case event into the case's facts. Pure and total: an event before the case's
 * CaseReceived leaves nothing, and an event that does not fit (a take-charge with no
 * routing) changes nothing, so a replay never throws.
 */
import type { CaseEvent, CaseReceived, CaseReopened, CaseRouted } from '../../../src/read-side';
import { occurredAt } from '../../shared/contract-events';
import type { CaseFacts, ClockFact, RoutingEnding, RoutingFact } from './case-facts';

export function evolveCaseFacts(facts: CaseFacts | undefined, event: CaseEvent, eventId: string): CaseFacts | undefined {
  if (event.type === 'CaseReceived') return received(event.data, eventId);
  if (!facts) return undefined;
  const at = occurredAt(event);
  switch (event.type) {
    case 'CaseClassified':
    case 'CaseReclassified':
      return withCurrentClock({ ...facts, case: { ...facts.case, kind: event.data.kind } }, (clock) => ({
        ...clock,
        finalReplyDays: event.data.finalReplyTerms.finalReplyDays,
        dueDate: event.data.finalReplyDueDate,
      }));
    case 'CaseRouted':
      return routed(facts, event.data, at, eventId);
    case 'CaseHandedBack':
      return withCurrentClock(
        withLatestRouting(facts, (routing) => ({
          ...ended(routing, 'handed_back', at),
          handedBackAt: routing.handedBackAt ?? at,
          handedBackEventId: routing.handedBackEventId ?? eventId,
        })),
        (clock) => ({ ...clock, sectorId: null }),
      );
    case 'CaseTakenInCharge':
      return withCurrentClock(
        withLatestRouting(facts, (routing) => ({
          ...ended(routing, 'taken_in_charge', at),
          takenInChargeAt: routing.takenInChargeAt ?? at,
          takenInChargeEventId: routing.takenInChargeEventId ?? eventId,
        })),
        (clock) => ({ ...clock, sectorId: event.data.sectorId }),
      );
    case 'TakeChargeReminderSent':
      return withLatestRouting(facts, (routing) => ({ ...routing, reminderEventIds: [...routing.reminderEventIds, eventId] }));
    case 'FinalReplyOverdue':
      return withCurrentClock(facts, (clock) =>
        clock.overdueMarkedAt ? clock : { ...clock, overdueMarkedAt: at, overdueEventId: eventId },
      );
    case 'CitizenInformationRequested':
      return withCurrentClock(facts, (clock) => ({ ...clock, suspendedSince: at }));
    case 'CitizenInformationReceived':
      return withCurrentClock(facts, (clock) => ({
        ...clock,
        suspendedSince: null,
        suspendedDays: clock.suspendedDays + event.data.suspendedDays,
        dueDate: event.data.finalReplyDueDate,
      }));
    case 'InterimReplySent':
      return withCurrentClock(facts, (clock) => ({ ...clock, interimReplyEventIds: [...clock.interimReplyEventIds, eventId] }));
    case 'FinalReplyDeadlineExtended':
      return withCurrentClock(facts, (clock) => ({
        ...clock,
        extensionEventIds: [...clock.extensionEventIds, eventId],
        dueDate: event.data.newDueDate,
      }));
    case 'FinalReplySent':
      return withCurrentClock(facts, (clock) =>
        clock.finalReplyAt
          ? clock
          : {
              ...clock,
              // A sector answering directly is answerable for the clock even if the URP never routed it.
              sectorId: clock.sectorId ?? event.data.sectorId,
              finalReplyAt: at,
              finalReplyEventId: eventId,
              finalReplyWithinDueDate: event.data.withinDueDate,
            },
      );
    case 'CaseClosed':
      return withCurrentClock(
        withLatestRouting(facts, (routing) => ended(routing, 'case_closed', at)),
        (clock) => ({ ...clock, suspendedSince: null, closedAt: at, closedEventId: eventId, outcome: event.data.outcome }),
      );
    case 'CaseReopened':
      return reopened(facts, event.data, at, eventId);
    case 'SatisfactionFeedbackGiven':
      return withLatestClosedClock(facts, (clock) => ({
        ...clock,
        feedbackScore: event.data.score,
        feedbackAt: at,
        feedbackEventId: eventId,
      }));
    case 'CaseMerged':
      return { ...facts, case: { ...facts.case, mergedAt: at, mergedEventId: eventId } };
    case 'CaseUnmerged':
      return { ...facts, case: { ...facts.case, mergedAt: null, mergedEventId: null } };
    case 'CaseAcknowledged':
    case 'CaseDirectedElsewhere': // the CaseClosed that follows ends the clock
    case 'FinalReplyDueSoon':
    case 'FinalReplyDrafted':
      return facts;
  }
}

function received(data: CaseReceived['data'], eventId: string): CaseFacts {
  const at = occurredAt({ type: 'CaseReceived', data });
  return {
    case: {
      caseId: data.caseId,
      reference: data.reference,
      kind: data.kind,
      channel: data.channel,
      receivedAt: at,
      receivedEventId: eventId,
      mergedAt: null,
      mergedEventId: null,
    },
    routings: [],
    clocks: [newClock(data.caseId, 0, 'received', at, eventId, data.finalReplyTerms.finalReplyDays, data.finalReplyDueDate)],
  };
}

function routed(facts: CaseFacts, data: CaseRouted['data'], at: string, eventId: string): CaseFacts {
  const earlier = withLatestRouting(facts, (routing) => ended(routing, 'redirected', at));
  const routing: RoutingFact = {
    caseId: data.caseId,
    routingNo: facts.routings.length,
    sectorId: data.sectorId,
    routedAt: at,
    routedEventId: eventId,
    takeChargeDays: data.takeChargeTerms.takeChargeDays,
    takenInChargeAt: null,
    takenInChargeEventId: null,
    reminderEventIds: [],
    handedBackAt: null,
    handedBackEventId: null,
    endedAt: null,
    endedBy: null,
  };
  return withCurrentClock({ ...earlier, routings: [...earlier.routings, routing] }, (clock) => ({ ...clock, sectorId: data.sectorId }));
}

function reopened(facts: CaseFacts, data: CaseReopened['data'], at: string, eventId: string): CaseFacts {
  const closed = withCurrentClock(facts, (clock) => ({ ...clock, reopenedAt: at, reopenedEventId: eventId }));
  // With the URP again: no sector is answerable for the new clock until it is routed.
  const next = newClock(data.caseId, facts.clocks.length, 'reopened', at, eventId, data.finalReplyTerms.finalReplyDays, data.finalReplyDueDate);
  return { ...closed, clocks: [...closed.clocks, next] };
}

function newClock(
  caseId: string,
  clockNo: number,
  startedBy: ClockFact['startedBy'],
  startedAt: string,
  startedEventId: string,
  finalReplyDays: number,
  dueDate: string,
): ClockFact {
  return {
    caseId,
    clockNo,
    startedBy,
    startedAt,
    startedEventId,
    sectorId: null,
    finalReplyDays,
    dueDate,
    suspendedDays: 0,
    suspendedSince: null,
    interimReplyEventIds: [],
    extensionEventIds: [],
    overdueMarkedAt: null,
    overdueEventId: null,
    finalReplyAt: null,
    finalReplyEventId: null,
    finalReplyWithinDueDate: null,
    closedAt: null,
    closedEventId: null,
    outcome: null,
    reopenedAt: null,
    reopenedEventId: null,
    feedbackScore: null,
    feedbackAt: null,
    feedbackEventId: null,
  };
}

/** The first ending is the one that counts: a hand-back after take-charge does not undo it. */
function ended(routing: RoutingFact, by: RoutingEnding, at: string): RoutingFact {
  return routing.endedBy ? routing : { ...routing, endedAt: at, endedBy: by };
}

function withLatestRouting(facts: CaseFacts, change: (routing: RoutingFact) => RoutingFact): CaseFacts {
  const last = facts.routings.at(-1);
  return last ? { ...facts, routings: [...facts.routings.slice(0, -1), change(last)] } : facts;
}

function withCurrentClock(facts: CaseFacts, change: (clock: ClockFact) => ClockFact): CaseFacts {
  const last = facts.clocks.at(-1);
  return last ? { ...facts, clocks: [...facts.clocks.slice(0, -1), change(last)] } : facts;
}

/** The survey follows a closure: the answer belongs to the latest clock that closed. */
function withLatestClosedClock(facts: CaseFacts, change: (clock: ClockFact) => ClockFact): CaseFacts {
  const index = facts.clocks.map((clock) => clock.closedAt !== null).lastIndexOf(true);
  if (index < 0) return facts;
  return { ...facts, clocks: facts.clocks.map((clock, i) => (i === index ? change(clock) : clock)) };
}
