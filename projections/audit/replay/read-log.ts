/**
 * Reads the whole log from the start, page by page, through the event store port: the
 * replay owes nothing to the projection tables. Only the events the reports fold are
 * asked for, so a long log of other streams costs nothing.
 */
import { CASE_EVENT_TYPES, CHARTER_EVENT_TYPES, CORRECTIVE_ACTION_EVENT_TYPES, type EventStore, type RecordedEvent, type Position } from '../../../src/read-side';
import { SECTOR_FACT_EVENT_TYPES } from '../../sector-performance/facts/sector-facts';

export const REPORT_EVENT_TYPES: readonly string[] = [...CASE_EVENT_TYPES, ...SECTOR_FACT_EVENT_TYPES, ...CHARTER_EVENT_TYPES, ...CORRECTIVE_ACTION_EVENT_TYPES];

const PAGE_SIZE = 1000;

/** Every report event, in log order. */
export async function* reportEvents(store: EventStore): AsyncGenerator<RecordedEvent> {
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE_SIZE, filter: { eventTypes: REPORT_EVENT_TYPES } });
    // fromPosition is inclusive: every page after the first starts with the last event already seen.
    const fresh = from === 'start' ? page : page.slice(1);
    yield* fresh;
    if (page.length < PAGE_SIZE || fresh.length === 0) return;
    from = page[page.length - 1].position;
  }
}
