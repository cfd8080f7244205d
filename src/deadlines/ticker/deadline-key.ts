/**
 * The Idempotency-Key of a process manager command: the case, the revision the decision is
 * taken on, the action and what it is about (reminder number, due date).
 *
 * WHY the revision: a key made only of the reminder number or the due date repeats in a
 * case's life (every routing counts reminders from 1 again; a reopened case can get the
 * same due date), and a repeated key makes the store answer with the old events: the new
 * reminder would be skipped. With the revision, whoever sends the same action on the same
 * state (the other instance, a retry after a crash) sends the same key, so the same event
 * ids, which the store keeps once; and a later state never reuses it. The command also
 * carries the revision as If-Match, so the events recorded under a key are always the ones
 * its label names.
 */
export interface DeadlineKeyParts {
  caseId: string;
  revision: number;
  kind: string;
  /** The reminder number, or the due date the alarm is about. */
  subject: string;
}

export function deadlineKey({ caseId, revision, kind, subject }: DeadlineKeyParts): string {
  return `deadline:${caseId}:${revision}:${kind}:${subject}`;
}
