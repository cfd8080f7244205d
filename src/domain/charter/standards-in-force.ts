/**
 * Which promises applied when. A year's report measures against the standards in force
 * in that year, and a case's clocks use the terms in force on the day they start.
 */
import type { CaseKind, CharterEvent, RomeDate, StandardMeasure, StandardTarget } from '../../contracts';
import { addCalendarDays, earlierDate, firstDayOfYear, lastDayOfYear, laterDate } from '../../shared/rome-time';
import { evolveStandard, initialStandardState, type Standard, type StandardState } from './charter-decider';

/** One version of a standard with the days it is in force; `until` is inclusive, null while open-ended. */
export interface StandardPeriod {
  indicator: string;
  target: StandardTarget;
  effectiveFrom: RomeDate;
  until: RomeDate | null;
}

/** A standard as it stands on a given date. */
export interface StandardInForce {
  standardId: string;
  code: string;
  service: string;
  measure: StandardMeasure;
  appliesTo: CaseKind[] | null;
  indicator: string;
  target: StandardTarget;
  effectiveFrom: RomeDate;
  /** Last day of this version, when already known. */
  effectiveUntil: RomeDate | null;
}

/** A standard during a year: each version that applied, with its days within the year. */
export interface StandardDuringYear {
  standardId: string;
  code: string;
  service: string;
  measure: StandardMeasure;
  appliesTo: CaseKind[] | null;
  versions: Array<{ indicator: string; target: StandardTarget; effectiveFrom: RomeDate; from: RomeDate; until: RomeDate }>;
}

/** Folds the events of all charter streams into one Standard per standardId. */
export function standardsFromEvents(events: readonly CharterEvent[]): Standard[] {
  const states = new Map<string, StandardState>();
  for (const event of events) {
    const id = event.data.standardId;
    states.set(id, evolveStandard(states.get(id) ?? initialStandardState(), event));
  }
  return [...states.values()].filter((state): state is Standard => state.status !== 'none');
}

/** The versions of a standard and the days each was in force. */
export function periodsOf(standard: Standard): StandardPeriod[] {
  return standard.versions.map((version, index) => {
    const nextStart = standard.versions[index + 1]?.effectiveFrom ?? standard.retiredFrom;
    return { ...version, until: nextStart === null ? null : addCalendarDays(nextStart, -1) };
  });
}

export function standardsInForce(standards: readonly Standard[], date: RomeDate): StandardInForce[] {
  return standards.flatMap((standard) => {
    const period = periodsOf(standard).find((p) => p.effectiveFrom <= date && (p.until === null || date <= p.until));
    if (period === undefined) return [];
    const { standardId, code, service, measure, appliesTo } = standard;
    const { indicator, target, effectiveFrom, until } = period;
    return [{ standardId, code, service, measure, appliesTo, indicator, target, effectiveFrom, effectiveUntil: until }];
  });
}

/** Every standard in force on at least one day of the year, each version clipped to the year. */
export function standardsInForceDuring(standards: readonly Standard[], year: number): StandardDuringYear[] {
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  return standards.flatMap((standard) => {
    const versions = periodsOf(standard)
      .filter((p) => p.effectiveFrom <= last && (p.until === null || p.until >= first))
      .map((p) => ({
        indicator: p.indicator,
        target: p.target,
        effectiveFrom: p.effectiveFrom,
        from: laterDate(p.effectiveFrom, first),
        until: p.until === null ? last : earlierDate(p.until, last),
      }));
    if (versions.length === 0) return [];
    const { standardId, code, service, measure, appliesTo } = standard;
    return [{ standardId, code, service, measure, appliesTo, versions }];
  });
}
