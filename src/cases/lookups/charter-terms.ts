import { Inject, Injectable } from '@nestjs/common';
import {
  CHARTER_STANDARD_STREAM_PREFIX,
  type CaseKind,
  type CaseTerms,
  type CharterEvent,
  type RomeDate,
} from '../../contracts';
import { caseTermsAt, standardsFromEvents } from '../../domain';
import { comparePositions, type Position } from '../../event-store/position';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';

/** The terms of the charter for a kind of case on a date (defaults of the law where the charter is silent). */
export type TermsAt = (date: RomeDate, kind: CaseKind | null) => CaseTerms;

const PAGE_SIZE = 500;

/**
 * Read-only view of the quality charter, for the commands that start a clock. The charter
 * is a few dozen events: reading it for each such command keeps the terms exact (a standard
 * adopted a second ago applies) with no cache to invalidate.
 */
@Injectable()
export class CharterTerms {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async lookup(): Promise<TermsAt> {
    const events: CharterEvent[] = [];
    for await (const event of this.charterEvents()) events.push({ type: event.type, data: event.data } as CharterEvent);
    const standards = standardsFromEvents(events);
    return (date, kind) => caseTermsAt(standards, date, kind);
  }

  /** Every event of every charter stream, in global order, page after page until exhausted. */
  private async *charterEvents(): AsyncGenerator<RecordedEvent> {
    let after: Position | null = null;
    for (;;) {
      // fromPosition is inclusive: ask one more and skip the event the previous page ended on.
      const requested: number = after ? PAGE_SIZE + 1 : PAGE_SIZE;
      const page: RecordedEvent[] = await this.store.readAll({
        fromPosition: after ?? 'start',
        maxCount: requested,
        filter: { streamPrefixes: [CHARTER_STANDARD_STREAM_PREFIX] },
      });
      const fresh: RecordedEvent[] = after ? page.filter((event) => comparePositions(event.position, after!) > 0) : page;
      yield* fresh;
      if (page.length < requested || fresh.length === 0) return;
      after = fresh[fresh.length - 1].position;
    }
  }
}
