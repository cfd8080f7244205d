import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CASE_STREAM_PREFIX } from '../../contracts';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { comparePositions, type Position } from '../../event-store/position';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import { caseIdOf, foldCaseEvents } from './fold-case-events';
import { loadFoldedCases, saveFoldedCases } from './timer-rows';
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
  ) {}

  /** Folds everything the log shows after the checkpoint; returns how many events. */
  async run(): Promise<number> {
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
      const folded = await loadFoldedCases(em, [...new Set(events.map(caseIdOf))]);
      await saveFoldedCases(em, foldCaseEvents(folded, events));
      await moveTimersCheckpoint(em, events[events.length - 1].position);
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
