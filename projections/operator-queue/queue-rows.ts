/**
 * A queue row as the projection writes it: the shared case summary plus the queue's own
 * routing suggestion, loaded and saved together. One upsert per batch then writes each
 * touched case once; a separate UPDATE of the suggestion used to write every new row twice
 * (a second heap tuple and index entries per case), a third of a rebuild's database time.
 */
import type { EntityManager } from 'typeorm';
import type { CaseSummary } from '../shared/case-summary';
import { SUMMARY_COLUMNS, summaryFromRow, summarySelectList } from '../shared/case-summary-columns';
import type { StoredCaseEvent } from '../shared/fold-case-events';
import { insertRecords, RecordsetColumn } from '../shared/recordsets';
import { SUGGESTED_SECTOR_COLUMN } from './suggested-sectors';

export interface QueueRow {
  summary: CaseSummary;
  suggestedSectorId: string | null;
}

const ROW_COLUMNS: readonly RecordsetColumn[] = [...SUMMARY_COLUMNS, { column: SUGGESTED_SECTOR_COLUMN, type: 'text' }];

/**
 * The cases whose stored row the batch needs. A case whose first event in the batch is its
 * receipt starts over from it (evolveCaseSummary ignores any summary before a CaseReceived,
 * and the receipt sets the suggestion), so its row is not read: in a rebuild, where a
 * case's story mostly arrives in one batch, the read is then empty and skipped.
 */
export function casesToLoad(events: readonly StoredCaseEvent[]): string[] {
  const seen = new Set<string>();
  const needed: string[] = [];
  for (const { caseId, event } of events) {
    if (seen.has(caseId)) continue;
    seen.add(caseId);
    if (event.type !== 'CaseReceived') needed.push(caseId);
  }
  return needed;
}

export async function loadQueueRows(em: EntityManager, table: string, caseIds: readonly string[]): Promise<Map<string, QueueRow>> {
  if (caseIds.length === 0) return new Map();
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${summarySelectList('c')}, c.${SUGGESTED_SECTOR_COLUMN} FROM ${table} c WHERE c.case_id = ANY($1::text[])`,
    [caseIds],
  );
  return new Map(
    rows.map((row) => [row.case_id as string, { summary: summaryFromRow(row), suggestedSectorId: row[SUGGESTED_SECTOR_COLUMN] as string | null }]),
  );
}

/** Inserts or replaces the rows (the failed deliveries column is left as it is: failed-deliveries.ts keeps it). */
export function saveQueueRows(em: EntityManager, table: string, rows: readonly QueueRow[]): Promise<void> {
  const records = rows.map(({ summary, suggestedSectorId }) => {
    const record: Record<string, unknown> = { [SUGGESTED_SECTOR_COLUMN]: suggestedSectorId };
    for (const c of SUMMARY_COLUMNS) record[c.column] = summary[c.key];
    return record;
  });
  return insertRecords(em, table, ROW_COLUMNS, records, { update: ['case_id'] });
}
