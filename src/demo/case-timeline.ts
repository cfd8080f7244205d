import type { CaseAction, PlannedStep } from './case-actions';
import { minutesAfter } from './demo-calendar';

/**
 * The story of one case as it is planned: each step strictly after the one before, so a
 * case's commands always run in the order the story tells them.
 */
export class CaseTimeline {
  readonly steps: PlannedStep[] = [];

  constructor(
    private readonly caseNo: number,
    private last: Date,
  ) {}

  /** When the last step happens (the arrival, before any). */
  get cursor(): Date {
    return this.last;
  }

  /** Adds the step at `at`, or a minute after the previous step if `at` is not later. */
  add(at: Date, action: CaseAction): Date {
    const when = at > this.last || this.steps.length === 0 ? at : minutesAfter(this.last, 1);
    this.steps.push({ caseNo: this.caseNo, order: this.steps.length, at: when, action });
    this.last = when;
    return when;
  }
}
