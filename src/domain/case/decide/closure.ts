/** Closing without a reply, reopening, the satisfaction survey, merging duplicates. */
import type { CaseEvent, SatisfactionScore } from '../../../contracts';
import { romeDate } from '../../../shared/rome-time';
import { DomainError } from '../../shared/domain-error';
import { optionalText, requireOneOf, requireText } from '../../shared/validation';
import {
  OUTCOMES_WITHOUT_REPLY,
  type CloseCase,
  type GiveSatisfactionFeedback,
  type AttachDuplicate,
  type DetachDuplicate,
  type MergeCase,
  type ReopenCase,
  type UnmergeCase,
} from '../case-commands';
import { finalReplyDueDateFrom } from '../case-deadlines';
import type { Case, Closure } from '../case-state';
import { finalReplyTermsOf, requireTerms } from '../case-terms';

/**
 * Closing without a final reply: the citizen withdrew, or an appreciation that needs no
 * answer. Any other case closes through its final reply or by directing it elsewhere.
 */
export function close(command: CloseCase, state: Case): CaseEvent[] {
  const outcome = requireOneOf(command.outcome, OUTCOMES_WITHOUT_REPLY, 'outcome');
  if (outcome === 'no_reply_needed' && state.kind !== 'appreciation') {
    throw new DomainError(
      'CLOSE_WITHOUT_REPLY_NOT_ALLOWED',
      `Only an appreciation can be closed without a reply; case ${state.caseId} is a ${state.kind ?? 'unclassified contact'}`,
      { caseId: state.caseId, kind: state.kind },
    );
  }
  return [{ type: 'CaseClosed', data: { caseId: state.caseId, outcome, closedAt: command.at } }];
}

/** Back to the URP, with a new final-reply clock from the date of reopening. */
export function reopen(command: ReopenCase, state: Case): CaseEvent[] {
  const closure = requireClosed(state);
  const reason = requireText(command.reason, 'reason');
  const finalReplyTerms = finalReplyTermsOf(requireTerms(command.terms));
  return [
    {
      type: 'CaseReopened',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        reason,
        previousOutcome: closure.outcome,
        finalReplyTerms,
        finalReplyDueDate: finalReplyDueDateFrom(romeDate(command.at), finalReplyTerms),
        reopenedAt: command.at,
      },
    },
  ];
}

/** One answer per closure: a reopened and closed again case may be rated again. */
export function giveFeedback(command: GiveSatisfactionFeedback, state: Case): CaseEvent[] {
  if (command.actor.role === 'citizen' && command.actor.id !== state.citizenId) {
    throw new DomainError(
      'CITIZEN_NOT_OWNER',
      `A citizen may give feedback only on their own cases`,
      { caseId: state.caseId },
    );
  }
  const closure = requireClosed(state);
  if (closure.feedbackGiven) {
    throw new DomainError(
      'FEEDBACK_ALREADY_GIVEN',
      `Feedback on case ${state.caseId} was already given for this closure`,
      { caseId: state.caseId },
    );
  }
  return [
    {
      type: 'SatisfactionFeedbackGiven',
      data: {
        caseId: state.caseId,
        citizenId: state.citizenId,
        score: requireScore(command.score),
        comment: optionalText(command.comment),
        givenAt: command.at,
      },
    },
  ];
}

export function merge(command: MergeCase, state: Case): CaseEvent[] {
  const intoCaseId = requireText(command.intoCaseId, 'intoCaseId');
  if (intoCaseId === state.caseId) {
    throw new DomainError('CASE_CANNOT_MERGE_INTO_ITSELF', `Case ${state.caseId} cannot be merged into itself`, {
      caseId: state.caseId,
    });
  }
  return [{ type: 'CaseMerged', data: { caseId: state.caseId, intoCaseId, mergedAt: command.at } }];
}

export function unmerge(command: UnmergeCase, state: Case): CaseEvent[] {
  if (state.merge === null) {
    throw new DomainError('CASE_NOT_MERGED', `Case ${state.caseId} is not merged`, { caseId: state.caseId });
  }
  return [{ type: 'CaseUnmerged', data: { caseId: state.caseId, fromCaseId: state.merge.intoCaseId, unmergedAt: command.at } }];
}

export function attachDuplicate(command: AttachDuplicate, state: Case): CaseEvent[] {
  const duplicateCaseId = requireText(command.duplicateCaseId, 'duplicateCaseId');
  if (state.duplicates.includes(duplicateCaseId)) return [];
  const duplicateReference = requireText(command.duplicateReference, 'duplicateReference');
  return [{ type: 'CaseDuplicateAttached', data: { caseId: state.caseId, duplicateCaseId, duplicateReference, attachedAt: command.at } }];
}

export function detachDuplicate(command: DetachDuplicate, state: Case): CaseEvent[] {
  const duplicateCaseId = requireText(command.duplicateCaseId, 'duplicateCaseId');
  if (!state.duplicates.includes(duplicateCaseId)) return [];
  const duplicateReference = requireText(command.duplicateReference, 'duplicateReference');
  return [{ type: 'CaseDuplicateDetached', data: { caseId: state.caseId, duplicateCaseId, duplicateReference, detachedAt: command.at } }];
}

function requireClosed(state: Case): Closure {
  if (state.closure === null) {
    throw new DomainError(
      'CASE_NOT_CLOSED',
      `Case ${state.caseId} is not closed`,
      { caseId: state.caseId, status: state.status },
    );
  }
  return state.closure;
}

function requireScore(score: unknown): SatisfactionScore {
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    throw new DomainError('FEEDBACK_SCORE_INVALID', 'The satisfaction score is a whole number from 1 to 5', { score });
  }
  return score as SatisfactionScore;
}
