/**
 * The PostgreSQL adapter of the event store port. The schema comes from the migration
 * src/database/migrations/1764000000000-event-store.ts (run runMigrations(url) first).
 * Ordering and visibility rules: global-log-sql.ts; append concurrency: append-events.ts.
 */
import { Pool } from 'pg';
import {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { appendEvents } from './append-events';
import { AppendListener } from './append-listener';
import { AppendNotifier } from './append-notifier';
import { PostgresAllSubscription } from './all-subscription';
import { translateStoreError } from './pg-errors';
import { assertPosition } from './read-arguments';
import { readGlobalLog, readHeadPosition, readPageBetween } from './read-global-log';
import { readStreamEvents } from './read-stream';
import { SharedLogReads } from './shared-log-reads';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Pool size; a store with live subscriptions holds one more connection, for LISTEN. Default 10. */
  maxConnections?: number;
  /** Fallback polling for live subscriptions, when no notification arrives. Default 250. */
  pollIntervalMs?: number;
}

const DEFAULT_MAX_CONNECTIONS = 10;
const DEFAULT_POLL_INTERVAL_MS = 250;
/** Events a subscription reads at a time: few enough to bound memory, enough to catch up fast. */
const SUBSCRIPTION_PAGE_SIZE = 1000;
const LISTEN_RETRY_DELAY_MS = 1000;

export function createPostgresEventStore(options: PostgresEventStoreOptions): PostgresEventStore {
  return new PostgresEventStore(options);
}

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly appendListener: AppendListener;
  private readonly appendNotifier: AppendNotifier;
  private readonly subscriptions = new Set<PostgresAllSubscription>();
  private readonly pollIntervalMs: number;
  /** One set of global-log reads for all the subscriptions of this store (fan-out). */
  readonly sharedReads: SharedLogReads;
  private closing: Promise<void> | undefined;

  constructor(options: PostgresEventStoreOptions) {
    this.pool = new Pool({ connectionString: options.connectionString, max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS });
    // An idle connection dropped by the server must not crash the process; the pool
    // already discards it and the next query opens a new one.
    this.pool.on('error', () => undefined);
    this.appendListener = new AppendListener(options.connectionString, LISTEN_RETRY_DELAY_MS);
    this.appendNotifier = new AppendNotifier(this.pool);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.sharedReads = new SharedLogReads({
      readHead: () => this.run('read the head position', () => readHeadPosition(this.pool)),
      readPage: (after, upTo, limit, filters) => this.run('read all', () => readPageBetween(this.pool, after, upTo, limit, filters)),
    });
  }

  appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    return this.run(`append to stream "${stream}"`, async () => {
      const result = await appendEvents(this.pool, stream, events, options.expectedRevision ?? 'any');
      if (events.length > 0 && !this.closing) this.appendNotifier.notify();
      return result;
    });
  }

  readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.run(`read stream "${stream}"`, () => readStreamEvents(this.pool, stream, options));
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.run('read all', () => readGlobalLog(this.pool, options));
  }

  headPosition(): Promise<Position | null> {
    return this.run('read the head position', () => readHeadPosition(this.pool));
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const fromPosition = options.fromPosition ?? 'start';
    if (typeof fromPosition === 'object') assertPosition('fromPosition', fromPosition);
    let stopWaking = (): void => undefined;
    const subscription = new PostgresAllSubscription({
      pages: this.sharedReads,
      fromPosition,
      filter: options.filter,
      pageSize: SUBSCRIPTION_PAGE_SIZE,
      pollIntervalMs: this.pollIntervalMs,
      onClosed: (closed) => {
        this.subscriptions.delete(closed);
        stopWaking();
      },
    });
    this.subscriptions.add(subscription);
    stopWaking = this.appendListener.onAppend(() => subscription.wake());
    return subscription;
  }

  /** Ends every subscription (their iterations finish), then the connections. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.appendListener.stop();
    await this.pool.end();
  }

  /** Every call goes through here: refuses work once closing, and reports unreachable servers uniformly. */
  private async run<T>(doing: string, work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await work();
    } catch (error) {
      throw translateStoreError(error, doing);
    }
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The PostgreSQL event store is closed');
  }
}
