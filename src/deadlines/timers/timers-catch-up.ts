import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CASE_STREAM_PREFIX } from '../../contracts';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { comparePositions, type Position } from '../../event-store/position';
import { caseStream } from '../../contracts';
import { CLOCK, type Clock } from '../../shared/clock';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import {
  type Backoff,
  type CaseFailure,
  quarantineCase,
  quarantinedCaseIds,
  readQuarantinedCases,
  releaseCase,
} from '../quarantine/case-quarantine';
import { caseIdOf, foldCaseEventsIsolated } from './fold-case-events';
import { loadFoldedCases, saveFoldedCases, splitByTimers } from './timer-rows';
import { isSameCheckpoint, lockTimersCheckpoint, moveTimersCheckpoint, readTimersCheckpoint } from './timers-checkpoint';

/** Another instance moved the checkpoint while this one read the log: read again from there. */
const OVERTAKEN = Symbol('overtaken');

/**
 * Keeps the timers table up to date with the case events of the global log: batch after
 * batch, each folded in one transaction that also moves the checkpoint, so a crash loses
 * nothing and folds nothing twice. The process manager runs it at the start of every tick
 * rather than in the projection runner: it then acts on every event the log showed when
 * the tick began, needs no projector lease, and two instances simply take turns on the
 * checkpoint's row lock.
 *
 * A case whose events cannot be folded, or whose timers cannot be computed, is quarantined
 * (see case-quarantine.ts) in the same transaction: the checkpoint moves on and every other
 * case is folded. Its later events are parked; `retryQuarantined` refolds it from its stream.
 *
 * The batch is read from the log before the transaction opens, never inside it: the
 * embedded server gives its one session to a connection for a whole transaction, so a read
 * on the store's own connection from within it would wait for ever.
 */
@Injectable()
export class TimersCatchUp {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEADLINES_OPTIONS) private readonly options: ResolvedDeadlinesOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Cases quarantined by the last run (new failures only). */
  lastFailures: CaseFailure[] = [];

  private get backoff(): Backoff {
    return { baseMs: this.options.quarantineRetryMs, maxMs: this.options.quarantineRetryMaxMs };
  }

  /**
   * Refolds the quarantined cases whose retry is due from their whole stream (read before
   * the transaction, as the batches are). Those that now fold, with timers, are saved and
   * leave quarantine in one commit under the checkpoint's lock; the others get one more
   * attempt and a longer backoff. Returns the released and the still failing.
   */
  async retryQuarantined(): Promise<{ released: string[]; stillFailing: CaseFailure[] }> {
    const at = this.clock.now();
    const due = await readQuarantinedCases(this.dataSource, { at, stages: ['fold', 'timers'], limit: this.options.dueBatchSize });
    const released: string[] = [];
    const stillFailing: CaseFailure[] = [];
    for (const quarantined of due) {
      const history = await this.store.readStream(caseStream(quarantined.caseId));
      const { changed, failed } = foldCaseEventsIsolated(new Map(), history, new Set());
      const { healthy, failed: timersFailed } = splitByTimers(changed, () => history.at(-1));
      const failure = failed[0] ?? timersFailed[0];
      await this.dataSource.transaction(async (em) => {
        await lockTimersCheckpoint(em);
        if (failure) return quarantineCase(em, failure, at, this.backoff);
        await saveFoldedCases(em, healthy);
        await releaseCase(em, quarantined.caseId);
      });
      if (failure) stillFailing.push(failure);
      else released.push(quarantined.caseId);
    }
    return { released, stillFailing };
  }

  /** Folds everything the log shows after the checkpoint; returns how many events. */
  async run(): Promise<number> {
    this.lastFailures = [];
    let folded = 0;
    for (;;) {
      const checkpoint = await readTimersCheckpoint(this.dataSource);
      const events = await this.caseEventsAfter(checkpoint);
      if (events.length === 0) return folded;
      const batch = await this.fold(checkpoint, events);
      if (batch === OVERTAKEN) continue;
      folded += batch;
      if (batch < this.options.catchUpBatchSize) return folded;
    }
  }

  private fold(readFrom: Position | null, events: readonly RecordedEvent[]): Promise<number | typeof OVERTAKEN> {
    return this.dataSource.transaction(async (em) => {
      if (!isSameCheckpoint(await lockTimersCheckpoint(em), readFrom)) return OVERTAKEN;
      const caseIds = [...new Set(events.map(caseIdOf))];
      const [folded, parked] = await Promise.all([loadFoldedCases(em, caseIds), quarantinedCaseIds(em, caseIds)]);
      const { changed, failed } = foldCaseEventsIsolated(folded, events, parked);
      const lastEventOf = (caseId: string) => [...events].reverse().find((event) => caseIdOf(event) === caseId);
      const { healthy, failed: timersFailed } = splitByTimers(changed, lastEventOf);
      await saveFoldedCases(em, healthy);
      const failures = [...failed, ...timersFailed];
      for (const failure of failures) await quarantineCase(em, failure, this.clock.now(), this.backoff);
      await moveTimersCheckpoint(em, events[events.length - 1].position, events.length);
      this.lastFailures.push(...failures);
      return events.length;
    });
  }

  /** readAll starts at its position inclusive: ask one more and drop the checkpoint's own event. */
  private async caseEventsAfter(checkpoint: Position | null): Promise<RecordedEvent[]> {
    const size = this.options.catchUpBatchSize;
    const page = await this.store.readAll({
      fromPosition: checkpoint ?? 'start',
      maxCount: checkpoint ? size + 1 : size,
      filter: { streamPrefixes: [CASE_STREAM_PREFIX] },
    });
    const after = checkpoint ? page.filter((event) => comparePositions(event.position, checkpoint) > 0) : page;
    return after.slice(0, size);
  }
}
