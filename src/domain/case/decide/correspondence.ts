/**
 * Everything said to the citizen before closure, and the final reply: questions, interim
 * replies, extensions, drafts, the final reply itself, directing elsewhere.
 *
 * Answering directly is not a command of its own: it is the final reply sent by the URP
 * on a case no sector holds. Both the final reply and directing elsewhere close the case,
 * so each is followed by CaseClosed (outcome 'answered' or 'directed_elsewhere').
 */
import { CHANNELS, type CaseEvent } from '../../../contracts';
import { addCalendarDays, endOfRomeDay, isBefore, romeDate } from '../../../shared/rome-time';
import { DomainError } from '../../shared/domain-error';
import { requireOneOf, requireRomeDate, requireText } from '../../shared/validation';
import { DEFAULT_MAX_EXTENSION_DAYS } from '../case-commands';
import type {
  DirectCaseElsewhere,
  DraftFinalReply,
  ExtendFinalReplyDeadline,
  RecordCitizenInformation,
  RequestCitizenInformation,
  SendFinalReply,
  SendInterimReply,
} from '../case-commands';
import { finalReplyDueDateAt, suspendedCalendarDays } from '../case-deadlines';
import { requireActingSector, requireClassified, requireMayActOnCase, requireNotSuspended, speakerFor } from '../case-guards';
import type { Case } from '../case-state';

export function requestInformation(command: RequestCitizenInformation, state: Case): CaseEvent[] {
  requireMayActOnCase(state, command.actor);
  requireNotSuspended(state, 'CASE_ALREADY_SUSPENDED');
  return [
    {
      type: 'CitizenInformationRequested',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        question: requireText(command.question, 'question'),
        channel: requireOneOf(command.channel, CHANNELS, 'channel'),
        requestedAt: command.at,
      },
    },
  ];
}

/** The clock resumes; the due date moves by the whole calendar days spent waiting. */
export function recordInformation(command: RecordCitizenInformation, state: Case): CaseEvent[] {
  requireMayActOnCase(state, command.actor);
  if (command.actor.role === 'citizen' && command.actor.id !== state.citizenId) {
    throw new DomainError('CITIZEN_NOT_OWNER', 'A citizen may answer only on their own cases', { caseId: state.caseId });
  }
  const suspendedSince = state.clock.suspendedSince;
  if (suspendedSince === null) {
    throw new DomainError('CASE_NOT_SUSPENDED', `Case ${state.caseId} is not waiting for the citizen's information`, {
      caseId: state.caseId,
    });
  }
  const information = requireText(command.information, 'information');
  const suspendedDays = suspendedCalendarDays(suspendedSince, command.at);
  return [
    {
      type: 'CitizenInformationReceived',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        information,
        suspendedDays,
        finalReplyDueDate: addCalendarDays(state.clock.dueDate, suspendedDays),
        receivedAt: command.at,
      },
    },
  ];
}

export function sendInterimReply(command: SendInterimReply, state: Case): CaseEvent[] {
  const speaker = speakerFor(state, command.actor);
  return [
    {
      type: 'InterimReplySent',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        text: requireText(command.text, 'text'),
        channel: requireOneOf(command.channel, CHANNELS, 'channel'),
        sentBy: speaker.author,
        sectorId: speaker.sectorId,
        sentAt: command.at,
      },
    },
  ];
}

/**
 * A motivated extension: a reason and a later date, both told to the citizen. Not while
 * suspended: the clock is stopped and the due date is not known until the citizen answers.
 */
export function extendDeadline(command: ExtendFinalReplyDeadline, state: Case): CaseEvent[] {
  requireMayActOnCase(state, command.actor);
  requireNotSuspended(state, 'CASE_SUSPENDED');
  if (typeof command.reason !== 'string' || command.reason.trim() === '') {
    throw new DomainError('EXTENSION_REASON_REQUIRED', 'An extension must give the citizen its reason', {
      caseId: state.caseId,
    });
  }
  const newDueDate = requireRomeDate(command.newDueDate, 'newDueDate');
  if (newDueDate <= state.clock.dueDate) {
    throw new DomainError(
      'EXTENSION_DATE_NOT_LATER',
      `The new due date must be after the current one (${state.clock.dueDate})`,
      { caseId: state.caseId, currentDueDate: state.clock.dueDate, newDueDate },
    );
  }
  // A sane window keeps every later date computation inside the calendar (9999-12-31 once
  // stopped the deadline process for every case) and an extension proportionate.
  const maxExtensionDays = command.maxExtensionDays ?? DEFAULT_MAX_EXTENSION_DAYS;
  const latestDueDate = addCalendarDays(state.clock.dueDate, maxExtensionDays);
  if (newDueDate > latestDueDate) {
    throw new DomainError(
      'EXTENSION_TOO_LONG',
      `An extension may move the due date at most ${maxExtensionDays} days later, to ${latestDueDate}`,
      { caseId: state.caseId, currentDueDate: state.clock.dueDate, newDueDate, latestDueDate, maxExtensionDays },
    );
  }
  if (newDueDate < romeDate(command.at)) {
    throw new DomainError('EXTENSION_DATE_IN_PAST', `The new due date ${newDueDate} has already passed`, {
      caseId: state.caseId,
      newDueDate,
    });
  }
  return [
    {
      type: 'FinalReplyDeadlineExtended',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        reason: command.reason.trim(),
        previousDueDate: state.clock.dueDate,
        newDueDate,
        extendedAt: command.at,
      },
    },
  ];
}

/** The referent drafts the answer; the URP completes and sends it. */
export function draftFinalReply(command: DraftFinalReply, state: Case): CaseEvent[] {
  const routing = requireActingSector(state, command.actor);
  requireTakenInCharge(state);
  return [
    {
      type: 'FinalReplyDrafted',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        sectorId: routing.sectorId,
        text: requireText(command.text, 'text'),
        draftedAt: command.at,
      },
    },
  ];
}

/**
 * The final reply needs the sector to have taken charge, unless no sector holds the case
 * and the URP answers it itself. A case handed back is held by no sector: the URP may
 * answer it. A sector's referent answers only once in charge.
 */
export function sendFinalReply(command: SendFinalReply, state: Case): CaseEvent[] {
  requireClassified(state);
  const speaker = speakerFor(state, command.actor);
  if (state.routing !== null) requireTakenInCharge(state);
  const text = requireText(command.text, 'text');
  const channel = requireOneOf(command.channel, CHANNELS, 'channel');
  // A reply sent while still waiting for the citizen counts the wait so far as suspended.
  const dueDate = finalReplyDueDateAt(state.clock, command.at);
  return [
    {
      type: 'FinalReplySent',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        text,
        channel,
        repliedBy: speaker.author,
        sectorId: speaker.sectorId,
        finalReplyDueDate: dueDate,
        withinDueDate: isBefore(command.at, endOfRomeDay(dueDate)),
        sentAt: command.at,
      },
    },
    { type: 'CaseClosed', data: { caseId: state.caseId, outcome: 'answered', closedAt: command.at } },
  ];
}

/** Not the municipality's matter: the URP names the competent body, and the case closes. */
export function directElsewhere(command: DirectCaseElsewhere, state: Case): CaseEvent[] {
  requireClassified(state);
  if (state.routing !== null) {
    throw new DomainError(
      'CASE_ROUTED_TO_SECTOR',
      `Case ${state.caseId} is with sector ${state.routing.sectorId}: it must be handed back first`,
      { caseId: state.caseId, sectorId: state.routing.sectorId },
    );
  }
  return [
    {
      type: 'CaseDirectedElsewhere',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        otherBody: requireText(command.otherBody, 'otherBody'),
        message: requireText(command.message, 'message'),
        channel: requireOneOf(command.channel, CHANNELS, 'channel'),
        directedAt: command.at,
      },
    },
    { type: 'CaseClosed', data: { caseId: state.caseId, outcome: 'directed_elsewhere', closedAt: command.at } },
  ];
}

function requireTakenInCharge(state: Case): void {
  if (state.status !== 'in_charge') {
    throw new DomainError(
      'FINAL_REPLY_NEEDS_TAKE_CHARGE',
      `Sector ${state.routing?.sectorId} has not taken case ${state.caseId} in charge yet`,
      { caseId: state.caseId, sectorId: state.routing?.sectorId ?? null },
    );
  }
}
