/**
 * The sector performance projection on a real PostgreSQL: contract events appended through
 * the event store, applied by the runner, then the figures of a hand-built quarter read back
 * exactly (see two-sectors-scenario.ts for the cases; each figure is worked out below).
 */
import { LIVE_PERFORMANCE_TABLES } from '../../projections/sector-performance/performance-tables';
import { readSector, readSectorPerformance, readSectorsReport, SectorPerformance } from '../../projections/sector-performance/reading/sector-reports';
import type { Position } from '../../src/event-store/position';
import { appendSector, appendStory, Appended } from './support/append-events';
import { startReportProjections, ReportProjections } from './support/report-projections';
import { LP, on, TR, twoSectorStories } from './support/two-sectors-scenario';

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const AS_OF = on('2026-04-30');
const scope = { period: Q1, asOf: AS_OF, minSample: 10 };

describe('sector performance projection', () => {
  let system: ReportProjections;
  const appended = new Map<string, Appended>();
  let lp: SectorPerformance;
  let tr: SectorPerformance;

  beforeAll(async () => {
    system = await startReportProjections();
    await appendSector(system.store, LP.id, LP.name);
    let last: Position = (await appendSector(system.store, TR.id, TR.name)).position;
    for (const story of twoSectorStories()) {
      const result = await appendStory(system.store, story);
      appended.set(story.caseId, result);
      last = result.position;
    }
    await system.caughtUp(last);
    lp = await readSectorPerformance(system.dataSource, LIVE_PERFORMANCE_TABLES, (await readSector(system.dataSource, LIVE_PERFORMANCE_TABLES, LP.id))!, scope);
    tr = await readSectorPerformance(system.dataSource, LIVE_PERFORMANCE_TABLES, (await readSector(system.dataSource, LIVE_PERFORMANCE_TABLES, TR.id))!, scope);
  });

  afterAll(() => system?.close());

  it('counts the cases received in the quarter by the sector answerable for them, by kind and channel', () => {
    // LP: cases 1-7 (13 came in April). TR: 9-12; case 8 was handed back and answered by the URP.
    expect(lp.received.total).toBe(7);
    expect(nonZero(lp.received.byKind, 'kind')).toEqual({ report: 6, complaint: 1 });
    expect(nonZero(lp.received.byChannel, 'channel')).toEqual({ email: 4, web: 1, phone: 1, counter: 1 });
    expect(tr.received.total).toBe(4);
    expect(nonZero(tr.received.byKind, 'kind')).toEqual({ report: 2, complaint: 1, suggestion: 1 });
  });

  it('measures routings and take-charge: days 2, 2, 12, 1, 2, 1, 13, 1 for Lavori Pubblici', () => {
    expect(lp.routing).toEqual({
      routed: 8, // case 5 twice
      takenInCharge: 8, // case 6 on 2 April: after the quarter, before the report date
      awaitingTakeCharge: 0,
      handedBack: 0,
      remindersSent: 2,
      routingsWithReminders: 2,
      reminderShare: { value: 0.25, sampleSize: 8, lowSample: true },
      timeToTakeChargeDays: {
        median: { value: 2, sampleSize: 8, lowSample: true },
        p90: { value: 13, sampleSize: 8, lowSample: true },
        mean: { value: 4.25, sampleSize: 8, lowSample: true },
      },
      takeChargeWithinStandard: { value: 0.75, sampleSize: 8, lowSample: true }, // 12 and 13 days are late
    });
  });

  it('measures Tributi’s routings: one handed back (not judged), one never taken (late by the report date)', () => {
    expect(tr.routing).toMatchObject({
      routed: 5,
      takenInCharge: 3,
      awaitingTakeCharge: 1,
      handedBack: 1,
      remindersSent: 2,
      routingsWithReminders: 1,
      reminderShare: { value: 0.2, sampleSize: 5 },
      timeToTakeChargeDays: { median: { value: 2 }, p90: { value: 18 }, mean: { value: 7 } },
      takeChargeWithinStandard: { value: 0.5, sampleSize: 4 },
    });
  });

  it('measures final replies: 15, 26, 41, 41, 10 and 9 days (the reopened clock) for Lavori Pubblici', () => {
    expect(lp.finalReplies).toEqual({
      clocksStarted: 8,
      replied: 6,
      timeToFinalReplyDays: {
        median: { value: 20.5, sampleSize: 6, lowSample: true },
        p90: { value: 41, sampleSize: 6, lowSample: true },
        mean: { value: 142 / 6, sampleSize: 6, lowSample: true },
      },
      // Within 30 days: 15, 26, 10, 9. Late: 41, 41, and cases 6 and 7, unanswered past 30 days.
      withinStandard: { value: 0.5, sampleSize: 8, lowSample: true },
      // Case 4 was extended: within its due date. Cases 3, 6, 7 are not.
      withinDueDate: { value: 0.625, sampleSize: 8, lowSample: true },
      interimReplies: 1,
      clocksWithInterimReplies: 1,
      extensions: 1,
      markedOverdue: 1,
    });
    expect(tr.finalReplies).toMatchObject({
      clocksStarted: 4,
      replied: 3,
      timeToFinalReplyDays: { median: { value: 18 }, p90: { value: 39 }, mean: { value: 71 / 3 } },
      withinStandard: { value: 0.5, sampleSize: 4 },
      withinDueDate: { value: 0.5, sampleSize: 4 },
    });
  });

  it('takes open and overdue cases at the end of the quarter, and counts reopenings', () => {
    expect(lp.periodEnd).toEqual({ at: '2026-03-31T22:00:00.000Z', open: 2, overdue: 1 }); // 6 open, 7 overdue
    expect(lp.reopenings).toBe(1);
    expect(tr.periodEnd).toMatchObject({ open: 1, overdue: 0 });
    expect(tr.reopenings).toBe(0);
  });

  it('measures satisfaction over the closures of the quarter, the reopened case’s answer on its second closure', () => {
    expect(lp.satisfaction).toEqual({
      closures: 6,
      answers: 4,
      positiveAnswers: 2,
      answerRate: { value: 4 / 6, sampleSize: 6, lowSample: true },
      positiveShare: { value: 0.5, sampleSize: 4, lowSample: true },
      averageScore: { value: 3.5, sampleSize: 4, lowSample: true },
    });
    expect(tr.satisfaction).toMatchObject({ closures: 3, answers: 3, positiveAnswers: 2, averageScore: { value: 10 / 3 } });
  });

  it('puts every sector side by side, with the whole office’s totals', async () => {
    const report = await readSectorsReport(system.dataSource, LIVE_PERFORMANCE_TABLES, scope);
    expect(report.sectors.map((s) => [s.sector.name, s.received.total, s.routing.routed])).toEqual([
      ['Lavori Pubblici', 7, 8],
      ['Tributi', 4, 5],
    ]);
    expect(report.sectors[0].finalReplies).toEqual(lp.finalReplies);
    expect(report.overall.received.total).toBe(12);
    expect(report.overall.routing.routed).toBe(13);
    // The URP answered case 8 itself in 2 days: the office counts it, no sector does.
    expect(report.overall.finalReplies.clocksStarted).toBe(13);
    expect(report.overall.finalReplies.replied).toBe(10);
  });

  it('a period is any range of days: February alone', async () => {
    const february = await readSectorPerformance(system.dataSource, LIVE_PERFORMANCE_TABLES, lp.sector, { ...scope, period: { from: '2026-02-01', to: '2026-02-28' } });
    expect(february.received.total).toBe(2); // cases 4 and 5
    expect(february.routing.routed).toBe(2);
    // Case 4 (answered in March) and case 7 (overdue since 19 February) were open when February ended.
    expect(february.periodEnd).toEqual({ at: '2026-02-28T23:00:00.000Z', open: 2, overdue: 1 });
  });

  it('keeps on each fact the id of the event that set it', async () => {
    const case1 = appended.get('case-01')!.eventIds; // received, routed, taken, reply, closed, feedback
    const [clock] = await system.dataSource.query(
      `SELECT started_event_id, final_reply_event_id, closed_event_id, feedback_event_id FROM ${LIVE_PERFORMANCE_TABLES.clocks} WHERE case_id = 'case-01'`,
    );
    expect(clock).toEqual({ started_event_id: case1[0], final_reply_event_id: case1[3], closed_event_id: case1[4], feedback_event_id: case1[5] });
    const [routing] = await system.dataSource.query(
      `SELECT routed_event_id, taken_in_charge_event_id FROM ${LIVE_PERFORMANCE_TABLES.routings} WHERE case_id = 'case-01'`,
    );
    expect(routing).toEqual({ routed_event_id: case1[1], taken_in_charge_event_id: case1[2] });
  });
});

function nonZero<K extends string>(counts: readonly ({ count: number } & Record<K, string>)[], key: K): Record<string, number> {
  return Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c[key], c.count]));
}
