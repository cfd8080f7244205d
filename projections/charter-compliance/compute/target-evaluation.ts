/**
 * Met or not met, per kind of target. Time targets are judged on the share of cases within
 * the target's days; share targets on the measured share itself. A target that does not fit
 * its measure (the write side refuses those) cannot be judged.
 */
import { TIME_MEASURES, type StandardMeasure, type StandardTarget } from '../../../src/read-side';
import type { Figure } from '../../sector-performance/compute/figures';
import type { ComplianceThresholds } from './thresholds';

export const STANDARD_RESULTS = ['met', 'not_met', 'not_measurable'] as const;
export type StandardResult = (typeof STANDARD_RESULTS)[number];

/** The calendar days a time target allows: "immediate" and "at the counter" mean the same day. */
export function targetDays(target: StandardTarget): number | null {
  switch (target.kind) {
    case 'max_days':
      return target.days;
    case 'immediate':
    case 'at_counter':
      return 0;
    case 'min_share':
      return null;
  }
}

/** The share of cases that must meet the target for the standard to be met, or null when the target does not fit the measure. */
export function requiredShare(measure: StandardMeasure, target: StandardTarget, thresholds: ComplianceThresholds): number | null {
  const timeMeasure = TIME_MEASURES.includes(measure);
  if (timeMeasure) return targetDays(target) === null ? null : thresholds.timeStandardMinShare;
  return target.kind === 'min_share' ? target.percent / 100 : null;
}

/** Below the minimum sample no verdict is given: 5 replies out of 6 in time say nothing about a year. */
export function evaluate(measured: Figure, required: number | null): StandardResult {
  if (required === null || measured.value === null || measured.lowSample) return 'not_measurable';
  return measured.value >= required ? 'met' : 'not_met';
}
