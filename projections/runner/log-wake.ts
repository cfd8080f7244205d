/**
 * Wakes the log's subscriptions after the runner's own commits. A batch transaction writes
 * in the events' database, so while it is open the PostgreSQL store's readers stop below it
 * (global-log-sql.ts: any transaction of this database may still append): an append that
 * commits meanwhile is NOTIFYed, read, found above the horizon, and then waited for until
 * the subscriptions' poll interval (250 ms), unless another append wakes them. After the
 * batch commits, the same NOTIFY the appenders send makes them read again at once.
 *
 * Coalesced like the appenders' notifications (CoalescedSignal): while one is in flight,
 * and for LOG_WAKE_INTERVAL_MS after it, any number of commits share the next one, so the
 * registrations committing the same append cost one or two wake-ups, not one each. Outside
 * the transaction, never in it (a NOTIFY serialises commits). Harmless with
 * EventStoreDB: nobody listens. Losing one only costs the poll interval.
 */
import type { DataSource } from 'typeorm';
import { APPENDED_CHANNEL, CoalescedSignal, LOG_WAKE_INTERVAL_MS } from '../../src/read-side';

export class LogWake {
  private readonly signal: CoalescedSignal;

  constructor(dataSource: DataSource) {
    this.signal = new CoalescedSignal(() => dataSource.query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, '']), LOG_WAKE_INTERVAL_MS);
  }

  /** Fire and forget: a batch never waits for, nor fails with, the wake-up. */
  afterCommit(): void {
    this.signal.signal();
  }
}
