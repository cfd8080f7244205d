/**
 * The outbox's tables: one row per message to send (its content as the events hold it, personal
 * fields still sealed), and what it needs to know to write them (each case's reference and
 * citizen, each sector's name and referents).
 */
import type { EntityManager } from 'typeorm';
import { OUTBOX_MESSAGES } from '../../src/read-side';

// The messages table is named by the contract the deliverers read it through.
export { OUTBOX_MESSAGES, MESSAGE_STATUSES, type MessageStatus } from '../../src/read-side';
export const OUTBOX_CASES = 'outbox_cases';
export const OUTBOX_SECTORS = 'outbox_sectors';
export const OUTBOX_REFERENTS = 'outbox_referents';

export interface OutboxTables {
  messages: string;
  cases: string;
  sectors: string;
  referents: string;
}

export function outboxTables(table: (logical: string) => string): OutboxTables {
  return { messages: table(OUTBOX_MESSAGES), cases: table(OUTBOX_CASES), sectors: table(OUTBOX_SECTORS), referents: table(OUTBOX_REFERENTS) };
}

export async function createOutboxTables(em: EntityManager, tables: OutboxTables): Promise<void> {
  await em.query(`CREATE TABLE ${tables.messages} (
  message_id text PRIMARY KEY,
  source_event_id text NOT NULL,
  correlation_id text NOT NULL,
  case_id text NOT NULL,
  reference text NOT NULL,
  purpose text NOT NULL,
  audience text NOT NULL,
  content jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  position_commit bigint NOT NULL,
  position_prepare bigint NOT NULL,
  status text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  last_response text,
  updated_at timestamptz NOT NULL)`);
  await em.query(`CREATE INDEX ON ${tables.messages} (status, next_attempt_at)`);
  await em.query(`CREATE INDEX ON ${tables.messages} (case_id)`);
  // One event may mean several messages: a survivor's final reply also tells each duplicate's citizen.
  await em.query(`CREATE INDEX ON ${tables.messages} (source_event_id)`);
  await em.query(`CREATE TABLE ${tables.cases} (
  case_id text PRIMARY KEY,
  reference text NOT NULL,
  kind text,
  subject text,
  citizen_id text NOT NULL,
  citizen jsonb,
  has_email boolean NOT NULL DEFAULT false,
  final_reply_due_date text NOT NULL,
  received_at timestamptz NOT NULL,
  sector_id text,
  merged_into text)`);
  await em.query(`CREATE TABLE ${tables.sectors} (sector_id text PRIMARY KEY, name text NOT NULL)`);
  await em.query(`CREATE TABLE ${tables.referents} (
  sector_id text NOT NULL,
  user_id text NOT NULL,
  display_name text NOT NULL,
  email text,
  PRIMARY KEY (sector_id, user_id))`);
}
