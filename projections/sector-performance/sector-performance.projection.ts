/**
 * The facts behind every performance figure: per case, its receipt, its routings and its
 * final-reply clocks, plus the sectors' names. Reports for any date range are computed
 * from these rows (see reading/ and compute/); no report ever re-reads the events. The
 * yearly report reads tallies kept here per event instead (tallies/): a large year's rows
 * take too long to read and compute on each request.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_EVENT_TYPES, type RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import { caseEventsOf } from '../shared/fold-case-events';
import type { CaseFacts } from './facts/case-facts';
import { evolveCaseFacts } from './facts/evolve-case-facts';
import { loadCaseFacts, saveCaseFacts } from './facts/fact-store';
import { saveSectorChange, SECTOR_FACT_EVENT_TYPES, sectorChange } from './facts/sector-facts';
import { caseTallies, END_OF_TIME, Tallies, tallyDelta } from './tallies/case-tallies';
import { addTallies } from './tallies/tally-store';
import { createPerformanceTables, PERFORMANCE_TABLES, performanceTablesNamed } from './performance-tables';

@Injectable()
export class SectorPerformanceProjection implements Projection {
  readonly name = 'sector_performance';
  // 2: the yearly report's tallies (tallies/).
  readonly version = 2;
  readonly handles: readonly string[] = [...CASE_EVENT_TYPES, ...SECTOR_FACT_EVENT_TYPES];
  readonly tables: readonly string[] = PERFORMANCE_TABLES;

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createPerformanceTables(em, performanceTablesNamed(table));
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = performanceTablesNamed(ctx.table);
    const caseEvents = caseEventsOf(events);
    const facts = await loadCaseFacts(ctx.em, tables, [...new Set(caseEvents.map((e) => e.caseId))]);
    const before: Tallies = new Map();
    for (const known of facts.values()) caseTallies(known, 'settled', END_OF_TIME, before);
    const changed = new Map<string, CaseFacts>();
    for (const { caseId, event, recorded } of caseEvents) {
      const next = evolveCaseFacts(facts.get(caseId), event, recorded.id);
      if (!next) continue;
      facts.set(caseId, next);
      changed.set(caseId, next);
    }
    await saveCaseFacts(ctx.em, tables, [...changed.values()]);
    const after: Tallies = new Map();
    for (const known of facts.values()) caseTallies(known, 'settled', END_OF_TIME, after);
    await addTallies(ctx.em, tables.tallies, tallyDelta(before, after));
    for (const event of events) {
      const change = sectorChange(event);
      if (change) await saveSectorChange(ctx.em, tables.sectors, change);
    }
  }
}
