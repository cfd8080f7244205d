/**
 * Computes the dashboard figures from the dashboard projection, once per change of the
 * projection (its applied-events counter) and per Rome day, and hands the same answer to
 * every viewer: a room of managers polling costs one cheap counter read each.
 */
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock, addCalendarDays, romeDate, romeYear, POSITIVE_SATISFACTION_SCORES } from '../../src/read-side';
import type { DashboardSummary, SectorLoad, SectorTimeliness, Volume } from './dashboard-summary';
import { DASHBOARD_CASES, DASHBOARD_SECTORS, DASHBOARD_TIMES, DASHBOARD_VERSION } from './dashboard-tables';

const OPEN = `c.status IN ('received', 'routed', 'in_charge')`;

@Injectable()
export class DashboardSummaryService {
  private cached: { key: string; summary: DashboardSummary } | null = null;
  private pending: { key: string; promise: Promise<DashboardSummary> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async summary(): Promise<DashboardSummary> {
    const today = romeDate(this.clock.now());
    const [version] = await this.dataSource.query(`SELECT events_applied::text AS events FROM ${DASHBOARD_VERSION}`);
    const eventsApplied = Number(version?.events ?? 0);
    const key = `${eventsApplied}|${today}`;
    if (this.cached?.key === key) return this.cached.summary;
    if (this.pending?.key === key) return this.pending.promise;
    const promise = this.compute(today, eventsApplied).then((summary) => {
      this.cached = { key, summary };
      return summary;
    });
    this.pending = { key, promise };
    try {
      return await promise;
    } finally {
      if (this.pending?.promise === promise) this.pending = null;
    }
  }

  private async compute(today: string, eventsApplied: number): Promise<DashboardSummary> {
    const year = romeYear(this.clock.now());
    const [sectors, volumes, weeks, timeliness, survey] = await Promise.all([
      this.sectorLoads(today),
      this.volumes(today),
      this.weeks(today),
      this.timeliness(),
      this.survey(year),
    ]);
    const sum = (pick: (s: SectorLoad) => number) => sectors.reduce((total, s) => total + pick(s), 0);
    return {
      today,
      eventsApplied,
      computedAt: this.clock.now().toISOString(),
      totals: {
        open: sum((s) => s.open),
        overdue: sum((s) => s.overdue),
        dueSoon: sum((s) => s.dueSoon),
        awaitingTakeCharge: sum((s) => s.awaitingTakeCharge),
        received30Days: volumes.received30Days,
      },
      sectors,
      byChannel: volumes.byChannel,
      byKind: volumes.byKind,
      byWeek: weeks,
      timeliness,
      survey,
    };
  }

  private async sectorLoads(today: string): Promise<SectorLoad[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.sector_id, s.name AS sector_name,
              count(*)::int AS open,
              count(*) FILTER (WHERE c.suspended_since IS NULL AND c.final_reply_due_date < $1::date)::int AS overdue,
              count(*) FILTER (WHERE c.suspended_since IS NULL AND c.final_reply_due_date >= $1::date
                               AND c.final_reply_due_date - $1::date <= c.due_soon_days)::int AS due_soon,
              count(*) FILTER (WHERE c.status = 'routed')::int AS awaiting
       FROM ${DASHBOARD_CASES} c LEFT JOIN ${DASHBOARD_SECTORS} s ON s.sector_id = c.sector_id
       WHERE ${OPEN}
       GROUP BY c.sector_id, s.name
       ORDER BY s.name NULLS FIRST`,
      [today],
    );
    return rows.map((r) => ({
      sectorId: (r.sector_id as string | null) ?? null,
      sectorName: (r.sector_name as string | null) ?? null,
      open: r.open as number,
      overdue: r.overdue as number,
      dueSoon: r.due_soon as number,
      awaitingTakeCharge: r.awaiting as number,
    }));
  }

  private async volumes(today: string): Promise<{ byChannel: Volume[]; byKind: Volume[]; received30Days: number }> {
    const from = addCalendarDays(today, -89);
    const where = `(c.received_at AT TIME ZONE 'Europe/Rome')::date BETWEEN $1::date AND $2::date`;
    const [channels, kinds, recent] = await Promise.all([
      this.dataSource.query(`SELECT c.channel AS key, count(*)::int AS count FROM ${DASHBOARD_CASES} c WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`, [from, today]),
      this.dataSource.query(
        `SELECT coalesce(c.kind, 'unclassified') AS key, count(*)::int AS count FROM ${DASHBOARD_CASES} c WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`,
        [from, today],
      ),
      this.dataSource.query(`SELECT count(*)::int AS count FROM ${DASHBOARD_CASES} c WHERE ${where}`, [addCalendarDays(today, -29), today]),
    ]);
    return { byChannel: channels, byKind: kinds, received30Days: recent[0].count };
  }

  private async weeks(today: string): Promise<Volume[]> {
    const rows: { key: string; count: number }[] = await this.dataSource.query(
      `WITH weeks AS (
         SELECT generate_series(date_trunc('week', $1::date) - interval '11 weeks', date_trunc('week', $1::date), interval '1 week')::date AS week)
       SELECT to_char(w.week, 'YYYY-MM-DD') AS key, count(c.case_id)::int AS count
       FROM weeks w LEFT JOIN ${DASHBOARD_CASES} c
         ON date_trunc('week', (c.received_at AT TIME ZONE 'Europe/Rome'))::date = w.week
       GROUP BY w.week ORDER BY w.week`,
      [today],
    );
    return rows;
  }

  private async timeliness(): Promise<SectorTimeliness[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.sector_id, s.name AS sector_name,
              count(t.taken_at)::int AS taken,
              round(avg(t.take_charge_days)::numeric, 1)::float AS avg_take,
              mode() WITHIN GROUP (ORDER BY t.take_charge_term_days) AS take_term,
              round(100.0 * count(*) FILTER (WHERE t.taken_within_term) / nullif(count(t.taken_at), 0), 1)::float AS take_within,
              count(t.replied_at)::int AS replies,
              round(avg(t.final_reply_days)::numeric, 1)::float AS avg_reply,
              mode() WITHIN GROUP (ORDER BY t.final_reply_term_days) AS reply_term,
              round(100.0 * count(*) FILTER (WHERE t.replied_within_term) / nullif(count(t.replied_at), 0), 1)::float AS reply_within
       FROM ${DASHBOARD_TIMES} t LEFT JOIN ${DASHBOARD_SECTORS} s ON s.sector_id = t.sector_id
       WHERE t.taken_at IS NOT NULL OR t.replied_at IS NOT NULL
       GROUP BY t.sector_id, s.name
       ORDER BY s.name NULLS FIRST`,
    );
    return rows.map((r) => ({
      sectorId: (r.sector_id as string | null) ?? null,
      sectorName: (r.sector_name as string | null) ?? null,
      takenInCharge: r.taken as number,
      averageTakeChargeDays: (r.avg_take as number | null) ?? null,
      takeChargeTermDays: (r.take_term as number | null) ?? null,
      takeChargeWithinTermPercent: (r.take_within as number | null) ?? null,
      finalReplies: r.replies as number,
      averageFinalReplyDays: (r.avg_reply as number | null) ?? null,
      finalReplyTermDays: (r.reply_term as number | null) ?? null,
      finalReplyWithinTermPercent: (r.reply_within as number | null) ?? null,
    }));
  }

  private async survey(year: number): Promise<DashboardSummary['survey']> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS closures,
              count(t.feedback_score)::int AS answers,
              count(*) FILTER (WHERE t.feedback_score = ANY($2::int[]))::int AS positive
       FROM ${DASHBOARD_CASES} c JOIN ${DASHBOARD_TIMES} t ON t.case_id = c.case_id
       WHERE c.status = 'closed' AND extract(year FROM (c.closed_at AT TIME ZONE 'Europe/Rome')) = $1`,
      [year, [...POSITIVE_SATISFACTION_SCORES]],
    );
    const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
    return {
      year,
      closures: row.closures,
      answers: row.answers,
      positive: row.positive,
      answerRatePercent: percent(row.answers, row.closures),
      positivePercent: percent(row.positive, row.answers),
    };
  }
}
