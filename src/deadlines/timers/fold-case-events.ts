/** Folding a batch of case events into the cases already folded: pure. */
import { CASE_EVENT_TYPES, CASE_STREAM_PREFIX, type CaseEvent } from '../../contracts';
import { evolveCase, initialCaseState } from '../../domain';
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { FoldedCase } from './timer-rows';

const CASE_EVENT_TYPE_SET: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

export function caseIdOf(event: RecordedEvent): string {
  return event.streamName.slice(CASE_STREAM_PREFIX.length);
}

/**
 * Returns the cases the batch changed. An event at or below a case's folded revision is
 * already in its state and is skipped, so folding the same events again changes nothing.
 */
export function foldCaseEvents(folded: ReadonlyMap<string, FoldedCase>, events: readonly RecordedEvent[]): FoldedCase[] {
  const changed = new Map<string, FoldedCase>();
  for (const event of events) {
    if (!CASE_EVENT_TYPE_SET.has(event.type)) continue;
    const caseId = caseIdOf(event);
    const current = changed.get(caseId) ?? folded.get(caseId) ?? { caseId, revision: -1, state: initialCaseState() };
    if (event.revision <= current.revision) continue;
    const state = evolveCase(current.state, { type: event.type, data: event.data } as CaseEvent);
    changed.set(caseId, { caseId, revision: event.revision, state });
  }
  return [...changed.values()];
}
