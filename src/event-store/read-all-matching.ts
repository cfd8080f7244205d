import { EventFilter, EventStore, RecordedEvent } from './event-store.port';
import { comparePositions, Position } from './position';

/**
 * Every event matching a filter, in global order, read page by page until exhausted: for
 * the small catalogues (sectors, charter standards, users) that are folded on demand.
 */
export async function* readAllMatching(store: EventStore, filter: EventFilter, pageSize = 500): AsyncGenerator<RecordedEvent> {
  let after: Position | null = null;
  for (;;) {
    // fromPosition is inclusive: ask one more and skip the event the previous page ended on.
    const requested = after ? pageSize + 1 : pageSize;
    const page: RecordedEvent[] = await store.readAll({ fromPosition: after ?? 'start', maxCount: requested, filter });
    const last: Position | null = after;
    const fresh: RecordedEvent[] = last ? page.filter((event) => comparePositions(event.position, last) > 0) : page;
    yield* fresh;
    if (page.length < requested || fresh.length === 0) return;
    after = fresh[fresh.length - 1].position;
  }
}
