/**
 * The dashboard's tables: each case's summary (the shared columns), the moments the
 * manager's timeliness figures need, sector names, and one row that counts the events
 * applied (the summary service recomputes only when it moves, never per viewer).
 */
import type { EntityManager } from 'typeorm';
import { summaryColumnsDdl } from '../shared/case-summary-columns';
import { sectorNamesDdl } from '../shared/sector-names';

export const DASHBOARD_CASES = 'dashboard_cases';
export const DASHBOARD_TIMES = 'dashboard_case_times';
export const DASHBOARD_SECTORS = 'dashboard_sectors';
export const DASHBOARD_VERSION = 'dashboard_version';

export interface DashboardTables {
  cases: string;
  times: string;
  sectors: string;
  version: string;
}

export function dashboardTables(table: (logical: string) => string): DashboardTables {
  return { cases: table(DASHBOARD_CASES), times: table(DASHBOARD_TIMES), sectors: table(DASHBOARD_SECTORS), version: table(DASHBOARD_VERSION) };
}

export async function createDashboardTables(em: EntityManager, tables: DashboardTables): Promise<void> {
  await em.query(`CREATE TABLE ${tables.cases} (
  ${summaryColumnsDdl()},
  PRIMARY KEY (case_id))`);
  await em.query(`CREATE INDEX ON ${tables.cases} (received_at)`);
  // Take-charge and final-reply figures of the latest routing / reply: days taken and the term that applied.
  await em.query(`CREATE TABLE ${tables.times} (
  case_id text PRIMARY KEY,
  sector_id text,
  take_charge_days integer,
  take_charge_term_days integer,
  taken_within_term boolean,
  taken_at timestamptz,
  final_reply_days integer,
  final_reply_term_days integer,
  replied_within_term boolean,
  replied_at timestamptz,
  feedback_score integer,
  routed_at timestamptz,
  routed_due_date date)`);
  await em.query(sectorNamesDdl(tables.sectors));
  await em.query(`CREATE TABLE ${tables.version} (singleton boolean PRIMARY KEY DEFAULT true, events_applied bigint NOT NULL)`);
  await em.query(`INSERT INTO ${tables.version} (singleton, events_applied) VALUES (true, 0)`);
}
