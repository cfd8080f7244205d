/**
 * What the process manager must record on a case at an instant, if anything, mirroring the
 * rules the case decider applies to the system actor's commands.
 */
import { finalReplySlaAt, isReminderDue, type CaseState } from '../../domain';
import type { Instant } from '../../shared/rome-time';
import { deadlineKey } from './deadline-key';

export type DueActionKind = 'reminder' | 'due-soon' | 'overdue';

export interface DueAction {
  kind: DueActionKind;
  caseId: string;
  /** The command's Idempotency-Key: the same action on the same revision always gets the same one. */
  idempotencyKey: string;
}

/**
 * The first action due: the reminder, then the final-reply alarm (overdue wins over due
 * soon: the decider records no warning for a date already past). `revision` is the
 * revision the state was folded up to; the action is valid only on it.
 */
export function dueActionOf(state: CaseState, revision: number, at: Instant): DueAction | null {
  if (state.status === 'none') return null;
  const { caseId } = state;
  if (isReminderDue(state, at) && state.routing) {
    return action('reminder', caseId, revision, String(state.routing.remindersSent + 1));
  }
  const { dueDate, dueSoonWarnedFor, overdueMarkedFor } = state.clock;
  const sla = finalReplySlaAt(state, at);
  if (sla === 'overdue' && overdueMarkedFor !== dueDate) return action('overdue', caseId, revision, dueDate);
  if (sla === 'due_soon' && dueSoonWarnedFor !== dueDate) return action('due-soon', caseId, revision, dueDate);
  return null;
}

function action(kind: DueActionKind, caseId: string, revision: number, subject: string): DueAction {
  return { kind, caseId, idempotencyKey: deadlineKey({ caseId, revision, kind, subject }) };
}
