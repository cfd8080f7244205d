/**
 * The satisfaction survey: every closure invites the citizen to answer; a score of 4 or 5
 * out of 5 is a positive answer (POSITIVE_SATISFACTION_SCORES).
 */
import { POSITIVE_SATISFACTION_SCORES, type Instant } from '../../../src/read-side';
import type { ClockRecord } from '../facts/case-facts';
import { Figure, meanFigure, shareFigure } from './figures';
import { happenedBy } from './instants';

export interface SatisfactionFigures {
  /** Closures in the period: each one a survey offered. */
  closures: number;
  answers: number;
  positiveAnswers: number;
  /** answers / closures. */
  answerRate: Figure;
  /** positive answers / answers. */
  positiveShare: Figure;
  /** Mean score, 1 to 5. */
  averageScore: Figure;
}

/** The survey answers of the clocks given (those closed in the period), as known at `asOf`. */
export function answeredScores(closed: readonly ClockRecord[], asOf: Instant): number[] {
  return closed.flatMap((clock) => (clock.feedbackScore !== null && happenedBy(clock.feedbackAt, asOf) ? [clock.feedbackScore] : []));
}

export function isPositiveScore(score: number): boolean {
  return (POSITIVE_SATISFACTION_SCORES as readonly number[]).includes(score);
}

export function satisfactionFigures(closed: readonly ClockRecord[], asOf: Instant, minSample: number): SatisfactionFigures {
  const scores = answeredScores(closed, asOf);
  const positive = scores.filter(isPositiveScore).length;
  return {
    closures: closed.length,
    answers: scores.length,
    positiveAnswers: positive,
    answerRate: shareFigure(scores.length, closed.length, minSample),
    positiveShare: shareFigure(positive, scores.length, minSample),
    averageScore: meanFigure(scores, minSample),
  };
}
