/**
 * The operator queue: where every open case stands, for the URP's daily work. Case events
 * move a case's summary and its routing suggestion; sector events keep the sector names current.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_EVENT_TYPES, type RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import type { CaseSummary } from '../shared/case-summary';
import { caseEventsOf, foldCaseEvents } from '../shared/fold-case-events';
import { SECTOR_NAME_EVENT_TYPES, saveSectorNames, sectorNamesIn } from '../shared/sector-names';
import { createQueueTables, QUEUE_CASES, QUEUE_SECTORS } from './queue-tables';
import { casesToLoad, loadQueueRows, QueueRow, saveQueueRows } from './queue-rows';
import { suggestionsIn } from './suggested-sectors';
import { DELIVERY_EVENT_TYPES, deliveriesIn, saveDeliveries } from './failed-deliveries';

@Injectable()
export class OperatorQueueProjection implements Projection {
  readonly name = 'operator_queue';
  // 2: the category's suggested sector (issue 11). 3: failed deliveries (issue 12).
  readonly version = 3;
  readonly handles: readonly string[] = [...CASE_EVENT_TYPES, ...SECTOR_NAME_EVENT_TYPES, ...DELIVERY_EVENT_TYPES];
  readonly tables: readonly string[] = [QUEUE_CASES, QUEUE_SECTORS];

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createQueueTables(em, { cases: table(QUEUE_CASES), sectors: table(QUEUE_SECTORS) });
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const casesTable = ctx.table(QUEUE_CASES);
    const caseEvents = caseEventsOf(events);
    const rows = await loadQueueRows(ctx.em, casesTable, casesToLoad(caseEvents));
    const summaries = new Map<string, CaseSummary>();
    for (const [caseId, row] of rows) summaries.set(caseId, row.summary);
    const changed = new Set(foldCaseEvents(summaries, caseEvents).map((summary) => summary.caseId));
    const suggestions = suggestionsIn(caseEvents);
    const toSave: QueueRow[] = [];
    for (const [caseId, summary] of summaries) {
      const suggestion = suggestions.get(caseId);
      if (!changed.has(caseId) && suggestion === undefined) continue;
      toSave.push({ summary, suggestedSectorId: suggestion === undefined ? (rows.get(caseId)?.suggestedSectorId ?? null) : suggestion });
    }
    await saveQueueRows(ctx.em, casesTable, toSave);
    await saveDeliveries(ctx.em, casesTable, deliveriesIn(events));
    await saveSectorNames(ctx.em, ctx.table(QUEUE_SECTORS), sectorNamesIn(events));
  }
}
