/** What a drilled-down figure is made of: its value, and each fact that counts in it. */
import type { Timeliness } from '../../sector-performance/compute/timeliness';

export interface Contribution {
  caseId: string;
  reference: string;
  /** The fact row: a case's final-reply clock, or one of its routings. */
  fact: 'clock' | 'routing';
  /** clockNo or routingNo. */
  factNo: number;
  /** How it counts: within / late (time measures), answered, positive / not_positive, counted. */
  outcome: string;
  /** Whether it counts in the numerator of a share (always true for a count). */
  inNumerator: boolean;
  /** The days the step took, for time measures. */
  days: number | null;
  /** The events whose facts decided how it counts. */
  eventIds: string[];
}

export interface FigureSelection {
  figure: string;
  /** Recomputed from the contributions: a share, a count, or for days the median. */
  value: number | null;
  sampleSize: number;
  contributions: Contribution[];
}

export type FactRef = Pick<Contribution, 'caseId' | 'reference' | 'fact' | 'factNo'>;

export function contribution(ref: FactRef, outcome: string, inNumerator: boolean, eventIds: readonly (string | null)[], days: number | null = null): Contribution {
  return { ...ref, outcome, inNumerator, days, eventIds: [...new Set(eventIds.filter((id): id is string => id !== null))] };
}

/** Decided outcomes only, as withinShare counts them. */
export function decided(timeliness: Timeliness): boolean {
  return timeliness.status !== 'undecided';
}
