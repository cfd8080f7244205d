/**
 * One version of a standard measured over the cases it applies to, on the days it was in
 * force: final replies and take-charges of the clocks and routings that started on those
 * days, survey answers of the closures made on those days.
 */
import type { CaseKind, Instant } from '../../../src/read-side';
import type { ClockRecord, RoutingRecord } from '../../sector-performance/facts/case-facts';
import { DayFigures, dayFigures, Figure, shareFigure } from '../../sector-performance/compute/figures';
import { within } from '../../sector-performance/compute/instants';
import { daysTaken, withinShare } from '../../sector-performance/compute/performance-figures';
import { PeriodBounds, periodBounds } from '../../sector-performance/compute/report-period';
import { answeredScores, isPositiveScore } from '../../sector-performance/compute/satisfaction';
import { finalReplyTimeliness, takeChargeTimeliness } from '../../sector-performance/compute/timeliness';
import type { FactsInPeriod } from '../../sector-performance/facts/case-facts';
import type { VersionInForce } from '../standards/versions-in-force';
import { evaluate, requiredShare, StandardResult, targetDays } from './target-evaluation';
import type { ComplianceThresholds } from './thresholds';

export interface StandardMeasurement {
  /** The share the result is judged on: cases within the target's days, or the survey share. */
  measured: Figure;
  /** The share needed to meet the standard; null when the target does not fit the measure. */
  required: number | null;
  /** For time measures: the days the cases took (median, 90th percentile, mean). */
  days: DayFigures | null;
  result: StandardResult;
  /** Why a version could not be judged: no case, a target that does not fit, or fewer cases than the minimum sample. */
  reason: MeasurementReason | null;
}

export type MeasurementReason = 'no_cases' | 'target_not_applicable' | 'insufficient_sample';

export function measureVersion(version: VersionInForce, facts: FactsInPeriod, asOf: Instant, thresholds: ComplianceThresholds): StandardMeasurement {
  const required = requiredShare(version.measure, version.target, thresholds);
  if (required === null) return targetNotApplicable(thresholds.minSample);
  const { measured, days } = measuredShare(version, facts, asOf, thresholds.minSample);
  return judgedMeasurement(measured, required, days);
}

/** A target that does not fit its measure: nothing to judge. */
export function targetNotApplicable(minSample: number): StandardMeasurement {
  return { measured: shareFigure(0, 0, minSample), required: null, days: null, result: 'not_measurable', reason: 'target_not_applicable' };
}

/** The verdict on a share measured against the share required. */
export function judgedMeasurement(measured: Figure, required: number, days: DayFigures | null): StandardMeasurement {
  const reason = measured.sampleSize === 0 ? 'no_cases' : measured.lowSample ? 'insufficient_sample' : null;
  return { measured, required, days, result: evaluate(measured, required), reason };
}

function measuredShare(
  version: VersionInForce,
  facts: FactsInPeriod,
  asOf: Instant,
  minSample: number,
): { measured: Figure; days: DayFigures | null } {
  const bounds = periodBounds({ from: version.from, to: version.until });
  const applies = appliesToKind(version.appliesTo);
  // Time measures reach here only with a time target (requiredShare saw to it).
  const days = targetDays(version.target) ?? 0;
  switch (version.measure) {
    case 'final_reply_days': {
      const outcomes = facts.clocks.filter((c) => applies(c) && within(c.startedAt, bounds)).map((c) => finalReplyTimeliness(c, days, asOf));
      return { measured: withinShare(outcomes, minSample), days: dayFigures(daysTaken(outcomes), minSample) };
    }
    case 'take_charge_days': {
      const outcomes = facts.routings.filter((r) => applies(r) && within(r.routedAt, bounds)).map((r) => takeChargeTimeliness(r, days, asOf));
      return { measured: withinShare(outcomes, minSample), days: dayFigures(daysTaken(outcomes), minSample) };
    }
    case 'survey_answer_rate': {
      const closed = closedIn(facts.clocks, applies, bounds);
      return { measured: shareFigure(answeredScores(closed, asOf).length, closed.length, minSample), days: null };
    }
    case 'survey_positive_share': {
      const scores = answeredScores(closedIn(facts.clocks, applies, bounds), asOf);
      return { measured: shareFigure(scores.filter(isPositiveScore).length, scores.length, minSample), days: null };
    }
  }
}

function closedIn(clocks: readonly ClockRecord[], applies: (c: ClockRecord) => boolean, bounds: PeriodBounds): ClockRecord[] {
  return clocks.filter((c) => applies(c) && within(c.closedAt, bounds));
}

/** Null applies to every case, unclassified ones included; a list only to cases of those kinds. */
function appliesToKind(kinds: readonly CaseKind[] | null): (fact: ClockRecord | RoutingRecord) => boolean {
  return (fact) => kinds === null || (fact.kind !== null && kinds.includes(fact.kind));
}
