/**
 * The routing suggestion of each case in the queue: the default sector of its category, as
 * recorded on receipt and on each (re)classification. Kept in its own column, beside the
 * shared case summary, so only the queue pays for it (written with it: queue-rows.ts).
 */
import type { StoredCaseEvent } from '../shared/fold-case-events';

export const SUGGESTED_SECTOR_COLUMN = 'suggested_sector_id';

/** The last suggestion of each case in the batch; a new category without one clears it. */
export function suggestionsIn(events: readonly StoredCaseEvent[]): Map<string, string | null> {
  const latest = new Map<string, string | null>();
  for (const { caseId, event } of events) {
    if (event.type === 'CaseReceived' || event.type === 'CaseClassified' || event.type === 'CaseReclassified') {
      latest.set(caseId, event.data.suggestedSectorId ?? null);
    }
  }
  return latest;
}
