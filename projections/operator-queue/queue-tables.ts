/**
 * The queue's tables. The cases table keeps a row for every case, closed and merged ones
 * too, so that a reopening or an unmerge finds everything it restores; but every index is
 * partial, over the open cases only, and every query asks for open cases only: what the
 * queue reads stays as small as the open workload, however long the archive grows.
 */
import type { EntityManager } from 'typeorm';
import { OPEN_STATUSES } from '../shared/case-summary';
import { summaryColumnsDdl } from '../shared/case-summary-columns';
import { sectorNamesDdl } from '../shared/sector-names';
import { SUGGESTED_SECTOR_COLUMN } from './suggested-sectors';
import { failedDeliveriesDdl } from './failed-deliveries';

export const QUEUE_CASES = 'operator_queue_cases';
export const QUEUE_SECTORS = 'operator_queue_sectors';

/** The predicate of every index and every query of the queue (the same one, so the planner matches them). */
export function openCase(alias?: string): string {
  const column = alias ? `${alias}.status` : 'status';
  return `${column} IN (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

export interface QueueTables {
  cases: string;
  sectors: string;
}

export async function createQueueTables(em: EntityManager, tables: QueueTables): Promise<void> {
  const { cases } = tables;
  const open = openCase();
  await em.query(`CREATE TABLE ${cases} (
  ${summaryColumnsDdl()},
  ${SUGGESTED_SECTOR_COLUMN} text,
  ${failedDeliveriesDdl()},
  suspended boolean GENERATED ALWAYS AS (suspended_since IS NOT NULL) STORED,
  due_soon_from date GENERATED ALWAYS AS (final_reply_due_date - due_soon_days) STORED,
  search_text text GENERATED ALWAYS AS (lower(reference || ' ' || coalesce(subject, ''))) STORED,
  PRIMARY KEY (case_id))`);
  // Each index matches one sort order exactly, so a page is an index range scan from the cursor.
  await em.query(`CREATE INDEX ${cases}_urgency ON ${cases} (suspended, final_reply_due_date, received_at, case_id) WHERE ${open}`);
  await em.query(
    `CREATE INDEX ${cases}_sector_urgency ON ${cases} (sector_id, suspended, final_reply_due_date, received_at, case_id) WHERE ${open}`,
  );
  await em.query(`CREATE INDEX ${cases}_received ON ${cases} (received_at, case_id) WHERE ${open}`);
  // pg_trgm is installed by a migration (src/database/migrations/*-trigram-extension.ts).
  await em.query(`CREATE INDEX ${cases}_search ON ${cases} USING gin (search_text gin_trgm_ops) WHERE ${open}`);
  await em.query(sectorNamesDdl(tables.sectors));
}
