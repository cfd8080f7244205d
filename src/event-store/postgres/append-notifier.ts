import type { Pool } from 'pg';
import { CoalescedSignal, LOG_WAKE_INTERVAL_MS } from '../../shared/coalesced-signal';
import { APPENDED_CHANNEL } from './append-sql';

/**
 * Tells LISTENing subscribers that events were committed. The NOTIFY is sent after the
 * append's own commit, never inside it: PostgreSQL serialises the commits of all
 * transactions that notified (one queue lock), which would forbid the group commit of
 * concurrent appends. Coalesced (CoalescedSignal): while one is in flight, and for
 * LOG_WAKE_INTERVAL_MS after it, any number of appends share the next one, since each NOTIFY is
 * a transaction the server commits too. A notification lost to a crash only delays
 * subscribers until their polling fallback.
 */
export class AppendNotifier {
  private readonly signal: CoalescedSignal;

  constructor(pool: Pool) {
    this.signal = new CoalescedSignal(() => pool.query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, '']), LOG_WAKE_INTERVAL_MS);
  }

  /** Fire and forget: an append's success never waits for, nor fails with, its notification. */
  notify(): void {
    this.signal.signal();
  }
}
