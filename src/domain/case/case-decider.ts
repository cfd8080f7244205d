/**
 * The case decider: the whole life of a case, from receipt to closure and beyond.
 *
 * The order of checks is the same for every command: who may issue it, whether the case
 * exists, whether it is merged (only an unmerge then) or closed (only a reopening or the
 * citizen's feedback then), and finally the command's own rules.
 *
 * Commands from people that change nothing are refused with a code saying why; commands
 * from the process manager ('system') that find nothing to do return no events, so its
 * retries and stale schedules are harmless.
 */
import type { CaseEvent } from '../../contracts';
import type { Decider } from '../shared/decider';
import { requireInstant } from '../shared/validation';
import type { CaseCommand, CaseCommandType } from './case-commands';
import { evolveCase } from './case-evolve';
import { requireExistingCase, requireNotClosed, requireNotMerged } from './case-guards';
import { requireCaseRole } from './case-permissions';
import { initialCaseState, type Case, type CaseState } from './case-state';
import { markOverdue, warnDueSoon } from './decide/clock-watch';
import { close, giveFeedback, merge, reopen, unmerge, attachDuplicate, detachDuplicate } from './decide/closure';
import {
  directElsewhere,
  draftFinalReply,
  extendDeadline,
  recordInformation,
  requestInformation,
  sendFinalReply,
  sendInterimReply,
} from './decide/correspondence';
import { acknowledge, classify, receive } from './decide/intake';
import { handBack, remind, route, takeInCharge } from './decide/routing';

/** A duplicate may join (or leave) a case already answered: its trace is history, not handling. */
const ACCEPTED_WHEN_CLOSED: readonly CaseCommandType[] = ['ReopenCase', 'GiveSatisfactionFeedback', 'AttachDuplicate', 'DetachDuplicate'];
const ACCEPTED_WHEN_MERGED: readonly CaseCommandType[] = ['UnmergeCase', 'DetachDuplicate'];

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  requireCaseRole(command);
  const timed = { ...command, at: requireInstant(command.at, 'at') };
  if (timed.type === 'ReceiveCase') return receive(timed, state);

  const existing = requireExistingCase(state, timed.caseId);
  if (timed.actor.role === 'system' && (existing.status === 'closed' || existing.status === 'merged')) return [];
  if (!ACCEPTED_WHEN_MERGED.includes(timed.type)) requireNotMerged(existing, timed.type);
  if (!ACCEPTED_WHEN_CLOSED.includes(timed.type)) requireNotClosed(existing, timed.type);
  return decideOnExistingCase(timed, existing);
}

function decideOnExistingCase(command: Exclude<CaseCommand, { type: 'ReceiveCase' }>, state: Case): CaseEvent[] {
  switch (command.type) {
    case 'AcknowledgeCase':
      return acknowledge(command, state);
    case 'ClassifyCase':
      return classify(command, state);
    case 'DirectCaseElsewhere':
      return directElsewhere(command, state);
    case 'RouteCase':
      return route(command, state);
    case 'HandBackCase':
      return handBack(command, state);
    case 'TakeCaseInCharge':
      return takeInCharge(command, state);
    case 'SendTakeChargeReminder':
      return remind(command, state);
    case 'WarnFinalReplyDueSoon':
      return warnDueSoon(command, state);
    case 'MarkFinalReplyOverdue':
      return markOverdue(command, state);
    case 'RequestCitizenInformation':
      return requestInformation(command, state);
    case 'RecordCitizenInformation':
      return recordInformation(command, state);
    case 'SendInterimReply':
      return sendInterimReply(command, state);
    case 'ExtendFinalReplyDeadline':
      return extendDeadline(command, state);
    case 'DraftFinalReply':
      return draftFinalReply(command, state);
    case 'SendFinalReply':
      return sendFinalReply(command, state);
    case 'CloseCase':
      return close(command, state);
    case 'ReopenCase':
      return reopen(command, state);
    case 'GiveSatisfactionFeedback':
      return giveFeedback(command, state);
    case 'MergeCase':
      return merge(command, state);
    case 'UnmergeCase':
      return unmerge(command, state);
    case 'AttachDuplicate':
      return attachDuplicate(command, state);
    case 'DetachDuplicate':
      return detachDuplicate(command, state);
  }
}

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
};
