/** Sending a case to a sector, the sector taking charge or handing it back, and chasing it. */
import type { CaseEvent } from '../../../contracts';
import { DomainError } from '../../shared/domain-error';
import { optionalText, requireText } from '../../shared/validation';
import type { HandBackCase, RouteCase, SendTakeChargeReminder, TakeCaseInCharge } from '../case-commands';
import { isReminderDue, takeChargeDueDateFrom } from '../case-deadlines';
import { requireActingSector, requireClassified } from '../case-guards';
import type { Case, Routing } from '../case-state';
import { requireTerms, takeChargeTermsOf } from '../case-terms';

/**
 * Routes a case the URP holds, or redirects it to another sector before the first one
 * takes charge. Once a sector has taken charge, only that sector can give it back.
 */
export function route(command: RouteCase, state: Case): CaseEvent[] {
  requireClassified(state);
  const sectorId = requireText(command.sectorId, 'sectorId');
  const takeChargeTerms = takeChargeTermsOf(requireTerms(command.terms));
  if (state.status === 'in_charge') {
    throw new DomainError(
      'CASE_ALREADY_TAKEN_IN_CHARGE',
      `Case ${state.caseId} is in charge of sector ${state.routing?.sectorId}: it must hand it back first`,
      { caseId: state.caseId, sectorId: state.routing?.sectorId },
    );
  }
  if (state.routing?.sectorId === sectorId) {
    throw new DomainError(
      'CASE_ALREADY_ROUTED_TO_SECTOR',
      `Case ${state.caseId} is already routed to sector ${sectorId}`,
      { caseId: state.caseId, sectorId },
    );
  }
  return [
    {
      type: 'CaseRouted',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        sectorId,
        previousSectorId: state.routing?.sectorId ?? null,
        note: optionalText(command.note),
        takeChargeTerms,
        takeChargeDueDate: takeChargeDueDateFrom(command.at, takeChargeTerms),
        routedAt: command.at,
      },
    },
  ];
}

export function handBack(command: HandBackCase, state: Case): CaseEvent[] {
  const routing = requireRoutedToActingSector(state, command);
  const reason = requireText(command.reason, 'reason');
  return [
    { type: 'CaseHandedBack', data: { caseId: state.caseId, citizenId: state.citizenId, sectorId: routing.sectorId, reason, handedBackAt: command.at } },
  ];
}

export function takeInCharge(command: TakeCaseInCharge, state: Case): CaseEvent[] {
  const routing = requireRoutedToActingSector(state, command);
  if (routing.takenInChargeAt !== null) {
    throw new DomainError('CASE_ALREADY_TAKEN_IN_CHARGE', `Case ${state.caseId} was already taken in charge`, {
      caseId: state.caseId,
      takenInChargeAt: routing.takenInChargeAt,
    });
  }
  return [
    { type: 'CaseTakenInCharge', data: { caseId: state.caseId, sectorId: routing.sectorId, takenInChargeAt: command.at } },
  ];
}

/**
 * An operator may chase the sector whenever it has not taken charge. The process manager
 * chases only when a reminder is due, so a retried or stale command records nothing.
 */
export function remind(command: SendTakeChargeReminder, state: Case): CaseEvent[] {
  const byProcessManager = command.actor.role === 'system';
  if (byProcessManager && !isReminderDue(state, command.at)) return [];
  if (state.status !== 'routed' || state.routing === null) {
    throw new DomainError(
      'CASE_NOT_AWAITING_TAKE_CHARGE',
      `Case ${state.caseId} is not waiting for a sector to take charge`,
      { caseId: state.caseId, status: state.status },
    );
  }
  return [
    {
      type: 'TakeChargeReminderSent',
      data: {
        caseId: state.caseId,
        sectorId: state.routing.sectorId,
        reminderNumber: state.routing.remindersSent + 1,
        sentBy: byProcessManager ? 'process_manager' : 'urp',
        sentAt: command.at,
      },
    },
  ];
}

/** Take charge and hand back need a routing first, and then the right sector. */
function requireRoutedToActingSector(state: Case, command: HandBackCase | TakeCaseInCharge): Routing {
  if (state.routing === null) {
    throw new DomainError(
      'CASE_NOT_ROUTED',
      `Case ${state.caseId} is not routed to any sector`,
      { caseId: state.caseId },
    );
  }
  return requireActingSector(state, command.actor);
}
