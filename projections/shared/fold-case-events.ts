/** Folding a batch's case events into summaries loaded beforehand: the batch's only reads. */
import type { CaseEvent, RecordedEvent } from '../../src/read-side';
import type { CaseSummary } from './case-summary';
import { asCaseEvent } from './contract-events';
import { evolveCaseSummary } from './evolve-case-summary';

export interface StoredCaseEvent {
  caseId: string;
  event: CaseEvent;
  recorded: RecordedEvent;
}

/** The case events of a batch, in order, with the case each belongs to. */
export function caseEventsOf(events: readonly RecordedEvent[]): StoredCaseEvent[] {
  return events.flatMap((recorded) => {
    const event = asCaseEvent(recorded);
    return event ? [{ caseId: event.data.caseId, event, recorded }] : [];
  });
}

/** Applies the events to `summaries` in place; returns the summaries that changed. */
export function foldCaseEvents(summaries: Map<string, CaseSummary>, events: readonly StoredCaseEvent[]): CaseSummary[] {
  const changed = new Set<string>();
  for (const { caseId, event, recorded } of events) {
    const next = evolveCaseSummary(summaries.get(caseId), event, recorded.revision);
    if (!next) continue;
    summaries.set(caseId, next);
    changed.add(caseId);
  }
  return [...changed].map((caseId) => summaries.get(caseId)!);
}
