/**
 * The tables of the charter compliance projection: the standards with their versions (a
 * handful of rows, always read whole) and the corrective actions, by year.
 */
import type { EntityManager } from 'typeorm';

export const COMPLIANCE_STANDARDS = 'charter_compliance_standards';
export const COMPLIANCE_ACTIONS = 'charter_compliance_actions';

export const COMPLIANCE_TABLES = [COMPLIANCE_STANDARDS, COMPLIANCE_ACTIONS] as const;

export interface ComplianceTables {
  standards: string;
  actions: string;
}

export function complianceTablesNamed(table: (logical: string) => string): ComplianceTables {
  return { standards: table(COMPLIANCE_STANDARDS), actions: table(COMPLIANCE_ACTIONS) };
}

export const LIVE_COMPLIANCE_TABLES: ComplianceTables = complianceTablesNamed((logical) => logical);

export async function createComplianceTables(em: EntityManager, tables: ComplianceTables): Promise<void> {
  await em.query(`CREATE TABLE ${tables.standards} (standard_id text PRIMARY KEY, record jsonb NOT NULL)`);
  await em.query(`CREATE TABLE ${tables.actions} (
  action_id text PRIMARY KEY,
  year integer NOT NULL,
  standard_id text,
  sector_id text,
  anomaly text NOT NULL,
  action text NOT NULL,
  owner text NOT NULL,
  due_date date,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  event_id text NOT NULL,
  log_commit bigint NOT NULL,
  log_prepare bigint NOT NULL)`);
  await em.query(`CREATE INDEX ${tables.actions}_by_year ON ${tables.actions} (year, log_commit, log_prepare)`);
}
