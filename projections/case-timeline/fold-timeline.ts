/**
 * A batch of events folded into timeline changes, without I/O: the summaries and sector
 * names the batch needs are loaded beforehand and updated here in log order, so that each
 * title sees the sector names as they were at its event.
 */
import { acknowledgedByEmail } from '../outbox/message-rules';
import type { RecordedEvent } from '../../src/read-side';
import type { CaseSummary } from '../shared/case-summary';
import { asCaseEvent } from '../shared/contract-events';
import { evolveCaseSummary } from '../shared/evolve-case-summary';
import { sectorNameChange } from '../shared/sector-names';
import type { TitleLookups } from './describe-event';
import { timelineEntry, TimelineEntryRecord } from './timeline-entry';

export interface TimelineState {
  summaries: Map<string, CaseSummary>;
  sectorNames: Map<string, string>;
  /** Cases whose citizen gave an e-mail address (their last acknowledgement went by e-mail). */
  casesWithEmail: Set<string>;
}

export interface TimelineChanges {
  summaries: CaseSummary[];
  entries: TimelineEntryRecord[];
  sectorNames: Map<string, string>;
}

export function foldTimeline(events: readonly RecordedEvent[], state: TimelineState): TimelineChanges {
  const changedCases = new Set<string>();
  const changedSectors = new Map<string, string>();
  const entries: TimelineEntryRecord[] = [];
  const lookups = titleLookups(state);
  for (const recorded of events) {
    const sector = sectorNameChange(recorded);
    if (sector) {
      state.sectorNames.set(sector.sectorId, sector.name);
      changedSectors.set(sector.sectorId, sector.name);
    }
    const event = asCaseEvent(recorded);
    const next = event && evolveCaseSummary(state.summaries.get(event.data.caseId), event, recorded.revision);
    // Nothing is shown of a case before its receipt (its summary ignores such events too).
    if (!event || !next) continue;
    if (event.type === 'CaseAcknowledged') {
      if (acknowledgedByEmail(event.data.channel)) state.casesWithEmail.add(event.data.caseId);
      else state.casesWithEmail.delete(event.data.caseId);
    }
    entries.push(timelineEntry(recorded, event, lookups));
    state.summaries.set(next.caseId, next);
    changedCases.add(next.caseId);
  }
  return {
    summaries: [...changedCases].map((caseId) => state.summaries.get(caseId)!),
    entries,
    sectorNames: changedSectors,
  };
}

function titleLookups(state: TimelineState): TitleLookups {
  return {
    sectorName: (sectorId) => state.sectorNames.get(sectorId) ?? sectorId,
    caseReference: (caseId) => state.summaries.get(caseId)?.reference ?? caseId,
    citizenHasEmail: (caseId) => state.casesWithEmail.has(caseId),
  };
}
