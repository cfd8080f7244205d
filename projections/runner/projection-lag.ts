/**
 * How far a projection is behind, read through the event store port: the matching events
 * after its checkpoint, counted page by page up to a limit (beyond it the count is a lower
 * bound, flagged as such), and the age of the oldest of them.
 */
import type { EventFilter, EventStore, Position } from '../../src/read-side';
import { isProcessed } from './position-columns';

export interface ProjectionLag {
  /** Matching events after the checkpoint; at most the limit. */
  events: number;
  /** False when counting stopped at the limit: there are at least `events`. */
  eventsExact: boolean;
  /** Now minus the store time of the oldest unprocessed event; 0 when caught up. */
  ms: number;
}

const PAGE_SIZE = 500;

/** `handles`: the event types a projection reads; a filter (or none, every event) for the other followers. */
export async function measureLag(
  store: EventStore,
  handles: readonly string[] | EventFilter | undefined,
  checkpoint: Position | null,
  now: Date,
  limit: number,
): Promise<ProjectionLag> {
  const filter: EventFilter | undefined = Array.isArray(handles) ? { eventTypes: handles } : (handles as EventFilter | undefined);
  let cursor = checkpoint;
  let events = 0;
  let oldest: Date | null = null;
  for (;;) {
    // fromPosition is inclusive: a page starts with the event already counted (or applied).
    const page = await store.readAll({ fromPosition: cursor ?? 'start', maxCount: PAGE_SIZE, filter });
    const unseen = page.filter((event) => !isProcessed(event.position, cursor));
    oldest ??= unseen[0]?.createdAt ?? null;
    events += unseen.length;
    if (events > limit) return { events: limit, eventsExact: false, ms: ageOf(oldest, now) };
    if (page.length < PAGE_SIZE || unseen.length === 0) break;
    cursor = page[page.length - 1].position;
  }
  return { events, eventsExact: true, ms: ageOf(oldest, now) };
}

function ageOf(oldest: Date | null, now: Date): number {
  return oldest ? Math.max(0, now.getTime() - oldest.getTime()) : 0;
}
