/**
 * The facts a period's figures are computed from, chosen from the in-memory state by the
 * same rules readFactsInPeriod applies in SQL (sector-performance/reading/facts-reader.ts):
 * clocks started before the period's end and started, closed or reopened in it, or still
 * open at its start (unless merged before it); routings made in it; in the same order.
 */
import { atOrBefore, before } from '../../sector-performance/compute/instants';
import type { PeriodBounds } from '../../sector-performance/compute/report-period';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import type { CaseFact, ClockFact, ClockRecord, FactsInPeriod, RoutingFact, RoutingRecord } from '../../sector-performance/facts/case-facts';
import type { ReportState } from './report-state';

export function stateFactsInPeriod(state: ReportState, bounds: PeriodBounds, sectorId?: string): FactsInPeriod {
  const cases = [...state.cases.values()];
  const clocks = cases.flatMap((facts) => facts.clocks.map((clock) => clockRecord(clock, facts.case)));
  const routings = cases.flatMap((facts) => facts.routings.map((routing) => routingRecord(routing, facts.case)));
  const ofSector = (fact: { sectorId: string | null }) => sectorId === undefined || fact.sectorId === sectorId;
  return {
    clocks: clocks.filter((c) => ofSector(c) && clockConcernsPeriod(c, bounds)).sort(byClockOrder),
    routings: routings.filter((r) => ofSector(r) && atOrBefore(bounds.start, r.routedAt) && before(r.routedAt, bounds.end)).sort(byRoutingOrder),
  };
}

/** Sorted by name, as readSectors orders them. */
export function stateSectors(state: ReportState): SectorEntry[] {
  return [...state.sectors.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.sectorId, b.sectorId));
}

function clockConcernsPeriod(clock: ClockRecord, { start, end }: PeriodBounds): boolean {
  if (!before(clock.startedAt, end)) return false;
  const since = (instant: string | null) => instant !== null && atOrBefore(start, instant);
  const openAtStart = clock.closedAt === null && (clock.mergedAt === null || since(clock.mergedAt));
  return since(clock.startedAt) || since(clock.closedAt) || since(clock.reopenedAt) || openAtStart;
}

function clockRecord(clock: ClockFact, fact: CaseFact): ClockRecord {
  return { ...clock, reference: fact.reference, kind: fact.kind, channel: fact.channel, receivedAt: fact.receivedAt, mergedAt: fact.mergedAt };
}

function routingRecord(routing: RoutingFact, fact: CaseFact): RoutingRecord {
  return { ...routing, reference: fact.reference, kind: fact.kind, channel: fact.channel, mergedAt: fact.mergedAt };
}

function byClockOrder(a: ClockRecord, b: ClockRecord): number {
  return Date.parse(a.startedAt) - Date.parse(b.startedAt) || compareText(a.caseId, b.caseId) || a.clockNo - b.clockNo;
}

function byRoutingOrder(a: RoutingRecord, b: RoutingRecord): number {
  return Date.parse(a.routedAt) - Date.parse(b.routedAt) || compareText(a.caseId, b.caseId) || a.routingNo - b.routingNo;
}

// Byte order: ids are uuids (ASCII), names may tie on collation but not on figures.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
