/**
 * The tables of the sector performance projection: the facts of every case (receipt,
 * routings, final-reply clocks), the sectors, and the yearly report's tallies. Indexes serve the one kind of query the
 * reports make: the facts whose dates fall in a range, for one sector or all.
 */
import type { EntityManager } from 'typeorm';
import type { CaseFact, ClockFact, RoutingFact } from './facts/case-facts';
import { createTalliesTable } from './tallies/tally-store';
import { columnsDdl, factColumn as col, FactColumn } from './facts/fact-columns';

export const PERFORMANCE_CASES = 'sector_performance_cases';
export const PERFORMANCE_ROUTINGS = 'sector_performance_routings';
export const PERFORMANCE_CLOCKS = 'sector_performance_clocks';
export const PERFORMANCE_SECTORS = 'sector_performance_sectors';
export const PERFORMANCE_TALLIES = 'sector_performance_tallies';

export const PERFORMANCE_TABLES = [PERFORMANCE_CASES, PERFORMANCE_ROUTINGS, PERFORMANCE_CLOCKS, PERFORMANCE_SECTORS, PERFORMANCE_TALLIES] as const;

export interface PerformanceTables {
  cases: string;
  routings: string;
  clocks: string;
  sectors: string;
  /** The yearly report's figures, summed per event (tallies/). */
  tallies: string;
}

/** The physical names of the tables (the live ones, or a rebuild's fresh copies). */
export function performanceTablesNamed(table: (logical: string) => string): PerformanceTables {
  return {
    cases: table(PERFORMANCE_CASES),
    routings: table(PERFORMANCE_ROUTINGS),
    clocks: table(PERFORMANCE_CLOCKS),
    sectors: table(PERFORMANCE_SECTORS),
    tallies: table(PERFORMANCE_TALLIES),
  };
}

export const LIVE_PERFORMANCE_TABLES: PerformanceTables = performanceTablesNamed((logical) => logical);

export const CASE_COLUMNS: readonly FactColumn<CaseFact>[] = [
  col('caseId', 'case_id', 'text'),
  col('reference', 'reference', 'text'),
  col('kind', 'kind', 'text', true),
  col('channel', 'channel', 'text'),
  col('receivedAt', 'received_at', 'timestamptz'),
  col('receivedEventId', 'received_event_id', 'text'),
  col('mergedAt', 'merged_at', 'timestamptz', true),
  col('mergedEventId', 'merged_event_id', 'text', true),
];

export const ROUTING_COLUMNS: readonly FactColumn<RoutingFact>[] = [
  col('caseId', 'case_id', 'text'),
  col('routingNo', 'routing_no', 'integer'),
  col('sectorId', 'sector_id', 'text'),
  col('routedAt', 'routed_at', 'timestamptz'),
  col('routedEventId', 'routed_event_id', 'text'),
  col('takeChargeDays', 'take_charge_days', 'integer'),
  col('takenInChargeAt', 'taken_in_charge_at', 'timestamptz', true),
  col('takenInChargeEventId', 'taken_in_charge_event_id', 'text', true),
  col('reminderEventIds', 'reminder_event_ids', 'jsonb'),
  col('handedBackAt', 'handed_back_at', 'timestamptz', true),
  col('handedBackEventId', 'handed_back_event_id', 'text', true),
  col('endedAt', 'ended_at', 'timestamptz', true),
  col('endedBy', 'ended_by', 'text', true),
];

export const CLOCK_COLUMNS: readonly FactColumn<ClockFact>[] = [
  col('caseId', 'case_id', 'text'),
  col('clockNo', 'clock_no', 'integer'),
  col('startedBy', 'started_by', 'text'),
  col('startedAt', 'started_at', 'timestamptz'),
  col('startedEventId', 'started_event_id', 'text'),
  col('sectorId', 'sector_id', 'text', true),
  col('finalReplyDays', 'final_reply_days', 'integer'),
  col('dueDate', 'due_date', 'date'),
  col('suspendedDays', 'suspended_days', 'integer'),
  col('suspendedSince', 'suspended_since', 'timestamptz', true),
  col('interimReplyEventIds', 'interim_reply_event_ids', 'jsonb'),
  col('extensionEventIds', 'extension_event_ids', 'jsonb'),
  col('overdueMarkedAt', 'overdue_marked_at', 'timestamptz', true),
  col('overdueEventId', 'overdue_event_id', 'text', true),
  col('finalReplyAt', 'final_reply_at', 'timestamptz', true),
  col('finalReplyEventId', 'final_reply_event_id', 'text', true),
  col('finalReplyWithinDueDate', 'final_reply_within_due_date', 'boolean', true),
  col('closedAt', 'closed_at', 'timestamptz', true),
  col('closedEventId', 'closed_event_id', 'text', true),
  col('outcome', 'outcome', 'text', true),
  col('reopenedAt', 'reopened_at', 'timestamptz', true),
  col('reopenedEventId', 'reopened_event_id', 'text', true),
  col('feedbackScore', 'feedback_score', 'integer', true),
  col('feedbackAt', 'feedback_at', 'timestamptz', true),
  col('feedbackEventId', 'feedback_event_id', 'text', true),
];

export async function createPerformanceTables(em: EntityManager, tables: PerformanceTables): Promise<void> {
  const { cases, routings, clocks, sectors, tallies } = tables;
  await em.query(`CREATE TABLE ${cases} (\n  ${columnsDdl(CASE_COLUMNS)},\n  PRIMARY KEY (case_id))`);
  await em.query(`CREATE TABLE ${routings} (\n  ${columnsDdl(ROUTING_COLUMNS)},\n  PRIMARY KEY (case_id, routing_no))`);
  await em.query(`CREATE INDEX ${routings}_by_routed ON ${routings} (routed_at)`);
  await em.query(`CREATE INDEX ${routings}_by_sector ON ${routings} (sector_id, routed_at)`);
  await em.query(`CREATE TABLE ${clocks} (\n  ${columnsDdl(CLOCK_COLUMNS)},\n  PRIMARY KEY (case_id, clock_no))`);
  await em.query(`CREATE INDEX ${clocks}_by_started ON ${clocks} (started_at)`);
  await em.query(`CREATE INDEX ${clocks}_by_closed ON ${clocks} (closed_at)`);
  await em.query(`CREATE INDEX ${clocks}_by_sector ON ${clocks} (sector_id, started_at)`);
  await em.query(`CREATE INDEX ${clocks}_open ON ${clocks} (started_at) WHERE closed_at IS NULL`);
  await em.query(`CREATE INDEX ${routings}_waiting ON ${routings} (routed_at) WHERE ended_at IS NULL`);
  await em.query(`CREATE TABLE ${sectors} (sector_id text PRIMARY KEY, name text NOT NULL, dissolved_at timestamptz)`);
  await createTalliesTable(em, tallies);
}
