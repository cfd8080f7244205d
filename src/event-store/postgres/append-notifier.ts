import type { Pool } from 'pg';
import { APPENDED_CHANNEL } from './append-sql';

/**
 * Tells LISTENing subscribers that events were committed. The NOTIFY is sent after the
 * append's own commit, never inside it: PostgreSQL serialises the commits of all
 * transactions that notified (one queue lock), which would forbid the group commit of
 * concurrent appends. Notifications are coalesced: while one is in flight, and for
 * MIN_INTERVAL_MS after it, any number of appends share the next one. An append after a
 * quiet spell notifies at once; under load the NOTIFYs stay at a few hundred a second
 * (each is a transaction the server commits too) instead of following the appends. A
 * notification lost to a crash only delays subscribers until their polling fallback.
 */
const MIN_INTERVAL_MS = 5;

export class AppendNotifier {
  private inFlight = false;
  private pending = false;

  constructor(private readonly pool: Pool) {}

  /** Fire and forget: an append's success never waits for, nor fails with, its notification. */
  notify(): void {
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = true;
    this.pool
      .query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, ''])
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setTimeout(resolve, MIN_INTERVAL_MS).unref()))
      .finally(() => {
        this.inFlight = false;
        if (this.pending) {
          this.pending = false;
          this.notify();
        }
      });
  }
}
