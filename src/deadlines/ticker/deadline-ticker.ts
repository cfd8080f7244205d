import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LOG_FOLLOWING, type LogFollowing } from '../../log-following/log-follower';
import { CLOCK, type Clock } from '../../shared/clock';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import { describeError, quarantineCase, readQuarantinedCases, releaseCase } from '../quarantine/case-quarantine';
import { dueTimersPage, type DueTimer } from '../timers/timer-rows';
import { readTimersCheckpoint, TIMERS_FOLLOWER } from '../timers/timers-checkpoint';
import { QuarantinedTimersRetry } from '../timers/timers-retry';
import { CaseDeadlineActions } from './case-deadline-actions';
import { countRecorded, emptyTickReport, type TickReport } from './tick-report';

/**
 * One tick of the deadline process manager: wait until the timers follower (run by the log
 * runner, in this process or another) has folded the log as it stands at the tick, then
 * settle every case whose timer is due at the clock's now. Instances do not coordinate: two
 * of them ticking together settle the same cases, and the commands' keys make the second
 * one's appends return the first one's events.
 */
@Injectable()
export class DeadlineTicker {
  private readonly logger = new Logger('Deadlines');

  constructor(
    private readonly dataSource: DataSource,
    private readonly retry: QuarantinedTimersRetry,
    private readonly actions: CaseDeadlineActions,
    @Inject(LOG_FOLLOWING) private readonly following: LogFollowing,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINES_OPTIONS) private readonly options: ResolvedDeadlinesOptions,
  ) {}

  /**
   * Reads the CLOCK, as the commands it sends do: selecting timers at another instant than
   * the one the decider sees would only select cases with nothing to record.
   */
  async tick(): Promise<TickReport> {
    const at = this.clock.now();
    // Every event the log shows now is in the timers before any is read: a tick acts on the office's latest word.
    // Without a runner following the log anywhere this fails (FollowerBehindError), rather than act on stale timers.
    await this.following.caughtUp(TIMERS_FOLLOWER, this.options.timersWaitMs);
    const checkpoint = await readTimersCheckpoint(this.dataSource);
    const report = emptyTickReport(at, checkpoint && `${checkpoint.commit}/${checkpoint.prepare}`);
    const retried = await this.retry.retryDue();
    report.released += retried.released.length;
    for (const caseId of retried.released) this.logger.log(`Case ${caseId} folded on retry, out of quarantine`);
    for (const failure of retried.stillFailing) this.logger.warn(`Case ${failure.caseId} still failing (${failure.stage}): ${describeError(failure.error)}`);
    const backoff = { baseMs: this.options.quarantineRetryMs, maxMs: this.options.quarantineRetryMaxMs };
    for await (const caseId of this.dueCases(at)) {
      report.casesDue++;
      try {
        countRecorded(report, await this.actions.settle(caseId));
        await releaseCase(this.dataSource, caseId, ['settle']);
      } catch (error) {
        // One case must not hold back the others: it is quarantined and retried with backoff.
        report.failed++;
        this.logger.warn(`Case ${caseId}: ${describeError(error)}; quarantined, retried later`);
        await quarantineCase(this.dataSource, { caseId, stage: 'settle', error }, this.clock.now(), backoff);
      }
    }
    report.quarantined = (await readQuarantinedCases(this.dataSource)).filter((row) => row.stage !== 'settle').length;
    return report;
  }

  /** Keyset over (next_at, case_id), a bounded page at a time. */
  private async *dueCases(at: Date): AsyncGenerator<string> {
    let after: DueTimer | null = null;
    for (;;) {
      const page: DueTimer[] = await dueTimersPage(this.dataSource, at.toISOString(), after, this.options.dueBatchSize);
      for (const timer of page) yield timer.caseId;
      if (page.length < this.options.dueBatchSize) return;
      after = page[page.length - 1];
    }
  }
}
