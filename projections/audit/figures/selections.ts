/**
 * The kinds of figure the reports compute, each as the facts it counts. Every builder
 * applies the very function the report applies (finalReplyTimeliness, answeredScores, ...)
 * to each fact, so the selection is the figure's own; figure-selection specs prove the
 * values equal the report's.
 */
import type { Instant } from '../../../src/read-side';
import { median, share } from '../../sector-performance/compute/statistics';
import { happenedBy } from '../../sector-performance/compute/instants';
import { isPositiveScore } from '../../sector-performance/compute/satisfaction';
import type { Timeliness } from '../../sector-performance/compute/timeliness';
import type { ClockRecord } from '../../sector-performance/facts/case-facts';
import { Contribution, contribution, decided, FactRef, FigureSelection } from './contribution';
import { clockRef, surveyEvents } from './fact-refs';

/** A fact judged in time or late, with the events that decided it. */
export interface JudgedFact {
  ref: FactRef;
  timeliness: Timeliness;
  eventIds: (string | null)[];
}

/** The share within among the decided outcomes (withinShare). */
export function withinShareSelection(figure: string, judged: readonly JudgedFact[]): FigureSelection {
  const contributions = judged.filter((j) => decided(j.timeliness)).map(judgedContribution);
  return shareOf(figure, contributions);
}

/** Only the facts in the numerator of the share: how many were within. */
export function withinCountSelection(figure: string, judged: readonly JudgedFact[]): FigureSelection {
  return countOf(figure, withinShareSelection(figure, judged).contributions.filter((c) => c.inNumerator));
}

/** The days of the steps done (daysTaken); the value is their median. */
export function daysSelection(figure: string, judged: readonly JudgedFact[]): FigureSelection {
  const contributions = judged.filter((j) => j.timeliness.days !== null).map(judgedContribution);
  return { figure, value: median(contributions.map((c) => c.days!)), sampleSize: contributions.length, contributions };
}

/** Survey answers / closures (answeredScores over the clocks closed in the period). */
export function answerRateSelection(figure: string, closed: readonly ClockRecord[], asOf: Instant): FigureSelection {
  const contributions = closed.map((clock) => {
    const answered = clock.feedbackScore !== null && happenedBy(clock.feedbackAt, asOf);
    return contribution(clockRef(clock), answered ? 'answered' : 'not_answered', answered, surveyEvents(clock, asOf));
  });
  return shareOf(figure, contributions);
}

/** Positive answers / answers. */
export function positiveShareSelection(figure: string, closed: readonly ClockRecord[], asOf: Instant): FigureSelection {
  const contributions = closed
    .filter((clock) => clock.feedbackScore !== null && happenedBy(clock.feedbackAt, asOf))
    .map((clock) => {
      const positive = isPositiveScore(clock.feedbackScore!);
      return contribution(clockRef(clock), positive ? 'positive' : 'not_positive', positive, surveyEvents(clock, asOf));
    });
  return shareOf(figure, contributions);
}

export function countOf(figure: string, contributions: Contribution[]): FigureSelection {
  return { figure, value: contributions.length, sampleSize: contributions.length, contributions };
}

export function shareOf(figure: string, contributions: Contribution[]): FigureSelection {
  return { figure, value: share(contributions.filter((c) => c.inNumerator).length, contributions.length), sampleSize: contributions.length, contributions };
}

function judgedContribution(j: JudgedFact): Contribution {
  return contribution(j.ref, j.timeliness.status, j.timeliness.status === 'within', j.eventIds, j.timeliness.days);
}
