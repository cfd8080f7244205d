/** Appends recognisable events for the runner's tests. */
import { randomUUID } from 'node:crypto';
import { type EventFilter, type EventStore, type NewEvent, type RecordedEvent, comparePositions, Position } from '../../src/read-side';
import { COUNTED, IGNORED } from './counting-projection';

export function testEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'test', role: 'system' },
      recordedAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

export interface AppendPlan {
  streams: number;
  /** Events appended per stream per round; rounds interleave the streams in the log. */
  perAppend: number;
  rounds: number;
  /** Every n-th event is of a type the counting projection ignores (0: none). */
  ignoredEvery?: number;
  streamPrefix?: string;
}

/** Appends streams × perAppend × rounds events; returns the position of the last. */
export async function appendTestEvents(store: EventStore, plan: AppendPlan): Promise<Position> {
  let last: Position | undefined;
  let n = 0;
  for (let round = 0; round < plan.rounds; round++) {
    for (let stream = 0; stream < plan.streams; stream++) {
      const events = Array.from({ length: plan.perAppend }, () => {
        n++;
        return testEvent(plan.ignoredEvery && n % plan.ignoredEvery === 0 ? IGNORED : COUNTED, { n });
      });
      const result = await store.appendToStream(`${plan.streamPrefix ?? 'case'}-${stream}`, events);
      last = result.position;
    }
  }
  if (!last) throw new Error('appended nothing');
  await untilVisible(store, last);
  return last;
}

/**
 * Waits until readers of the log see `position`: an open transaction anywhere on the server
 * (another spec's, say) holds back what readAll and subscriptions show (the store's horizon).
 */
export async function untilVisible(store: EventStore, position: Position): Promise<void> {
  for (;;) {
    const head = await store.headPosition();
    if (head && comparePositions(head, position) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The whole log (tests only: it holds every event in memory), read through the port in pages. */
export async function readAllEvents(store: EventStore, filter?: EventFilter): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const from = events.at(-1)?.position;
    const page = await store.readAll({ fromPosition: from ?? 'start', maxCount: 1000, filter });
    const fresh = from ? page.filter((event) => comparePositions(event.position, from) > 0) : page;
    if (fresh.length === 0) return events;
    events.push(...fresh);
  }
}
