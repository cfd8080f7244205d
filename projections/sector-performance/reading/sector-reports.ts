/**
 * The two performance reports, read for a period: one sector's, and every sector side by
 * side with the whole office's totals. SQL selects the facts; compute/ does the rest.
 */
import type { Instant } from '../../../src/read-side';
import { PerformanceFigures, performanceFigures } from '../compute/performance-figures';
import { periodBounds, ReportPeriod } from '../compute/report-period';
import { sectorsOfPeriod } from '../compute/sectors-of-period';
import type { SectorEntry } from '../facts/sector-facts';
import type { PerformanceTables } from '../performance-tables';
import { readFactsInPeriod, SqlRunner } from './facts-reader';
import { readSectors } from './sectors-reader';

export interface ReportScope {
  period: ReportPeriod;
  /** What the report knows of: replies, take-charges and answers after it are not counted. */
  asOf: Instant;
  minSample: number;
}

export interface SectorPerformance extends PerformanceFigures {
  sector: SectorEntry;
  period: ReportPeriod;
  asOf: Instant;
  minSample: number;
}

export interface SectorsReport {
  period: ReportPeriod;
  asOf: Instant;
  minSample: number;
  sectors: (PerformanceFigures & { sector: SectorEntry })[];
  /** Every case of the office, those the URP handled itself included. */
  overall: PerformanceFigures;
}

export async function readSector(sql: SqlRunner, tables: PerformanceTables, sectorId: string): Promise<SectorEntry | undefined> {
  return (await readSectors(sql, tables)).find((sector) => sector.sectorId === sectorId);
}

export async function readSectorPerformance(sql: SqlRunner, tables: PerformanceTables, sector: SectorEntry, scope: ReportScope): Promise<SectorPerformance> {
  const facts = await readFactsInPeriod(sql, tables, periodBounds(scope.period), sector.sectorId);
  return { sector, ...scope, ...performanceFigures({ ...facts, ...scope }) };
}

export async function readSectorsReport(sql: SqlRunner, tables: PerformanceTables, scope: ReportScope): Promise<SectorsReport> {
  const facts = await readFactsInPeriod(sql, tables, periodBounds(scope.period));
  const sectors = await readSectors(sql, tables);
  return {
    ...scope,
    sectors: sectorsOfPeriod(sectors, facts, scope.period).map((sector) => ({
      sector,
      ...performanceFigures({
        clocks: facts.clocks.filter((c) => c.sectorId === sector.sectorId),
        routings: facts.routings.filter((r) => r.sectorId === sector.sectorId),
        ...scope,
      }),
    })),
    overall: performanceFigures({ ...facts, ...scope }),
  };
}
