/**
 * The yearly compliance report computed from tallies (sector-performance/tallies/) rather
 * than from every fact of the year: the same report, figure by figure, as qualityReport()
 * gives over the facts (test/reports/quality-report-tallies.spec.ts), in a time that does
 * not grow with the number of cases. Tallies know no charter: each standard version sums
 * the days of the cases it applies to against its own target, so any charter, the real
 * one or a manager's proposal, is measured on the same counts.
 */
import { CHANNELS, type CaseKind, type Instant } from '../../../src/read-side';
import { DayFigures, figure, shareFigure } from '../../sector-performance/compute/figures';
import { yearPeriod } from '../../sector-performance/compute/report-period';
import { isPositiveScore, SatisfactionFigures } from '../../sector-performance/compute/satisfaction';
import { sectorsNamed } from '../../sector-performance/compute/sectors-of-period';
import { KINDS_AND_UNCLASSIFIED } from '../../sector-performance/compute/volumes';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import { TALLY_METRICS, Tallies, TallyKeyParts } from '../../sector-performance/tallies/case-tallies';
import type { CorrectiveActionRecord } from '../corrective-actions/corrective-action-record';
import type { StandardRecord } from '../standards/standard-record';
import { VersionInForce, versionsInForceDuring } from '../standards/versions-in-force';
import { assembleQualityReport, QualityReport, QualityVolumes } from './quality-report';
import { sectorVerdicts, SectorYearResult } from './sector-year';
import { judgedMeasurement, StandardMeasurement, targetNotApplicable } from './standard-measurement';
import { requiredShare, targetDays } from './target-evaluation';
import type { ComplianceThresholds } from './thresholds';

export interface TalliedReportInput {
  year: number;
  standards: readonly StandardRecord[];
  /** The year's tallies: the settled ones kept by the projection plus the pending ones as of `asOf`. */
  tallies: Tallies;
  sectors: readonly SectorEntry[];
  correctiveActions: readonly CorrectiveActionRecord[];
  asOf: Instant;
  thresholds: ComplianceThresholds;
}

interface Entry extends TallyKeyParts {
  count: number;
}

export function qualityReportFromTallies(input: TalliedReportInput): QualityReport {
  const { thresholds } = input;
  const period = yearPeriod(input.year);
  const entries = byMetric(input.tallies, period.from, period.to);
  const of = (metric: string) => entries.get(metric) ?? [];
  const measured = versionsInForceDuring(input.standards, period).map((version) => ({ version, measurement: measure(version, of, thresholds) }));
  const sectors = sectorResults(input.sectors, of, period, thresholds);
  const receipts = of(TALLY_METRICS.receipt);
  const byChannel = countBy(receipts, (e) => e.detail);
  const byKind = countBy(receipts, (e) => e.kind || 'unclassified');
  const volumes: QualityVolumes = {
    received: sum(receipts),
    byChannel: CHANNELS.map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
    byKind: KINDS_AND_UNCLASSIFIED.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
    bySector: [
      ...sectors.map((s) => ({ sectorId: s.sectorId, name: s.name, count: s.received })),
      { sectorId: null, name: null, count: sum(receipts.filter((e) => e.sector === '')) },
    ],
  };
  return assembleQualityReport({
    year: input.year,
    asOf: input.asOf,
    thresholds,
    measured,
    sectors,
    volumes,
    survey: survey(of(TALLY_METRICS.closure), thresholds.minSample),
    correctiveActions: input.correctiveActions,
  });
}

/** Counts summed per group, in one pass. */
function countBy(entries: readonly Entry[], group: (e: Entry) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(group(e), (counts.get(group(e)) ?? 0) + e.count);
  return counts;
}

function byMetric(tallies: Tallies, from: string, to: string): Map<string, Entry[]> {
  const entries = new Map<string, Entry[]>();
  for (const [key, count] of tallies) {
    if (count === 0) continue;
    const [metric, day, sector, kind, detail] = key.split('|');
    if (day < from || day > to) continue;
    let list = entries.get(metric);
    if (!list) entries.set(metric, (list = []));
    list.push({ metric, day, sector, kind, detail, count });
  }
  return entries;
}

function sum(entries: readonly Entry[]): number {
  return entries.reduce((total, e) => total + e.count, 0);
}

type EntriesOf = (metric: string) => Entry[];

function measure(version: VersionInForce, of: EntriesOf, thresholds: ComplianceThresholds): StandardMeasurement {
  const required = requiredShare(version.measure, version.target, thresholds);
  if (required === null) return targetNotApplicable(thresholds.minSample);
  const applies = (e: Entry) => e.day >= version.from && e.day <= version.until && appliesToKind(version.appliesTo, e.kind);
  const days = targetDays(version.target) ?? 0;
  const { minSample } = thresholds;
  switch (version.measure) {
    case 'final_reply_days':
      return timeMeasurement(of(TALLY_METRICS.replied).filter(applies), of(TALLY_METRICS.unreplied).filter(applies), days, required, minSample);
    case 'take_charge_days':
      return timeMeasurement(of(TALLY_METRICS.taken).filter(applies), of(TALLY_METRICS.notTaken).filter(applies), days, required, minSample);
    case 'survey_answer_rate': {
      const closures = of(TALLY_METRICS.closure).filter(applies);
      return judgedMeasurement(shareFigure(sum(closures.filter((e) => e.detail !== '')), sum(closures), minSample), required, null);
    }
    case 'survey_positive_share': {
      const answers = of(TALLY_METRICS.closure).filter((e) => applies(e) && e.detail !== '');
      return judgedMeasurement(shareFigure(sum(answers.filter((e) => isPositiveScore(Number(e.detail)))), sum(answers), minSample), required, null);
    }
  }
}

/** Done steps are within or late by their days; steps not done are late past the term, else undecided. */
function timeMeasurement(done: readonly Entry[], notDone: readonly Entry[], termDays: number, required: number, minSample: number): StandardMeasurement {
  const within = sum(done.filter((e) => Number(e.detail) <= termDays));
  const decided = sum(done) + sum(notDone.filter((e) => Number(e.detail) > termDays));
  return judgedMeasurement(shareFigure(within, decided, minSample), required, histogramDayFigures(done, minSample));
}

/**
 * Median, nearest-rank 90th percentile and mean over the days as counted: the values
 * statistics.ts computes over the days one by one, without listing a year's cases.
 */
function histogramDayFigures(entries: readonly Entry[], minSample: number): DayFigures {
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(Number(e.detail), (counts.get(Number(e.detail)) ?? 0) + e.count);
  const values = [...counts].sort((a, b) => a[0] - b[0]);
  const n = values.reduce((total, [, count]) => total + count, 0);
  // The value at a 0-based rank of the sorted days.
  const at = (rank: number): number => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (rank < seen) return value;
    }
    throw new RangeError(`rank ${rank} beyond ${n} values`);
  };
  const middle = Math.floor(n / 2);
  const median = n === 0 ? null : n % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  const p90 = n === 0 ? null : at(Math.ceil(0.9 * n) - 1);
  const mean = n === 0 ? null : values.reduce((total, [value, count]) => total + value * count, 0) / n;
  return { median: figure(median, n, minSample), p90: figure(p90, n, minSample), mean: figure(mean, n, minSample) };
}

function appliesToKind(kinds: readonly CaseKind[] | null, kind: string): boolean {
  return kinds === null || (kind !== '' && kinds.includes(kind as CaseKind));
}

function sectorResults(sectors: readonly SectorEntry[], of: EntriesOf, period: { from: string; to: string }, thresholds: ComplianceThresholds): SectorYearResult[] {
  const named = new Set(of(TALLY_METRICS.named).filter((e) => e.day === period.from).map((e) => e.sector));
  const forSector = (metric: string, sectorId: string) => of(metric).filter((e) => e.sector === sectorId);
  const { minSample } = thresholds;
  return sectorsNamed(sectors, named, period).map((sector) => {
    const replies = forSector(TALLY_METRICS.sectorReply, sector.sectorId);
    const routed = sum(forSector(TALLY_METRICS.routed, sector.sectorId));
    return sectorVerdicts(
      {
        sectorId: sector.sectorId,
        name: sector.name,
        received: sum(forSector(TALLY_METRICS.receipt, sector.sectorId)),
        routed,
        repliesWithinStandard: shareFigure(sum(replies.filter((e) => e.detail === 'within')), sum(replies), minSample),
        remindersSent: sum(forSector(TALLY_METRICS.remindersSent, sector.sectorId)),
        reminderShare: shareFigure(sum(forSector(TALLY_METRICS.routingsReminded, sector.sectorId)), routed, minSample),
        overdueAtPeriodEnd: sum(forSector(TALLY_METRICS.overdue, sector.sectorId).filter((e) => e.day === period.to)),
      },
      thresholds,
    );
  });
}

function survey(closures: readonly Entry[], minSample: number): SatisfactionFigures {
  const answered = closures.filter((e) => e.detail !== '');
  const answers = sum(answered);
  const positive = sum(answered.filter((e) => isPositiveScore(Number(e.detail))));
  const scoreTotal = answered.reduce((total, e) => total + Number(e.detail) * e.count, 0);
  return {
    closures: sum(closures),
    answers,
    positiveAnswers: positive,
    answerRate: shareFigure(answers, sum(closures), minSample),
    positiveShare: shareFigure(positive, answers, minSample),
    averageScore: figure(answers === 0 ? null : scoreTotal / answers, answers, minSample),
  };
}
