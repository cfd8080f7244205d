import type { CommandContext } from '../../command-handling/command-context';
import type { DecisionResult } from '../../command-handling/decide-and-append';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { caseStream, type CaseEvent, type CaseMerged, type CaseUnmerged } from '../../contracts';
import { caseDecider, stateFrom, type CaseState } from '../../domain';
import type { EventStore } from '../../event-store/event-store.port';
import type { CaseStreams } from '../shared/case-streams';

type MergeDecision = Pick<CaseMerged, 'type' | 'data'> | Pick<CaseUnmerged, 'type' | 'data'>;

/**
 * The surviving case's side of a merge (or unmerge): an event on its own stream naming the
 * duplicate, so its history says which case joined it and the outbox can tell that case's
 * citizen when the survivor is answered. Two cases are two streams, so two appends: the
 * duplicate's holds the decision, then this one its trace. The trace's id derives from the
 * decision (the duplicate and the revision of its CaseMerged/CaseUnmerged), not from the
 * request: whichever attempt writes it, with or without Idempotency-Key, the store keeps
 * one, and a process that stopped between the two appends leaves a trace a retry completes.
 * Everything it needs comes from the decision's result, so a replayed result serves as well.
 */
export async function traceDecision(cases: CaseStreams, result: DecisionResult<CaseState, CaseEvent>, context: CommandContext): Promise<void> {
  const decision = result.events.find(isMergeDecision);
  if (decision) await traceOnSurvivor(cases, result.state, decision, result.revision, context);
}

/**
 * A merge or unmerge refused because the duplicate already is so (CASE_MERGED,
 * CASE_NOT_MERGED) may be the retry of one whose trace was never written: complete the trace
 * of the duplicate's last merge or unmerge (nothing is appended when it is there).
 */
export async function completeLastTrace(store: EventStore, cases: CaseStreams, duplicateId: string, context: CommandContext): Promise<void> {
  const history = await store.readStream(caseStream(duplicateId));
  const last = [...history].reverse().find(isMergeDecision);
  if (!last) return;
  const upToLast = history.filter((event) => event.revision <= last.revision).map((event) => ({ type: event.type, data: event.data }) as CaseEvent);
  await traceOnSurvivor(cases, stateFrom(caseDecider, upToLast), last, last.revision, context);
}

function isMergeDecision<E extends { type: string; data: unknown }>(event: E): event is E & MergeDecision {
  return event.type === 'CaseMerged' || event.type === 'CaseUnmerged';
}

async function traceOnSurvivor(cases: CaseStreams, duplicate: CaseState, decision: MergeDecision, revision: number, context: CommandContext): Promise<void> {
  if (duplicate.status === 'none') return;
  const [type, survivorId] =
    decision.type === 'CaseMerged' ? (['AttachDuplicate', decision.data.intoCaseId] as const) : (['DetachDuplicate', decision.data.fromCaseId] as const);
  // If-Match named the duplicate's revision, not the survivor's.
  const survivorContext: CommandContext = { ...context, expectedRevision: undefined };
  await cases.transition(
    survivorId,
    survivorContext,
    (_, envelope) => ({ type, caseId: survivorId, ...envelope, duplicateCaseId: duplicate.caseId, duplicateReference: duplicate.reference }),
    (index) => deterministicUuid('survivor-trace', type, duplicate.caseId, String(revision), String(index)),
  );
}
