/**
 * Which versions of which standards were in force during a period, each with the days it
 * was in force within the period: a year's report measures each version on its own days.
 */
import { type CaseKind, type RomeDate, type StandardMeasure, type StandardTarget, addCalendarDays, earlierDate, laterDate } from '../../../src/read-side';
import type { ReportPeriod } from '../../sector-performance/compute/report-period';
import type { StandardRecord } from './standard-record';

export interface VersionInForce {
  standardId: string;
  code: string;
  service: string;
  measure: StandardMeasure;
  appliesTo: CaseKind[] | null;
  /** 0 for the version adopted, then one per revision. */
  versionNo: number;
  indicator: string;
  target: StandardTarget;
  /** The days this version was (or is) in force: `until` is null while open-ended. */
  effectiveFrom: RomeDate;
  effectiveUntil: RomeDate | null;
  /** Its days within the period, both included. */
  from: RomeDate;
  until: RomeDate;
  setByEventId: string;
}

/** Ordered by standard code, then by date. */
export function versionsInForceDuring(standards: readonly StandardRecord[], period: ReportPeriod): VersionInForce[] {
  return [...standards]
    .sort((a, b) => a.code.localeCompare(b.code, 'it') || a.standardId.localeCompare(b.standardId))
    .flatMap((standard) => versionsOf(standard, period));
}

function versionsOf(standard: StandardRecord, period: ReportPeriod): VersionInForce[] {
  const { standardId, code, service, measure, appliesTo } = standard;
  return standard.versions.flatMap((version, versionNo) => {
    const nextStart = standard.versions[versionNo + 1]?.effectiveFrom ?? standard.retiredFrom;
    const effectiveUntil = nextStart === null ? null : addCalendarDays(nextStart, -1);
    const inForce = version.effectiveFrom <= period.to && (effectiveUntil === null || effectiveUntil >= period.from);
    if (!inForce || (effectiveUntil !== null && effectiveUntil < version.effectiveFrom)) return [];
    return [
      {
        standardId,
        code,
        service,
        measure,
        appliesTo,
        versionNo,
        indicator: version.indicator,
        target: version.target,
        effectiveFrom: version.effectiveFrom,
        effectiveUntil,
        from: laterDate(version.effectiveFrom, period.from),
        until: effectiveUntil === null ? period.to : earlierDate(effectiveUntil, period.to),
        setByEventId: version.eventId,
      },
    ];
  });
}
