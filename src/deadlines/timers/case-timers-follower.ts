/**
 * Keeps the timers table up to date with the case events of the global log: a registration
 * of the log runner (src/log-following), followed continuously wherever the runner runs.
 * Each batch is folded inside the runner's transaction, which also moves the timers' row of
 * projection_checkpoints ('case_timers'), so a crash loses nothing and folds nothing twice.
 *
 * A case whose events cannot be folded, or whose timers cannot be computed, is quarantined
 * (case-quarantine.ts) in the same transaction: every other case of the batch is folded and
 * the checkpoint moves on. Its later events are parked; the tick retries it from its whole
 * stream (timers-retry.ts). So `apply` throws only for what is not a case's fault (the
 * database), and the runner then retries the batch whole ('retry-batch').
 */
import { Inject, Injectable } from '@nestjs/common';
import { CASE_EVENT_TYPES } from '../../contracts';
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { FollowerContext, LogFollower } from '../../log-following/log-follower';
import { CLOCK, type Clock } from '../../shared/clock';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import { DEADLINES_FOLLOWER, quarantineCase, quarantinedCaseIds } from '../quarantine/case-quarantine';
import { caseIdOf, foldCaseEventsIsolated } from './fold-case-events';
import { loadFoldedCases, saveFoldedCases, splitByTimers } from './timer-rows';
import { TIMERS_FOLLOWER } from './timers-checkpoint';

@Injectable()
export class CaseTimersFollower implements LogFollower {
  readonly name = TIMERS_FOLLOWER;
  readonly handles = CASE_EVENT_TYPES;
  readonly onFailure = 'retry-batch' as const;
  readonly quarantineName = DEADLINES_FOLLOWER;

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: ResolvedDeadlinesOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(events: readonly RecordedEvent[], { em }: FollowerContext): Promise<void> {
    const caseIds = [...new Set(events.map(caseIdOf))];
    const [folded, parked] = await Promise.all([loadFoldedCases(em, caseIds), quarantinedCaseIds(em, caseIds)]);
    const { changed, failed } = foldCaseEventsIsolated(folded, events, parked);
    const lastEventOf = (caseId: string) => [...events].reverse().find((event) => caseIdOf(event) === caseId);
    const { healthy, failed: timersFailed } = splitByTimers(changed, lastEventOf);
    await saveFoldedCases(em, healthy);
    const backoff = { baseMs: this.options.quarantineRetryMs, maxMs: this.options.quarantineRetryMaxMs };
    for (const failure of [...failed, ...timersFailed]) await quarantineCase(em, failure, this.clock.now(), backoff);
  }
}
