/**
 * How a CaseSummary is stored: one column per field. Both the queue and the timeline keep
 * their summaries through this one mapping, so the two can never disagree on a field.
 */
import type { EntityManager } from 'typeorm';
import type { CaseSummary } from './case-summary';
import { insertRecords, RecordsetColumn, selectAsText } from './recordsets';

interface SummaryColumn extends RecordsetColumn {
  key: keyof CaseSummary;
  nullable: boolean;
}

const column = (key: keyof CaseSummary, name: string, type: string, nullable = false): SummaryColumn => ({
  key,
  column: name,
  type,
  nullable,
});

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  column('caseId', 'case_id', 'text'),
  column('revision', 'revision', 'integer'),
  column('reference', 'reference', 'text'),
  column('kind', 'kind', 'text', true),
  column('channel', 'channel', 'text'),
  column('subject', 'subject', 'text', true),
  column('status', 'status', 'text'),
  column('statusBeforeMerge', 'status_before_merge', 'text', true),
  column('sectorId', 'sector_id', 'text', true),
  column('receivedAt', 'received_at', 'timestamptz'),
  column('finalReplyDueDate', 'final_reply_due_date', 'date'),
  column('dueSoonDays', 'due_soon_days', 'integer'),
  column('takeChargeDueDate', 'take_charge_due_date', 'date', true),
  column('suspendedSince', 'suspended_since', 'timestamptz', true),
  column('remindersSent', 'reminders_sent', 'integer'),
  column('dueSoonWarnedFor', 'due_soon_warned_for', 'date', true),
  column('overdueMarkedFor', 'overdue_marked_for', 'date', true),
  column('interimReplies', 'interim_replies', 'integer'),
  column('outcome', 'outcome', 'text', true),
  column('closedAt', 'closed_at', 'timestamptz', true),
  column('mergedIntoCaseId', 'merged_into_case_id', 'text', true),
  column('lastActivityAt', 'last_activity_at', 'timestamptz'),
  column('lastActivityType', 'last_activity_type', 'text'),
];

/** Column definitions for CREATE TABLE (the caller adds the key and any extra column). */
export function summaryColumnsDdl(): string {
  return SUMMARY_COLUMNS.map((c) => `${c.column} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(',\n  ');
}

/** The select list that summaryFromRow reads, for a table aliased `alias`. */
export function summarySelectList(alias: string): string {
  return SUMMARY_COLUMNS.map((c) => `${selectAsText(`${alias}.${c.column}`, c.type)} AS ${c.column}`).join(', ');
}

export function summaryFromRow(row: Record<string, unknown>): CaseSummary {
  return Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c.key, row[c.column]])) as unknown as CaseSummary;
}

export async function loadSummaries(em: EntityManager, table: string, caseIds: readonly string[]): Promise<Map<string, CaseSummary>> {
  if (caseIds.length === 0) return new Map();
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${summarySelectList('c')} FROM ${table} c WHERE c.case_id = ANY($1::text[])`,
    [caseIds],
  );
  return new Map(rows.map((row) => [row.case_id as string, summaryFromRow(row)]));
}

export function saveSummaries(em: EntityManager, table: string, summaries: readonly CaseSummary[]): Promise<void> {
  const records = summaries.map((summary) => Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c.column, summary[c.key]])));
  return insertRecords(em, table, SUMMARY_COLUMNS, records, { update: ['case_id'] });
}
