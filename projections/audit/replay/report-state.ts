/**
 * The report projections' facts held in memory: what sector_performance_* and
 * charter_compliance_* would hold after the same events. Folded with the projections' own
 * pure functions, so a replay cannot disagree with the projections by construction of its
 * own rules, only through what the stored tables have come to hold.
 */
import { CHARTER_EVENT_TYPES, type CharterEvent, type RecordedEvent } from '../../../src/read-side';
import { correctiveActionRecord, type CorrectiveActionRecord } from '../../charter-compliance/corrective-actions/corrective-action-record';
import { evolveStandardRecord, type StandardRecord } from '../../charter-compliance/standards/standard-record';
import type { CaseFacts } from '../../sector-performance/facts/case-facts';
import { evolveCaseFacts } from '../../sector-performance/facts/evolve-case-facts';
import { sectorChange, type SectorChange, type SectorEntry } from '../../sector-performance/facts/sector-facts';
import { asCaseEvent } from '../../shared/contract-events';

export interface ReportState {
  cases: Map<string, CaseFacts>;
  sectors: Map<string, SectorEntry>;
  standards: Map<string, StandardRecord>;
  /** In log order, as the stored table orders them. */
  actions: CorrectiveActionRecord[];
}

export function emptyReportState(): ReportState {
  return { cases: new Map(), sectors: new Map(), standards: new Map(), actions: [] };
}

/** Applies one event in place; events the reports do not read change nothing. */
export function applyToReportState(state: ReportState, recorded: RecordedEvent): void {
  applyCaseEvent(state, recorded);
  applySectorEvent(state, recorded);
  applyCharterEvent(state, recorded);
  applyCorrectiveAction(state, recorded);
}

export function reportStateOf(events: Iterable<RecordedEvent>): ReportState {
  const state = emptyReportState();
  for (const event of events) applyToReportState(state, event);
  return state;
}

function applyCaseEvent(state: ReportState, recorded: RecordedEvent): void {
  const event = asCaseEvent(recorded);
  if (!event) return;
  const next = evolveCaseFacts(state.cases.get(event.data.caseId), event, recorded.id);
  if (next) state.cases.set(event.data.caseId, next);
}

/** As saveSectorChange does in SQL: a name upserts, a dissolution only marks a known sector. */
function applySectorEvent(state: ReportState, recorded: RecordedEvent): void {
  const change: SectorChange | null = sectorChange(recorded);
  if (!change) return;
  const known = state.sectors.get(change.sectorId);
  if ('name' in change) {
    state.sectors.set(change.sectorId, { sectorId: change.sectorId, name: change.name, dissolvedAt: known?.dissolvedAt ?? null });
  } else if (known) {
    state.sectors.set(change.sectorId, { ...known, dissolvedAt: change.dissolvedAt });
  }
}

const CHARTER_TYPES: ReadonlySet<string> = new Set(CHARTER_EVENT_TYPES);

function applyCharterEvent(state: ReportState, recorded: RecordedEvent): void {
  if (!CHARTER_TYPES.has(recorded.type)) return;
  const event = { type: recorded.type, data: recorded.data } as CharterEvent;
  const next = evolveStandardRecord(state.standards.get(event.data.standardId), event, recorded.id);
  if (next) state.standards.set(next.standardId, next);
}

/** Recorded once: the same action arriving again changes nothing (ON CONFLICT DO NOTHING). */
function applyCorrectiveAction(state: ReportState, recorded: RecordedEvent): void {
  const record = correctiveActionRecord(recorded);
  if (record && !state.actions.some((a) => a.actionId === record.actionId)) state.actions.push(record);
}
