/**
 * A figure drawn from cases, with the number of cases it was drawn from. Below the
 * minimum sample the figure is still given, but flagged: a manager must not read 1 late
 * reply out of 2 as "50% late".
 */
import { mean, median, percentile, share } from './statistics';

export interface Figure {
  /** Null when no case counted. */
  value: number | null;
  /** How many cases (or routings, or survey answers) the value is drawn from. */
  sampleSize: number;
  /** True when drawn from fewer cases than the report's minimum sample. */
  lowSample: boolean;
}

/** Time from one step to the next, in calendar days. */
export interface DayFigures {
  median: Figure;
  p90: Figure;
  mean: Figure;
}

export function figure(value: number | null, sampleSize: number, minSample: number): Figure {
  return { value, sampleSize, lowSample: sampleSize < minSample };
}

export function shareFigure(part: number, whole: number, minSample: number): Figure {
  return figure(share(part, whole), whole, minSample);
}

export function meanFigure(values: readonly number[], minSample: number): Figure {
  return figure(mean(values), values.length, minSample);
}

export function dayFigures(days: readonly number[], minSample: number): DayFigures {
  return {
    median: figure(median(days), days.length, minSample),
    p90: figure(percentile(days, 90), days.length, minSample),
    mean: meanFigure(days, minSample),
  };
}
