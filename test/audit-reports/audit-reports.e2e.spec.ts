/**
 * Auditing the yearly and sector reports on the whole application, with the cases of
 * test/reports/support/two-sectors-scenario.ts appended in two steps: first what had been
 * recorded by MIDWAY, then the rest.
 */
import { LIVE_COMPLIANCE_TABLES } from '../../projections/charter-compliance/compliance-tables';
import type { QualityReport } from '../../projections/charter-compliance/compute/quality-report';
import { DEFAULT_THRESHOLDS } from '../../projections/charter-compliance/compute/thresholds';
import { readQualityReport } from '../../projections/charter-compliance/reading/quality-report-reader';
import { readAllStandardRecords } from '../../projections/charter-compliance/standards/standard-store';
import { selectQualityFigure } from '../../projections/audit/figures/quality-figures';
import { periodBounds, yearPeriod } from '../../projections/sector-performance/compute/report-period';
import { LIVE_PERFORMANCE_TABLES } from '../../projections/sector-performance/performance-tables';
import { caseTallyKeys, moveOneTally } from './support/tamper-tallies';
import { readFactsInPeriod } from '../../projections/sector-performance/reading/facts-reader';
import { ManualClock } from '../../src/shared/clock';
import { appendCharter, appendSector } from '../reports/support/append-events';
import { charterEvents, LP, on, STANDARD_IDS, TR, twoSectorStories } from '../reports/support/two-sectors-scenario';
import { startAuditSystem, AuditSystem } from './support/audit-system';
import { StepwiseCases } from './support/append-in-steps';

const NOW = on('2027-01-31');
/** Midnight in Rome between 14 and 15 February 2026. */
const MIDWAY = '2026-02-14T23:00:00.000Z';
const TABLES = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };
const SECTORS = [
  { id: LP.id, slug: 'lavori-pubblici' },
  { id: TR.id, slug: 'tributi' },
];

interface Drilled {
  caseId: string;
  factNo: number;
  outcome: string;
  inNumerator: boolean;
  events: { eventId: string; stream: string; revision: number; position: string; recordedAt: string; actor: { id: string } }[];
}

describe('auditing the reports', () => {
  let system: AuditSystem;
  let cases: StepwiseCases;
  let auditor: { Authorization: string };
  let reportAtMidway: QualityReport;

  beforeAll(async () => {
    system = await startAuditSystem(new ManualClock(NOW), SECTORS);
    await appendSector(system.store, LP.id, LP.name);
    await appendSector(system.store, TR.id, TR.name);
    await appendCharter(system.store, charterEvents());
    cases = new StepwiseCases(twoSectorStories());
    await system.caughtUp((await cases.appendUntil(system.store, MIDWAY))!);
    // The report as the tables gave it when only the events recorded by MIDWAY were in the log.
    reportAtMidway = await readQualityReport(system.dataSource, TABLES, 2026, MIDWAY, DEFAULT_THRESHOLDS);
    await system.caughtUp((await cases.appendUntil(system.store, NOW))!);
    auditor = await system.bearer('auditor');
  });

  afterAll(() => system?.stop());

  const get = (path: string) => system.http().get(`/api/v1/audit/reports${path}`).set(auditor);

  describe('drill-down', () => {
    it('URP-02 from 1 March (25 days): cases 5 (reopened) and 13 within, 6 and 12 late, each with its deciding events', async () => {
      const res = await get(`/quality/2026/figures?figure=standard:${STANDARD_IDS.urp02}:2026-03-01`).expect(200);
      expect(res.body).toMatchObject({ value: 0.5, sampleSize: 4 });
      const summary = (res.body.contributions as Drilled[]).map((c) => [c.caseId, c.factNo, c.outcome, c.events.map((e) => e.eventId)]);
      const id = (caseId: string, ...indexes: number[]) => indexes.map((i) => cases.eventId(caseId, i));
      expect(summary).toEqual([
        // Clock 1 of case 5 started at its reopening (event 5), answered (8) and closed (9).
        ['case-05', 1, 'within', id('case-05', 5, 8, 9)],
        ['case-06', 0, 'late', id('case-06', 0)],
        ['case-12', 0, 'late', id('case-12', 0)],
        ['case-13', 0, 'within', id('case-13', 0, 3, 4)],
      ]);
      const reopening = (res.body.contributions as Drilled[])[0].events[0];
      expect(reopening).toMatchObject({ stream: 'case-case-05', revision: 5, recordedAt: on('2026-03-01'), actor: { id: 'user-operator' } });
      expect(reopening.position).toMatch(/^\d+\/\d+$/);
    });

    it('the survey’s positive share: 5 of the 8 answers, each with its closure and its answer', async () => {
      const res = await get('/quality/2026/figures?figure=survey:positiveShare').expect(200);
      expect(res.body).toMatchObject({ value: 5 / 8, sampleSize: 8 });
      const positive = (res.body.contributions as Drilled[]).filter((c) => c.inNumerator).map((c) => c.caseId).sort();
      expect(positive).toEqual(['case-01', 'case-02', 'case-10', 'case-11', 'case-13']);
      const case03 = (res.body.contributions as Drilled[]).find((c) => c.caseId === 'case-03')!;
      expect(case03.events.map((e) => e.eventId)).toEqual([cases.eventId('case-03', 5), cases.eventId('case-03', 6)]);
    });

    it('a sector’s reminder share over the first quarter: 2 of 8 Lavori Pubblici routings, each with its reminder', async () => {
      const res = await get(`/sectors/${LP.id}/figures?from=2026-01-01&to=2026-03-31&figure=reminderShare`).expect(200);
      expect(res.body).toMatchObject({ value: 2 / 8, sampleSize: 8 });
      const reminded = (res.body.contributions as Drilled[]).filter((c) => c.inNumerator).map((c) => [c.caseId, c.events.map((e) => e.eventId)]);
      expect(reminded).toEqual([
        ['case-03', [cases.eventId('case-03', 1), cases.eventId('case-03', 2)]],
        ['case-06', [cases.eventId('case-06', 1), cases.eventId('case-06', 2)]],
      ]);
    });

    it('every standard and sector figure drilled down has exactly the value and sample of the report', async () => {
      const report = await readQualityReport(system.dataSource, TABLES, 2026, NOW, DEFAULT_THRESHOLDS);
      const scope = {
        year: 2026,
        asOf: NOW,
        facts: await readFactsInPeriod(system.dataSource, TABLES.performance, periodBounds(yearPeriod(2026))),
        standards: await readAllStandardRecords(system.dataSource, TABLES.compliance.standards),
      };
      const pick = (address: string) => {
        const { value, sampleSize } = selectQualityFigure(address, scope);
        return { value, sampleSize };
      };
      for (const standard of report.standards) {
        expect([standard.code, pick(`standard:${standard.standardId}:${standard.from}`)]).toEqual([standard.code, { value: standard.measured.value, sampleSize: standard.measured.sampleSize }]);
        if (standard.days) expect(pick(`standard:${standard.standardId}:${standard.from}:days`)).toEqual({ value: standard.days.median.value, sampleSize: standard.days.median.sampleSize });
      }
      for (const sector of report.sectors) {
        expect(pick(`sector:${sector.sectorId}:repliesWithinStandard`)).toEqual({ value: sector.repliesWithinStandard.value, sampleSize: sector.repliesWithinStandard.sampleSize });
        expect(pick(`sector:${sector.sectorId}:reminderShare`)).toEqual({ value: sector.reminderShare.value, sampleSize: sector.reminderShare.sampleSize });
        expect(pick(`sector:${sector.sectorId}:received`).value).toBe(sector.received);
        expect(pick(`sector:${sector.sectorId}:overdueAtPeriodEnd`).value).toBe(sector.overdueAtPeriodEnd);
      }
      expect(pick('received').value).toBe(report.volumes.received);
      expect(pick('survey:answerRate')).toEqual({ value: report.survey.answerRate.value, sampleSize: report.survey.answerRate.sampleSize });
      expect(pick('survey:positiveShare')).toEqual({ value: report.survey.positiveShare.value, sampleSize: report.survey.positiveShare.sampleSize });
    });

    it('an address that names no figure is a 400 that says which figures there are', async () => {
      const res = await get('/quality/2026/figures?figure=standard:nope:2026-01-01').expect(400);
      expect(res.body.code).toBe('UNKNOWN_FIGURE');
      await get(`/sectors/${LP.id}/figures?period=2026&figure=speed`).expect(400);
    });
  });

  describe('as of an instant', () => {
    it('equals the report the tables gave when only the events recorded by then had been appended', async () => {
      const res = await get(`/quality/2026?asOf=${MIDWAY}`).expect(200);
      expect(res.body.asOf).toBe(MIDWAY);
      expect(res.body.cutOff).toContain('metadata.recordedAt');
      expect(res.body.report).toEqual(JSON.parse(JSON.stringify(reportAtMidway)));
      // Not the report of today: the scenario went on after MIDWAY.
      const today = await readQualityReport(system.dataSource, TABLES, 2026, NOW, DEFAULT_THRESHOLDS);
      expect(res.body.report.summary.received).toBeLessThan(today.summary.received);
    });

    it('needs an instant', async () => {
      await get('/quality/2026?asOf=yesterday').expect(400);
    });

    it('refuses an instant later than now: the log cannot tell what has not happened yet', async () => {
      const tomorrow = new Date(Date.parse(NOW) + 86_400_000).toISOString();
      const res = await get(`/quality/2026?asOf=${tomorrow}`).expect(400);
      expect(res.body).toMatchObject({ code: 'AS_OF_IN_FUTURE' });
      expect(res.body.message).toContain('asOf');
      await get(`/quality/2026?asOf=${NOW}`).expect(200);
    });
  });

  describe('verification', () => {
    it('a full replay gives the stored report, figure by figure', async () => {
      const res = await get('/quality/2026/verification').expect(200);
      expect(res.body.differences).toEqual([]);
      expect(res.body.figuresCompared).toBeGreaterThan(100);
    });

    it('shows the figures a tampered tally changes', async () => {
      // Case 13's 5-star answer becomes a 1 in the tallies the report reads, behind the projection's back.
      const keys = await caseTallyKeys(system.dataSource, 'case-13');
      await moveOneTally(system.dataSource, { metric: 'closure', day: keys.closedDay, kind: keys.kind, from: '5', to: '1' });
      const res = await get('/quality/2026/verification').expect(200);
      expect(res.body.differences).toEqual(
        expect.arrayContaining([
          { figure: 'survey.positiveAnswers', stored: 4, replayed: 5 },
          { figure: 'survey.positiveShare.value', stored: 4 / 8, replayed: 5 / 8 },
        ]),
      );
    });
  });

  describe('access', () => {
    const paths = [
      '/quality/2026/figures?figure=received',
      `/sectors/${LP.id}/figures?period=2026&figure=received`,
      `/quality/2026?asOf=${MIDWAY}`,
      '/quality/2026/verification',
    ];

    it.each(['operator', 'manager'])('%s is refused every audit endpoint', async (username) => {
      const bearer = await system.bearer(username);
      for (const path of paths) await system.http().get(`/api/v1/audit/reports${path}`).set(bearer).expect(403);
    });

    it('no token, no audit', async () => {
      for (const path of paths) await system.http().get(`/api/v1/audit/reports${path}`).expect(401);
    });

    it('an admin may audit too', async () => {
      await system.http().get('/api/v1/audit/reports/quality/2026/figures?figure=received').set(await system.bearer('admin')).expect(200);
    });
  });
});
