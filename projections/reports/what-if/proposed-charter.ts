/**
 * A manager's proposed charter applied to the charter on record, in memory: each proposed
 * standard either changes the target (and wording) of a standard of the same code, or adds
 * a new one. A proposal applies to the whole year asked about unless it says from when:
 * "how would last year have gone under these?". Nothing here is ever recorded.
 */
import { type CaseKind, type RomeDate, type StandardMeasure, type StandardTarget, firstDayOfYear } from '../../../src/read-side';
import { requiredShare } from '../../charter-compliance/compute/target-evaluation';
import { DEFAULT_THRESHOLDS } from '../../charter-compliance/compute/thresholds';
import type { StandardRecord } from '../../charter-compliance/standards/standard-record';

export interface ProposedStandard {
  code: string;
  target: StandardTarget;
  /** Required for a new standard; for an existing one, the record's are kept when absent. */
  measure?: StandardMeasure;
  service?: string;
  indicator?: string;
  appliesTo?: CaseKind[] | null;
  /** From when the proposal applies; absent: from the first day of the year. */
  effectiveFrom?: RomeDate;
}

/** What the proposal did to each code it named. */
export interface ProposalChange {
  code: string;
  change: 'revised' | 'added';
  standardId: string;
}

export class ProposalError extends Error {}

/** The standards the report is measured against under the proposal, and what changed. */
export function proposedCharter(
  standards: readonly StandardRecord[],
  proposal: readonly ProposedStandard[],
  year: number,
): { standards: StandardRecord[]; changes: ProposalChange[] } {
  const result = new Map(standards.map((s) => [s.code, s]));
  const changes: ProposalChange[] = [];
  proposal.forEach((proposed, index) => {
    if (proposal.findIndex((p) => p.code === proposed.code) !== index) throw new ProposalError(`standards[${index}].code ${proposed.code} is proposed twice`);
    if (proposed.target.kind === 'min_share' && !(proposed.target.percent >= 0 && proposed.target.percent <= 100)) {
      throw new ProposalError(`standards[${index}].target.percent must be from 0 to 100`);
    }
    const measureOf = proposed.measure ?? result.get(proposed.code)?.measure;
    if (measureOf && requiredShare(measureOf, proposed.target, DEFAULT_THRESHOLDS) === null) {
      throw new ProposalError(`standards[${index}].target ${proposed.target.kind} does not fit the measure ${measureOf} (days for times, min_share for survey shares)`);
    }
    const from = proposed.effectiveFrom ?? firstDayOfYear(year);
    const existing = result.get(proposed.code);
    if (existing) {
      const measure = proposed.measure ?? existing.measure;
      if (measure !== existing.measure) throw new ProposalError(`standards[${index}].measure cannot change the measure of ${proposed.code} (${existing.measure}): propose a new code`);
      // Versions before the proposal stay as recorded; the proposed one applies from its date on.
      const kept = existing.versions.filter((v) => v.effectiveFrom < from);
      const current = kept[kept.length - 1] ?? existing.versions[0];
      result.set(proposed.code, {
        ...existing,
        appliesTo: proposed.appliesTo === undefined ? existing.appliesTo : proposed.appliesTo,
        versions: [...kept, { indicator: proposed.indicator ?? current.indicator, target: proposed.target, effectiveFrom: from, eventId: 'proposta' }],
      });
      changes.push({ code: proposed.code, change: 'revised', standardId: existing.standardId });
      return;
    }
    if (!proposed.measure) throw new ProposalError(`standards[${index}].measure is required for ${proposed.code}, a standard not in the charter`);
    if (!proposed.indicator) throw new ProposalError(`standards[${index}].indicator is required for ${proposed.code}, a standard not in the charter`);
    const standardId = `proposta-${proposed.code}`;
    result.set(proposed.code, {
      standardId,
      code: proposed.code,
      service: proposed.service ?? 'Proposta',
      measure: proposed.measure,
      appliesTo: proposed.appliesTo ?? null,
      versions: [{ indicator: proposed.indicator, target: proposed.target, effectiveFrom: from, eventId: 'proposta' }],
      retiredFrom: null,
      retiredEventId: null,
    });
    changes.push({ code: proposed.code, change: 'added', standardId });
  });
  return { standards: [...result.values()], changes };
}
