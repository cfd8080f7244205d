/**
 * A charter standard as the read side keeps it: its versions in the order they apply and
 * its retirement, each with the event that set it. Folded from the charter events alone,
 * so the yearly report needs nothing from the write side to know what was promised when.
 */
import type { CaseKind, CharterEvent, RomeDate, StandardMeasure, StandardTarget } from '../../../src/read-side';

export interface StandardVersionRecord {
  indicator: string;
  target: StandardTarget;
  effectiveFrom: RomeDate;
  /** The CharterStandardAdopted or CharterStandardRevised that set this version. */
  eventId: string;
}

export interface StandardRecord {
  standardId: string;
  code: string;
  service: string;
  measure: StandardMeasure;
  appliesTo: CaseKind[] | null;
  /** Ordered by effectiveFrom. */
  versions: StandardVersionRecord[];
  /** The first day it no longer applies. */
  retiredFrom: RomeDate | null;
  retiredEventId: string | null;
}

export function evolveStandardRecord(record: StandardRecord | undefined, event: CharterEvent, eventId: string): StandardRecord | undefined {
  switch (event.type) {
    case 'CharterStandardAdopted': {
      const { standardId, code, service, measure, appliesTo, indicator, target, effectiveFrom } = event.data;
      return {
        standardId,
        code,
        service,
        measure,
        appliesTo,
        versions: [{ indicator, target, effectiveFrom, eventId }],
        retiredFrom: null,
        retiredEventId: null,
      };
    }
    case 'CharterStandardRevised': {
      if (!record) return undefined;
      const { indicator, target, effectiveFrom } = event.data;
      return { ...record, versions: withVersion(record.versions, { indicator, target, effectiveFrom, eventId }) };
    }
    case 'CharterStandardRetired':
      return record && { ...record, retiredFrom: event.data.effectiveFrom, retiredEventId: eventId };
  }
}

/**
 * The write side only accepts revisions that start later than the latest version; should
 * one start on the same day as another, the later event is the one that applies.
 */
function withVersion(versions: readonly StandardVersionRecord[], version: StandardVersionRecord): StandardVersionRecord[] {
  return [...versions.filter((v) => v.effectiveFrom !== version.effectiveFrom), version].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  );
}
