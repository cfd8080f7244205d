import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { caseStream } from '../../contracts';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/clock';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import { type CaseFailure, quarantineCase, readQuarantinedCases, releaseCase } from '../quarantine/case-quarantine';
import { foldCaseEventsIsolated } from './fold-case-events';
import { saveFoldedCases, splitByTimers } from './timer-rows';
import { isSameCheckpoint, lockTimersCheckpoint, readTimersCheckpoint } from './timers-checkpoint';

/**
 * Refolds the cases the timers follower quarantined (stages fold and timers) whose retry is
 * due, each from its whole stream, read before the transaction. Those that now fold, with
 * timers, are saved and leave quarantine in one commit under the checkpoint row's lock, the
 * lock every batch of the follower takes too; the others get one more attempt and a longer
 * backoff. When a batch committed between the read and the lock, the stream read may miss an
 * event that batch parked: the case is left for the next tick rather than released short.
 */
@Injectable()
export class QuarantinedTimersRetry {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEADLINES_OPTIONS) private readonly options: ResolvedDeadlinesOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async retryDue(): Promise<{ released: string[]; stillFailing: CaseFailure[] }> {
    const at = this.clock.now();
    const backoff = { baseMs: this.options.quarantineRetryMs, maxMs: this.options.quarantineRetryMaxMs };
    const due = await readQuarantinedCases(this.dataSource, { at, stages: ['fold', 'timers'], limit: this.options.dueBatchSize });
    const released: string[] = [];
    const stillFailing: CaseFailure[] = [];
    for (const quarantined of due) {
      const readAt = await readTimersCheckpoint(this.dataSource);
      const history = await this.store.readStream(caseStream(quarantined.caseId));
      const { changed, failed } = foldCaseEventsIsolated(new Map(), history, new Set());
      const { healthy, failed: timersFailed } = splitByTimers(changed, () => history.at(-1));
      const failure = failed[0] ?? timersFailed[0];
      const outcome = await this.dataSource.transaction(async (em) => {
        if (!isSameCheckpoint(await lockTimersCheckpoint(em), readAt)) return 'later';
        if (failure) {
          await quarantineCase(em, failure, at, backoff);
          return 'failed';
        }
        await saveFoldedCases(em, healthy);
        await releaseCase(em, quarantined.caseId);
        return 'released';
      });
      if (outcome === 'failed') stillFailing.push(failure);
      if (outcome === 'released') released.push(quarantined.caseId);
    }
    return { released, stillFailing };
  }
}
