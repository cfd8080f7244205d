/** Folding a batch of case events into the cases already folded: pure. */
import { CASE_EVENT_TYPES, CASE_STREAM_PREFIX, type CaseEvent } from '../../contracts';
import { evolveCase, initialCaseState } from '../../domain';
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { CaseFailure } from '../quarantine/case-quarantine';
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

/**
 * The same fold, one case at a time: a case whose event cannot be evolved is reported with
 * that event and left out (none of its events folded), and the cases in `parked` (already in
 * quarantine) are skipped; every other case is folded as usual.
 */
export function foldCaseEventsIsolated(
  folded: ReadonlyMap<string, FoldedCase>,
  events: readonly RecordedEvent[],
  parked: ReadonlySet<string>,
): { changed: FoldedCase[]; failed: CaseFailure[] } {
  const byCase = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (!CASE_EVENT_TYPE_SET.has(event.type)) continue;
    const caseId = caseIdOf(event);
    if (parked.has(caseId)) continue;
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), event]);
  }
  const changed: FoldedCase[] = [];
  const failed: CaseFailure[] = [];
  for (const [caseId, caseEvents] of byCase) {
    let current = folded.get(caseId) ?? { caseId, revision: -1, state: initialCaseState() };
    let failure: CaseFailure | undefined;
    for (const event of caseEvents) {
      if (event.revision <= current.revision) continue;
      try {
        current = { caseId, revision: event.revision, state: evolveCase(current.state, { type: event.type, data: event.data } as CaseEvent) };
      } catch (error) {
        failure = { caseId, stage: 'fold', event, error };
        break;
      }
    }
    if (failure) failed.push(failure);
    else if (current !== folded.get(caseId) && current.revision >= 0) changed.push(current);
  }
  return { changed, failed };
}
