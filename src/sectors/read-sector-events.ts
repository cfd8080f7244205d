import { SECTOR_STREAM_PREFIX } from '../contracts';
import type { EventStore, RecordedEvent } from '../event-store/event-store.port';
import { comparePositions, Position } from '../event-store/position';

/** Every event of every sector stream, in log order, read page by page until exhausted. */
export async function* readSectorEvents(store: EventStore, pageSize = 500): AsyncGenerator<RecordedEvent> {
  let after: Position | null = null;
  for (;;) {
    // fromPosition is inclusive: ask one more and skip the event the previous page ended on.
    const requested: number = after ? pageSize + 1 : pageSize;
    const page = await store.readAll({
      fromPosition: after ?? 'start',
      maxCount: requested,
      filter: { streamPrefixes: [SECTOR_STREAM_PREFIX] },
    });
    const fresh: RecordedEvent[] = after ? page.filter((event) => comparePositions(event.position, after!) > 0) : page;
    yield* fresh;
    if (page.length < requested || fresh.length === 0) return;
    after = fresh[fresh.length - 1].position;
  }
}
