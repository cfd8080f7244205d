import { eventBatches } from '../../src/hash-chain/event-batches';
import type { RecordedEvent } from '../../src/event-store/event-store.port';

/** A subscription fed by the test: next() waits until the test pushes an event or ends it. */
class FedSubscription implements AsyncIterable<RecordedEvent> {
  private queued: IteratorResult<RecordedEvent>[] = [];
  private waiting: ((result: IteratorResult<RecordedEvent>) => void) | undefined;

  push(...events: RecordedEvent[]): void {
    events.forEach((event) => this.deliver({ done: false, value: event }));
  }

  end(): void {
    this.deliver({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => {
        const queued = this.queued.shift();
        if (queued) return Promise.resolve(queued);
        return new Promise((resolve) => (this.waiting = resolve));
      },
    };
  }

  private deliver(result: IteratorResult<RecordedEvent>): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(result);
    else this.queued.push(result);
  }
}

const event = (n: number) => ({ id: `e${n}` }) as RecordedEvent;
const ids = (batch: RecordedEvent[]) => batch.map((e) => e.id);

describe('eventBatches', () => {
  it('cuts batches at the maximum size', async () => {
    const feed = new FedSubscription();
    feed.push(...[1, 2, 3, 4, 5].map(event));
    feed.end();
    const batches: string[][] = [];
    for await (const batch of eventBatches(feed, { maxSize: 2, lingerMs: 1000 })) batches.push(ids(batch));
    expect(batches).toEqual([['e1', 'e2'], ['e3', 'e4'], ['e5']]);
  });

  it('hands over what it has when the subscription waits, and picks up the next event later', async () => {
    const feed = new FedSubscription();
    feed.push(event(1), event(2));
    const batches = eventBatches(feed, { maxSize: 10, lingerMs: 5 });
    expect(ids((await batches.next()).value as RecordedEvent[])).toEqual(['e1', 'e2']);
    const next = batches.next();
    feed.push(event(3));
    expect(ids((await next).value as RecordedEvent[])).toEqual(['e3']);
    feed.end();
    expect((await batches.next()).done).toBe(true);
  });

  it('reports a failing subscription to its consumer', async () => {
    const failing: AsyncIterable<RecordedEvent> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('store unreachable')) }),
    };
    await expect(eventBatches(failing, { maxSize: 10, lingerMs: 5 }).next()).rejects.toThrow('store unreachable');
  });
});
