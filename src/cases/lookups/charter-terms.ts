import { Inject, Injectable } from '@nestjs/common';
import {
  CHARTER_STANDARD_STREAM_PREFIX,
  type CaseKind,
  type CaseTerms,
  type CharterEvent,
  type RomeDate,
} from '../../contracts';
import { caseTermsAt, standardsFromEvents } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { readAllMatching } from '../../event-store/read-all-matching';

/** The terms of the charter for a kind of case on a date (defaults of the law where the charter is silent). */
export type TermsAt = (date: RomeDate, kind: CaseKind | null) => CaseTerms;

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
    for await (const event of readAllMatching(this.store, { streamPrefixes: [CHARTER_STANDARD_STREAM_PREFIX] })) events.push({ type: event.type, data: event.data } as CharterEvent);
    const standards = standardsFromEvents(events);
    return (date, kind) => caseTermsAt(standards, date, kind);
  }

}
