import type { AllSubscription, RecordedEvent } from '../../src/read-side';
import { EventBatches } from './event-batches';

function event(n: number): RecordedEvent {
  return {
    id: `e${n}`,
    type: 't',
    data: {},
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'a', role: 'operator' }, recordedAt: '', schemaVersion: 1 },
    streamName: 's',
    revision: n,
    position: { commit: n, prepare: n },
    createdAt: new Date(0),
  };
}

/** A subscription fed by the test: `push` makes events available, as a store page would. */
function controlledSubscription() {
  const queue: RecordedEvent[] = [];
  let waiting: ((result: IteratorResult<RecordedEvent>) => void) | undefined;
  let failure: unknown;
  let closed = false;
  let pulled = 0;
  const settle = () => {
    if (!waiting) return;
    const resolve = waiting;
    if (closed) {
      waiting = undefined;
      resolve({ done: true, value: undefined });
    } else if (queue.length > 0) {
      waiting = undefined;
      pulled++;
      resolve({ done: false, value: queue.shift()! });
    }
  };
  const subscription: AllSubscription & { push(...events: RecordedEvent[]): void; fail(error: unknown): void; pulled(): number; closed(): boolean } = {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        failure && queue.length === 0
          ? Promise.reject(failure)
          : new Promise<IteratorResult<RecordedEvent>>((resolve) => {
              waiting = resolve;
              settle();
            }),
    }),
    close: async () => {
      closed = true;
      settle();
    },
    push: (...events) => {
      queue.push(...events);
      settle();
    },
    fail: (error) => {
      failure = error;
      const resolve = waiting;
      waiting = undefined;
      if (resolve) (resolve as unknown as (value: Promise<never>) => void)(Promise.reject(error));
    },
    pulled: () => pulled,
    closed: () => closed,
  };
  return subscription;
}

const ids = (events: RecordedEvent[] | null) => events?.map((e) => e.id);

describe('EventBatches', () => {
  it('gives whatever is ready as one batch, up to the batch size', async () => {
    const subscription = controlledSubscription();
    const batches = new EventBatches(subscription, 10);
    subscription.push(...[1, 2, 3, 4, 5, 6, 7].map(event));
    expect(ids(await batches.next(5))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(ids(await batches.next(5))).toEqual(['e6', 'e7']);
    await batches.close();
  });

  it('waits for the first event when nothing is ready, then does not wait for more', async () => {
    const subscription = controlledSubscription();
    const batches = new EventBatches(subscription, 10);
    const next = batches.next(5);
    subscription.push(event(1));
    expect(ids(await next)).toEqual(['e1']);
    await batches.close();
  });

  it('reads ahead at most its capacity, so memory stays flat however long the log', async () => {
    const subscription = controlledSubscription();
    const batches = new EventBatches(subscription, 4);
    subscription.push(...Array.from({ length: 100 }, (_, i) => event(i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(subscription.pulled()).toBe(4);
    expect(await batches.next(3)).toHaveLength(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(subscription.pulled()).toBe(7);
    await batches.close();
  });

  it('delivers the events read before a subscription error, then throws it', async () => {
    const subscription = controlledSubscription();
    const batches = new EventBatches(subscription, 10);
    subscription.push(event(1), event(2));
    await new Promise((resolve) => setImmediate(resolve));
    subscription.fail(new Error('connection lost'));
    expect(ids(await batches.next(10))).toEqual(['e1', 'e2']);
    await expect(batches.next(10)).rejects.toThrow('connection lost');
    await batches.close();
  });

  it('ends a waiting next() with null when closed, and closes the subscription', async () => {
    const subscription = controlledSubscription();
    const batches = new EventBatches(subscription, 10);
    const next = batches.next(10);
    await batches.close();
    expect(await next).toBeNull();
    expect(subscription.closed()).toBe(true);
  });
});
