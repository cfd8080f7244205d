/** Which sectors a report over a period lists. */
import type { FactsInPeriod } from '../facts/case-facts';
import type { SectorEntry } from '../facts/sector-facts';
import { before } from './instants';
import { periodBounds, ReportPeriod } from './report-period';

/** Sectors not dissolved before the period, and any sector the period's facts name (even one no sector event named). */
export function sectorsOfPeriod(sectors: readonly SectorEntry[], facts: FactsInPeriod, period: ReportPeriod): SectorEntry[] {
  const named = new Set([...facts.clocks.map((c) => c.sectorId), ...facts.routings.map((r) => r.sectorId)].filter((id): id is string => id !== null));
  return sectorsNamed(sectors, named, period);
}

/** As sectorsOfPeriod, given the sectors the period's facts name. */
export function sectorsNamed(sectors: readonly SectorEntry[], named: ReadonlySet<string>, period: ReportPeriod): SectorEntry[] {
  const start = periodBounds(period).start;
  const known = new Set(sectors.map((s) => s.sectorId));
  const chosen = sectors.filter((s) => s.dissolvedAt === null || !before(s.dissolvedAt, start) || named.has(s.sectorId));
  const unknown = [...named].filter((id) => !known.has(id)).map((sectorId) => ({ sectorId, name: sectorId, dissolvedAt: null }));
  return [...chosen, ...unknown].sort((a, b) => a.name.localeCompare(b.name, 'it') || a.sectorId.localeCompare(b.sectorId));
}
