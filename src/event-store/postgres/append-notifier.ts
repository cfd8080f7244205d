import type { Pool } from 'pg';
import { APPENDED_CHANNEL } from './append-sql';

/**
 * Tells LISTENing subscribers that events were committed. The NOTIFY is sent after the
 * append's own commit, never inside it: PostgreSQL serialises the commits of all
 * transactions that notified (one queue lock), which would forbid the group commit of
 * concurrent appends. Notifications are coalesced: while one is in flight, any number of
 * appends share the next one. A notification lost to a crash only delays subscribers
 * until their polling fallback.
 */
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
      .finally(() => {
        this.inFlight = false;
        if (this.pending) {
          this.pending = false;
          this.notify();
        }
      });
  }
}
