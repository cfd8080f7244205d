/**
 * The yearly compliance report on a real PostgreSQL: the charter (with a revision on 1 March
 * 2026), the cases of two-sectors-scenario.ts and corrective actions, appended as events and
 * applied by the runner; then the report for 2026 read back and checked figure by figure.
 */
import { LIVE_COMPLIANCE_TABLES } from '../../projections/charter-compliance/compliance-tables';
import type { QualityReport } from '../../projections/charter-compliance/compute/quality-report';
import { DEFAULT_THRESHOLDS } from '../../projections/charter-compliance/compute/thresholds';

const EVERY_CASE_COUNTS = { ...DEFAULT_THRESHOLDS, minSample: 1 };
import { readQualityReport, readQualityReportFromFacts } from '../../projections/charter-compliance/reading/quality-report-reader';
import { compareReports } from '../../projections/audit/verify/compare-reports';
import { LIVE_PERFORMANCE_TABLES } from '../../projections/sector-performance/performance-tables';
import type { Position } from '../../src/event-store/position';
import { appendCharter, appendCorrectiveAction, appendSector, appendStory } from './support/append-events';
import { startReportProjections, ReportProjections } from './support/report-projections';
import { charterEvents, LP, on, STANDARD_IDS, TR, twoSectorStories } from './support/two-sectors-scenario';

const AS_OF = on('2027-01-31');
const TABLES = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };

const action = (actionId: string, year: number, fields: { standardId?: string; sectorId?: string }) => ({
  actionId,
  year,
  standardId: fields.standardId ?? null,
  sectorId: fields.sectorId ?? null,
  anomaly: 'Risposte oltre i termini',
  action: 'Modello di risposta condiviso con i referenti',
  owner: 'Responsabile URP',
  dueDate: '2027-06-30',
  recordedAt: on('2027-01-20'),
});

describe('yearly compliance report', () => {
  let system: ReportProjections;
  let report: QualityReport;

  beforeAll(async () => {
    system = await startReportProjections();
    await appendSector(system.store, LP.id, LP.name);
    await appendSector(system.store, TR.id, TR.name);
    await appendCharter(system.store, charterEvents());
    for (const story of twoSectorStories()) await appendStory(system.store, story);
    await appendCorrectiveAction(system.store, action('a-urp02', 2026, { standardId: STANDARD_IDS.urp02 }));
    await appendCorrectiveAction(system.store, action('a-tributi', 2026, { sectorId: TR.id }));
    const last: Position = (await appendCorrectiveAction(system.store, action('a-2025', 2025, { sectorId: TR.id }))).position;
    await system.caughtUp(last);
    // The sample year has 13 cases: judged here as if every case were enough, to check the verdicts themselves.
    report = await readQualityReport(system.dataSource, TABLES, 2026, AS_OF, EVERY_CASE_COUNTS);
  });

  it('under the default minimum sample (10) gives no verdict and declares no anomaly on so few cases', async () => {
    const published = await readQualityReport(system.dataSource, TABLES, 2026, AS_OF, DEFAULT_THRESHOLDS);
    expect(published.anomalies.filter((a) => a.measured.sampleSize < 10)).toEqual([]);
    expect(published.anomalies.map((a) => [a.code, a.measured.sampleSize])).toEqual([['URP-03', 13]]);
    expect(published.standards.filter((s) => s.result !== 'not_measurable').map((s) => [s.code, s.measured.sampleSize])).toEqual(
      published.standards.filter((s) => s.measured.sampleSize >= 10).map((s) => [s.code, s.measured.sampleSize]),
    );
    expect(published.standards.filter((s) => s.reason === 'insufficient_sample').length).toBe(published.summary.insufficientSample);
    expect(published.sectors.every((s) => !s.repliesLate && !s.tooManyReminders)).toBe(true);
  });

  afterAll(() => system?.close());

  it('measures every version in force in the year on its own days, and leaves out what starts later', () => {
    expect(report.standards.map((s) => [s.code, s.from, s.until, s.measured.value, s.measured.sampleSize, s.result])).toEqual([
      // Case 8, an information request, was answered in 2 days: not "immediate".
      ['URP-01', '2026-01-01', '2026-12-31', 0, 1, 'not_met'],
      // 30 days, January-February: 15, 26, 10, 14, 18 within; 41, 41, 39 and case 7 (unanswered) late.
      ['URP-02', '2026-01-01', '2026-02-28', 5 / 9, 9, 'not_met'],
      // 25 days from March: the reopened case 5 (9 days) and case 13 (10) within; 6 and 12 unanswered.
      ['URP-02', '2026-03-01', '2026-12-31', 0.5, 4, 'not_met'],
      // Take-charge within 10 days: 9 of the 13 routings judged (case 8's hand-back is not).
      ['URP-03', '2026-01-01', '2026-12-31', 9 / 13, 13, 'not_met'],
      // 8 answers to 11 closures; 5 of the 8 are 4 or 5.
      ['URP-05', '2026-01-01', '2026-12-31', 8 / 11, 11, 'met'],
      ['URP-06', '2026-01-01', '2026-12-31', 5 / 8, 8, 'not_met'],
    ]);
    const [, urp02first, urp02second] = report.standards;
    expect([urp02first.target, urp02second.target]).toEqual([{ kind: 'max_days', days: 30 }, { kind: 'max_days', days: 25 }]);
    expect(urp02first.measured.sampleSize).toBe(9);
    expect(report.summary).toEqual({ received: 13, versionsMeasured: 6, met: 1, notMet: 5, notMeasurable: 0, insufficientSample: 0, anomalies: 8, correctiveActions: 2 });
  });

  it('gives the volumes by channel, kind and sector', () => {
    const nonZero = <T extends { count: number }>(list: T[], key: keyof T) => Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c[key], c.count]));
    expect(nonZero(report.volumes.byChannel, 'channel')).toEqual({ email: 8, web: 2, phone: 1, counter: 1, pec: 1 });
    expect(nonZero(report.volumes.byKind, 'kind')).toEqual({ report: 9, complaint: 2, suggestion: 1, information_request: 1 });
    expect(report.volumes.bySector).toEqual([
      { sectorId: LP.id, name: 'Lavori Pubblici', count: 8 },
      { sectorId: TR.id, name: 'Tributi', count: 4 },
      { sectorId: null, name: null, count: 1 },
    ]);
  });

  it('gives the survey answer rate and the share of positive answers', () => {
    expect(report.survey).toEqual({
      closures: 11,
      answers: 8,
      positiveAnswers: 5,
      answerRate: { value: 8 / 11, sampleSize: 11, lowSample: false },
      positiveShare: { value: 5 / 8, sampleSize: 8, lowSample: false },
      averageScore: { value: 29 / 8, sampleSize: 8, lowSample: false },
    });
  });

  it('judges each sector: Lavori Pubblici late and reminded too often, Tributi late', () => {
    expect(report.sectors.map((s) => [s.name, s.received, s.routed, s.repliesWithinStandard.value, s.reminderShare.value, s.repliesLate, s.tooManyReminders])).toEqual([
      ['Lavori Pubblici', 8, 9, 5 / 9, 2 / 9, true, true],
      ['Tributi', 4, 5, 0.5, 0.2, true, false],
    ]);
  });

  it('lists the anomalies with the corrective actions recorded for them, and only the year’s actions', () => {
    expect(report.anomalies.map((a) => [a.kind, a.code ?? a.sectorName, a.from, a.correctiveActionIds])).toEqual([
      ['standard_not_met', 'URP-01', '2026-01-01', []],
      ['standard_not_met', 'URP-02', '2026-01-01', ['a-urp02']],
      ['standard_not_met', 'URP-02', '2026-03-01', ['a-urp02']],
      ['standard_not_met', 'URP-03', '2026-01-01', []],
      ['standard_not_met', 'URP-06', '2026-01-01', []],
      ['sector_replies_late', 'Lavori Pubblici', '2026-01-01', []],
      ['sector_reminders', 'Lavori Pubblici', '2026-01-01', []],
      ['sector_replies_late', 'Tributi', '2026-01-01', ['a-tributi']],
    ]);
    expect(report.correctiveActions.map((a) => [a.actionId, a.recordedBy])).toEqual([
      ['a-urp02', 'user-manager'],
      ['a-tributi', 'user-manager'],
    ]);
  });

  it('a year with nothing measured yet still lists its standards, as not measurable', async () => {
    const empty = await readQualityReport(system.dataSource, TABLES, 2025, AS_OF, DEFAULT_THRESHOLDS);
    expect(empty.standards.map((s) => [s.code, s.result, s.reason])).toEqual([
      ['URP-01', 'not_measurable', 'no_cases'],
      ['URP-02', 'not_measurable', 'no_cases'],
      ['URP-03', 'not_measurable', 'no_cases'],
      ['URP-05', 'not_measurable', 'no_cases'],
      ['URP-06', 'not_measurable', 'no_cases'],
    ]);
    expect(empty.correctiveActions.map((a) => a.actionId)).toEqual(['a-2025']);
  });

  it('reads the same report from its tallies as from every fact of the year, figure by figure, whenever it is made', async () => {
    // Later instants turn the replies still awaited late: the pending rows are counted as of each.
    for (const asOf of [AS_OF, on('2027-03-31'), on('2028-01-15')]) {
      for (const thresholds of [EVERY_CASE_COUNTS, DEFAULT_THRESHOLDS]) {
        const fromTallies = await readQualityReport(system.dataSource, TABLES, 2026, asOf, thresholds);
        const fromFacts = await readQualityReportFromFacts(system.dataSource, TABLES, 2026, asOf, thresholds);
        const comparison = compareReports(fromTallies, fromFacts);
        expect(comparison.differences).toEqual([]);
        expect(comparison.figuresCompared).toBeGreaterThan(300);
      }
    }
  });

  it('keeps no tally for a case still open: its figures are counted when the report is made', async () => {
    const stored: { metric: string; count: string }[] = await system.dataSource.query(
      `SELECT metric, sum(count)::text AS count FROM ${TABLES.performance.tallies} WHERE metric = 'receipt' GROUP BY metric`,
    );
    const [{ closed }] = await system.dataSource.query(
      `SELECT count(*)::int AS closed FROM ${TABLES.performance.clocks} WHERE closed_at IS NOT NULL AND started_by = 'received'`,
    );
    expect(Number(stored[0].count)).toBe(closed);
    expect(report.summary.received).toBeGreaterThan(closed);
  });
});

