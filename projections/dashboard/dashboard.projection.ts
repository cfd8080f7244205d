/**
 * The manager's dashboard read model: every case's summary (open and closed, for volumes
 * and timeliness), its timeliness facts, sector names, and a counter of applied events so
 * the summary is computed once per change and shared by every viewer.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_EVENT_TYPES, type RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import { loadSummaries, saveSummaries } from '../shared/case-summary-columns';
import { caseEventsOf } from '../shared/fold-case-events';
import { evolveCaseSummary } from '../shared/evolve-case-summary';
import { insertRecords, selectAsText } from '../shared/recordsets';
import { SECTOR_NAME_EVENT_TYPES, saveSectorNames, sectorNamesIn } from '../shared/sector-names';
import type { CaseSummary } from '../shared/case-summary';
import { CaseTimes, emptyCaseTimes, evolveCaseTimes } from './case-times';
import { createDashboardTables, DASHBOARD_CASES, DASHBOARD_SECTORS, DASHBOARD_TIMES, DASHBOARD_VERSION, dashboardTables } from './dashboard-tables';

const TIME_COLUMNS = [
  { key: 'caseId', column: 'case_id', type: 'text' },
  { key: 'sectorId', column: 'sector_id', type: 'text' },
  { key: 'routedAt', column: 'routed_at', type: 'timestamptz' },
  { key: 'routedDueDate', column: 'routed_due_date', type: 'date' },
  { key: 'takeChargeDays', column: 'take_charge_days', type: 'integer' },
  { key: 'takeChargeTermDays', column: 'take_charge_term_days', type: 'integer' },
  { key: 'takenWithinTerm', column: 'taken_within_term', type: 'boolean' },
  { key: 'takenAt', column: 'taken_at', type: 'timestamptz' },
  { key: 'finalReplyDays', column: 'final_reply_days', type: 'integer' },
  { key: 'finalReplyTermDays', column: 'final_reply_term_days', type: 'integer' },
  { key: 'repliedWithinTerm', column: 'replied_within_term', type: 'boolean' },
  { key: 'repliedAt', column: 'replied_at', type: 'timestamptz' },
  { key: 'feedbackScore', column: 'feedback_score', type: 'integer' },
] as const satisfies readonly { key: keyof CaseTimes; column: string; type: string }[];

@Injectable()
export class DashboardProjection implements Projection {
  readonly name = 'dashboard';
  readonly version = 1;
  readonly handles: readonly string[] = [...CASE_EVENT_TYPES, ...SECTOR_NAME_EVENT_TYPES];
  readonly tables: readonly string[] = [DASHBOARD_CASES, DASHBOARD_TIMES, DASHBOARD_SECTORS, DASHBOARD_VERSION];

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createDashboardTables(em, dashboardTables(table));
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = dashboardTables(ctx.table);
    const caseEvents = caseEventsOf(events);
    const caseIds = [...new Set(caseEvents.map((e) => e.caseId))];
    const summaries = await loadSummaries(ctx.em, tables.cases, caseIds);
    const times = await loadTimes(ctx.em, tables.times, caseIds);
    const changed = new Set<string>();
    for (const { caseId, event, recorded } of caseEvents) {
      const before: CaseSummary | undefined = summaries.get(caseId);
      const next = evolveCaseSummary(before, event, recorded.revision);
      if (!next) continue;
      summaries.set(caseId, next);
      times.set(caseId, evolveCaseTimes(times.get(caseId) ?? emptyCaseTimes(caseId), before, event));
      changed.add(caseId);
    }
    await saveSummaries(ctx.em, tables.cases, [...changed].map((id) => summaries.get(id)!));
    await saveTimes(ctx.em, tables.times, [...changed].map((id) => times.get(id)!));
    await saveSectorNames(ctx.em, tables.sectors, sectorNamesIn(events));
    await ctx.em.query(`UPDATE ${tables.version} SET events_applied = events_applied + $1`, [events.length]);
  }
}

async function loadTimes(em: EntityManager, table: string, caseIds: readonly string[]): Promise<Map<string, CaseTimes>> {
  if (caseIds.length === 0) return new Map();
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${TIME_COLUMNS.map((c) => `${selectAsText(`t.${c.column}`, c.type)} AS ${c.column}`).join(', ')}
     FROM ${table} t WHERE t.case_id = ANY($1::text[])`,
    [caseIds],
  );
  return new Map(
    rows.map((row) => {
      const times = Object.fromEntries(TIME_COLUMNS.map((c) => [c.key, row[c.column] ?? null])) as unknown as CaseTimes;
      return [times.caseId, times];
    }),
  );
}

function saveTimes(em: EntityManager, table: string, records: readonly CaseTimes[]): Promise<void> {
  const rows = records.map((times) => Object.fromEntries(TIME_COLUMNS.map((c) => [c.column, times[c.key]])));
  return insertRecords(em, table, TIME_COLUMNS, rows, { update: ['case_id'] });
}
