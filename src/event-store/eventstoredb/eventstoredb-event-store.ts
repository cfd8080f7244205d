/**
 * The EventStoreDB adapter of the event store port (selected when EVENTSTORE_URL is set).
 *
 * EventStoreDB already has the port's model (streams, expected revisions, $all, catch-up
 * subscriptions). What the adapter adds on top:
 * - the port's exact idempotency, and event ids unique across streams (append-events.ts);
 * - the exact position of the last appended event (append-events.ts);
 * - filtering of reads of $all, and their inclusive start backwards (read-all-plan.ts);
 * - the exclusion of EventStoreDB's system events wherever $all is read (filters.ts);
 * - the port's errors (error-mapping.ts).
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { EventStoreDbAllSubscription } from './all-subscription';
import { EventAppender } from './append-events';
import { assertValidAppend } from './append-validation';
import { toPortAppendError, withPortErrors } from './error-mapping';
import { toSubscriptionFilter } from './filters';
import { toClientReadPosition } from './positions';
import { readAllPage } from './read-all';
import { planReadAll } from './read-all-plan';
import { toClientExpectedRevision, toClientReadStreamOptions } from './revisions';
import { readStreamEvents } from './stream-reads';

export function createEventStoreDbEventStore(options: { connectionString: string }): EventStore {
  return new EventStoreDbEventStore(EventStoreDBClient.connectionString(options.connectionString));
}

class EventStoreDbEventStore implements EventStore {
  private readonly appender: EventAppender;
  private readonly subscriptions = new Set<EventStoreDbAllSubscription>();
  private closing: Promise<void> | undefined;

  constructor(private readonly client: EventStoreDBClient) {
    this.appender = new EventAppender(client);
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const expectedRevision = toClientExpectedRevision(expected);
    assertValidAppend(stream, events);
    try {
      return await this.appender.append(stream, events, expected, expectedRevision);
    } catch (error) {
      throw toPortAppendError(error, stream, expected);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const clientOptions = toClientReadStreamOptions(options);
    if (clientOptions.maxCount === 0) return [];
    return withPortErrors(() => readStreamEvents(this.client, stream, clientOptions));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const plan = planReadAll(options);
    if (plan.maxCount === 0) return [];
    return withPortErrors(() => readAllPage(this.client, plan));
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const source = this.client.subscribeToAll({
      fromPosition: toClientReadPosition(options.fromPosition ?? 'start'),
      filter: toSubscriptionFilter(options.filter),
    });
    const subscription = new EventStoreDbAllSubscription(source, options.filter, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The position of the last event the port shows (EventStoreDB's own bookkeeping events are skipped). */
  async headPosition(): Promise<Position | null> {
    const [last] = await this.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1 });
    return last ? last.position : null;
  }

  close(): Promise<void> {
    this.closing ??= this.release();
    return this.closing;
  }

  private async release(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }
}
