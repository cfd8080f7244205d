import type { CommandContext } from '../../command-handling/command-context';
import type { CaseStreams } from '../shared/case-streams';

/**
 * The surviving case's side of a merge (or unmerge): an event on its own stream naming the
 * duplicate, so its history says which case joined it and the outbox can tell that case's
 * citizen when the survivor is answered. A second append, after the duplicate's: the
 * duplicate's stream holds the decision, this one its trace (a retry with the same
 * Idempotency-Key writes neither twice).
 */
export async function traceOnSurvivor(
  cases: CaseStreams,
  type: 'AttachDuplicate' | 'DetachDuplicate',
  survivorId: string,
  duplicate: { caseId: string; reference: string },
  context: CommandContext,
): Promise<void> {
  // If-Match named the duplicate's revision, not the survivor's.
  const survivorContext: CommandContext = { ...context, expectedRevision: undefined };
  await cases.transition(survivorId, survivorContext, (_, envelope) => ({
    type,
    caseId: survivorId,
    ...envelope,
    duplicateCaseId: duplicate.caseId,
    duplicateReference: duplicate.reference,
  }));
}
