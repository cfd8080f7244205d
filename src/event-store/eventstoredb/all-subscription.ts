/**
 * The port's AllSubscription over an EventStoreDB catch-up subscription to $all. The server
 * guarantees order, no gaps and no repeats, and switches between catch-up and live by
 * itself; the client stream applies back-pressure, so memory stays bounded while the
 * consumer is slow. This class adds the port's visibility rule, error mapping and close().
 */
import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../errors';
import { AllSubscription, EventFilter, RecordedEvent } from '../event-store.port';
import { toPortError } from './error-mapping';
import { toRecordedEvent } from './event-conversion';
import { isVisible } from './filters';

export class EventStoreDbAllSubscription implements AllSubscription {
  private closing: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly source: AllStreamSubscription,
    private readonly filter: EventFilter | undefined,
    private readonly onClosed: () => void = () => undefined,
  ) {
    // The client emits errors as events, and not always with an end of its stream: without
    // this listener an error arriving before the consumer iterates would crash the process,
    // and an iteration started after it would wait forever. The iteration checks it first.
    source.on('error', (error) => {
      this.failure ??= error;
    });
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      yield* this.visibleEvents();
    } finally {
      // Reached on close, on error, and when the consumer leaves the loop: always release the server side.
      await this.close();
    }
  }

  close(): Promise<void> {
    this.closing ??= this.release();
    return this.closing;
  }

  private get closed(): boolean {
    return this.closing !== undefined;
  }

  private async *visibleEvents(): AsyncGenerator<RecordedEvent> {
    try {
      if (this.failure) throw this.failure;
      for await (const resolved of this.source) {
        if (this.closed) return;
        const event = this.toVisibleEvent(resolved as AllStreamResolvedEvent);
        if (event) yield event;
      }
    } catch (error) {
      if (this.closed) return;
      throw toPortError(this.failure ?? error);
    }
    if (this.closed) return;
    // A catch-up subscription never ends by itself: an end not asked for is a lost connection.
    throw toPortError(this.failure ?? new EventStoreUnavailableError('The subscription to $all ended without being closed'));
  }

  private toVisibleEvent(resolved: AllStreamResolvedEvent): RecordedEvent | undefined {
    const record = resolved.event;
    if (!record || !isVisible(record, this.filter)) return undefined;
    return toRecordedEvent(record);
  }

  private async release(): Promise<void> {
    try {
      await this.source.unsubscribe();
    } catch {
      // The subscription never connected (its failure is already reported): nothing to cancel.
    }
    // Ends an iteration waiting for the next event even if the cancelled call never signals its end.
    this.source.destroy();
    this.onClosed();
  }
}
