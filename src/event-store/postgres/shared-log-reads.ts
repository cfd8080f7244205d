/**
 * The global-log reads of every subscription of one store, coalesced. An append's NOTIFY
 * wakes all the subscriptions of the process at once (the projections, the hash chainer,
 * ...); each used to read the head and then a page for itself, 2 statements per follower
 * per append. Here the requests made in the same turn of the event loop share one
 * statement: one head read, and one page read per (after, upTo, limit) with the union of
 * the filters, each subscription then keeping its own events. Followers at the same
 * position (the usual live case) therefore read the log once per batch between them.
 *
 * A request only joins a read that has not started yet, so its answer is never older than
 * the request (a subscriber woken by an append sees that append).
 */
import type { EventFilter, Position, RecordedEvent } from '../event-store.port';
import { positionToString } from '../position';

/** One subscription's share of a page: its events, and where the next page starts (exclusive). */
export interface PageRead {
  events: RecordedEvent[];
  next: Position;
}

/** The two statements, as the store runs them; `filters` empty means no filter. */
export interface LogReads {
  readHead(): Promise<Position | null>;
  readPage(after: Position, upTo: Position, limit: number, filters: readonly EventFilter[]): Promise<RecordedEvent[]>;
}

interface PendingPage {
  after: Position;
  upTo: Position;
  limit: number;
  /** undefined once one of the requests has no filter: the read then takes every event. */
  filters: EventFilter[] | undefined;
  result: Promise<RecordedEvent[]>;
}

export class SharedLogReads {
  private pendingHead: Promise<Position | null> | undefined;
  private readonly pendingPages = new Map<string, PendingPage>();
  /** Statements run, for the specs and the bench. */
  statements = 0;

  constructor(private readonly reads: LogReads) {}

  readHead(): Promise<Position | null> {
    this.pendingHead ??= nextTurn().then(() => {
      this.pendingHead = undefined;
      this.statements++;
      return this.reads.readHead();
    });
    return this.pendingHead;
  }

  async readPage(after: Position, upTo: Position, limit: number, filter?: EventFilter): Promise<PageRead> {
    const key = `${positionToString(after)}|${positionToString(upTo)}|${limit}`;
    let pending = this.pendingPages.get(key);
    if (!pending) {
      const created: PendingPage = { after, upTo, limit, filters: [], result: undefined as never };
      created.result = nextTurn().then(() => {
        this.pendingPages.delete(key);
        this.statements++;
        return this.reads.readPage(after, upTo, limit, created.filters ?? []);
      });
      this.pendingPages.set(key, created);
      pending = created;
    }
    if (!filter) pending.filters = undefined;
    else pending.filters?.push(filter);
    const shared = pending;
    const rows = await shared.result;
    // A short page saw everything up to upTo, filtered-out events included.
    const next = rows.length < limit ? upTo : rows[rows.length - 1].position;
    // Read for this filter alone, the rows are already exactly its own (the usual catch-up case).
    const alone = shared.filters?.length === 1;
    return { events: filter && !alone ? rows.filter((event) => matchesFilter(event, filter)) : rows, next };
  }
}

export function matchesFilter(event: RecordedEvent, filter: EventFilter): boolean {
  if ('eventTypes' in filter) return filter.eventTypes.includes(event.type);
  return filter.streamPrefixes.some((prefix) => event.streamName.startsWith(prefix));
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
