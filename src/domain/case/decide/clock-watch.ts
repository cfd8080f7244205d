/**
 * What the deadline process manager records: a due-soon warning and an overdue marking,
 * each at most once per due date. Its schedule may be stale (the due date moved, the case
 * was answered, the citizen was asked for information) and its commands may be retried,
 * so when there is nothing to record these return no events instead of refusing.
 */
import type { CaseEvent } from '../../../contracts';
import type { MarkFinalReplyOverdue, WarnFinalReplyDueSoon } from '../case-commands';
import { finalReplySlaAt } from '../case-deadlines';
import type { Case } from '../case-state';

export function warnDueSoon(command: WarnFinalReplyDueSoon, state: Case): CaseEvent[] {
  const { dueDate, dueSoonWarnedFor } = state.clock;
  if (finalReplySlaAt(state, command.at) !== 'due_soon' || dueSoonWarnedFor === dueDate) return [];
  return [{ type: 'FinalReplyDueSoon', data: { caseId: state.caseId, finalReplyDueDate: dueDate, warnedAt: command.at } }];
}

export function markOverdue(command: MarkFinalReplyOverdue, state: Case): CaseEvent[] {
  const { dueDate, overdueMarkedFor } = state.clock;
  if (finalReplySlaAt(state, command.at) !== 'overdue' || overdueMarkedFor === dueDate) return [];
  return [{ type: 'FinalReplyOverdue', data: { caseId: state.caseId, finalReplyDueDate: dueDate, markedAt: command.at } }];
}
