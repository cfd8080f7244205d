/**
 * Groups a subscription's events into batches: a batch ends when it is full, or when the
 * next event does not arrive within `lingerMs` (the subscription has caught up and waits).
 * Waiting happens here, between batches, never while a batch is being written.
 */
import type { RecordedEvent } from '../event-store/event-store.port';

export interface BatchSettings {
  maxSize: number;
  lingerMs: number;
}

const IDLE = Symbol('idle');

export async function* eventBatches(events: AsyncIterable<RecordedEvent>, settings: BatchSettings): AsyncGenerator<RecordedEvent[]> {
  const iterator = events[Symbol.asyncIterator]();
  let pending = requestNext(iterator);
  while (true) {
    const first = await pending;
    if (first.done) return;
    const batch = [first.value];
    pending = requestNext(iterator);
    let ended = false;
    while (batch.length < settings.maxSize) {
      const next = await orIdle(pending, settings.lingerMs);
      if (next === IDLE) break;
      if (next.done) {
        ended = true;
        break;
      }
      batch.push(next.value);
      pending = requestNext(iterator);
    }
    yield batch;
    if (ended) return;
  }
}

/** The request stays pending across batches; its failure is reported where it is awaited. */
function requestNext(iterator: AsyncIterator<RecordedEvent>): Promise<IteratorResult<RecordedEvent>> {
  const request = iterator.next();
  request.catch(() => undefined);
  return request;
}

async function orIdle<T>(pending: Promise<T>, lingerMs: number): Promise<T | typeof IDLE> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => {
    timer = setTimeout(() => resolve(IDLE), lingerMs);
  });
  try {
    return await Promise.race([pending, idle]);
  } finally {
    clearTimeout(timer);
  }
}
