/**
 * subscribeToAll for PostgreSQL: a catch-up subscription that pages through the global log
 * and, once caught up, waits for a NOTIFY or the poll interval, then pages again.
 *
 * Memory stays bounded: a page is read only when the consumer asks for the next event and
 * the previous page is used up, so at most one page is held whatever the consumer's pace.
 */
import type { AllSubscription, EventFilter, RecordedEvent } from '../event-store.port';
import { comparePositions, Position, START_POSITION } from '../position';
import type { PageRead } from './shared-log-reads';
import { WakeSignal } from './wake-signal';

/** What a subscription reads; the store gives it the real queries (shared-log-reads.ts), a spec may wrap them. */
export interface GlobalLogPages {
  /** The last position below the stable horizon, or null when nothing is visible yet. */
  readHead(): Promise<Position | null>;
  /**
   * At most `limit` log events after `after` (exclusive) up to `upTo` (inclusive), in global
   * order, of which the page keeps those matching the filter; `next` is where the following page starts.
   */
  readPage(after: Position, upTo: Position, limit: number, filter?: EventFilter): Promise<PageRead>;
}

export interface AllSubscriptionSettings {
  pages: GlobalLogPages;
  /** Exclusive. */
  fromPosition: Position | 'start' | 'end';
  filter?: EventFilter;
  pageSize: number;
  pollIntervalMs: number;
  /** Told once when the subscription ends, whoever ends it. */
  onClosed(subscription: PostgresAllSubscription): void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export class PostgresAllSubscription implements AllSubscription {
  private readonly signal = new WakeSignal();
  private page: RecordedEvent[] = [];
  private cursor: Promise<Position>;
  /** The last head read: while the cursor is behind it, pages need no new head read (it is final). */
  private knownHead: Position | null = null;
  private closed = false;
  /** next() calls run one after the other: each continues from where the previous one stopped. */
  private lastNext: Promise<unknown> = Promise.resolve();

  constructor(private readonly settings: AllSubscriptionSettings) {
    // 'end' is resolved now rather than at the first next(): events appended after
    // subscribeToAll returned belong to the subscription.
    this.cursor = this.resolveStart(settings.fromPosition);
    this.cursor.catch(() => undefined); // reported by the first next()
  }

  /** Wakes the subscription early when an append commits. */
  wake(): void {
    this.signal.notify();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => this.next(),
      // Called by `for await` on break or return: the consumer is done.
      return: async () => {
        await this.close();
        return DONE;
      },
    };
  }

  next(): Promise<IteratorResult<RecordedEvent>> {
    const result = this.lastNext.then(() => this.nextEvent());
    this.lastNext = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.page = [];
    this.signal.notify();
    this.settings.onClosed(this);
    // Once close() resolves no query of this subscription is running (the store may end its pool).
    await this.lastNext;
  }

  private async nextEvent(): Promise<IteratorResult<RecordedEvent>> {
    try {
      while (!this.closed) {
        const event = this.page.shift();
        if (event) return { done: false, value: event };
        this.signal.reset();
        if (!(await this.readNextPage()) && !this.closed) await this.signal.wait(this.settings.pollIntervalMs);
      }
      return DONE;
    } catch (error) {
      // A read cut short by close() (the store ending its pool) is no failure.
      if (this.closed) return DONE;
      // A consumer of `for await` cannot resume after a throw: end here, and let it
      // resubscribe from the last position it handled.
      void this.close();
      throw error;
    }
  }

  /** Reads the page after the cursor; false when there was nothing new to deliver. */
  private async readNextPage(): Promise<boolean> {
    const after = await this.cursor;
    // Catching up, the head read before still bounds a page: one statement per page instead of two.
    const head = this.knownHead && comparePositions(this.knownHead, after) > 0 ? this.knownHead : await this.settings.pages.readHead();
    this.knownHead = head;
    if (this.closed || head === null || comparePositions(head, after) <= 0) return false;
    const { pageSize, filter } = this.settings;
    const { events, next } = await this.settings.pages.readPage(after, head, pageSize, filter);
    if (this.closed) return false;
    this.page = events;
    // Nothing can appear up to `next` any more (filtered-out events included), so later reads
    // start there instead of rescanning. A page the filter emptied is no reason to wait.
    this.cursor = Promise.resolve(next);
    return events.length > 0 || comparePositions(next, head) < 0;
  }

  private async resolveStart(from: Position | 'start' | 'end'): Promise<Position> {
    if (from === 'start') return START_POSITION;
    if (from === 'end') return (await this.settings.pages.readHead()) ?? START_POSITION;
    return from;
  }
}
