/**
 * The timeline's tables: each case's summary, one entry per event (personal fields only as
 * the sealed envelopes the event holds), and the names it shows (sectors, users).
 */
import type { EntityManager } from 'typeorm';
import { summaryColumnsDdl } from '../shared/case-summary-columns';
import { sectorNamesDdl } from '../shared/sector-names';

export const TIMELINE_CASES = 'case_timeline_cases';
export const TIMELINE_ENTRIES = 'case_timeline_entries';
export const TIMELINE_SECTORS = 'case_timeline_sectors';
export const TIMELINE_USERS = 'case_timeline_users';

export interface TimelineTables {
  cases: string;
  entries: string;
  sectors: string;
  users: string;
}

export function timelineTables(table: (logical: string) => string): TimelineTables {
  return {
    cases: table(TIMELINE_CASES),
    entries: table(TIMELINE_ENTRIES),
    sectors: table(TIMELINE_SECTORS),
    users: table(TIMELINE_USERS),
  };
}

export async function createTimelineTables(em: EntityManager, tables: TimelineTables): Promise<void> {
  await em.query(`CREATE TABLE ${tables.cases} (
  ${summaryColumnsDdl()},
  PRIMARY KEY (case_id))`);
  // The key is also the order a case's timeline is read in.
  await em.query(`CREATE TABLE ${tables.entries} (
  case_id text NOT NULL,
  revision integer NOT NULL,
  event_id text NOT NULL,
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  channel text,
  title text NOT NULL,
  message jsonb,
  message_state text,
  sealed jsonb,
  position_commit bigint NOT NULL,
  position_prepare bigint NOT NULL,
  PRIMARY KEY (case_id, revision))`);
  // Delivery records name the entry by its event id.
  await em.query(`CREATE INDEX ON ${tables.entries} (event_id)`);
  await em.query(sectorNamesDdl(tables.sectors));
  await em.query(`CREATE TABLE ${tables.users} (user_id text PRIMARY KEY, display_name text NOT NULL, role text NOT NULL)`);
}
