import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CommandContext } from '../../command-handling/command-context';
import { PersistentConflictError } from '../../command-handling/command-errors';
import { commandIdOf, commandMetadata } from '../../command-handling/decide-and-append';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { backoffWithJitter, RETRY_POLICY, type RetryPolicy } from '../../command-handling/retry-policy';
import { referenceCounterStream, type ReferenceEvent } from '../../contracts';
import { evolveReference, initialReferenceCounter, reserveReference, type ReferenceCounter } from '../../domain';
import { EventIdConflictError, WrongExpectedVersionError } from '../../event-store/errors';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/clock';
import { romeYear } from '../../shared/rome-time';
import { SerializedByKey } from '../../shared/serialized-by-key';
import type { CommandEnvelopeParts } from '../shared/case-streams';

/** The counter as last seen, with the revision of its last event (-1: no number yet). */
interface KnownCounter {
  state: ReferenceCounter;
  revision: number;
}

/**
 * Reference numbers from the year's counter stream, at a cost that does not depend on how
 * many numbers the year already gave:
 * - the counter's state is its last event alone: read backwards by one event, or kept from
 *   this process's last reservation, and the next number is appended with that revision;
 *   another process that took a number in between makes the append fail, and the last
 *   event is read again (after a jittered pause);
 * - the event's id is derived from the year and the case, so the store refuses to give a
 *   case a second number: a registration retried after its number was taken (a crash before
 *   the case was written) finds the id taken and reads its own number back.
 * Only the event store port is used, with single-stream appends: the same on PostgreSQL
 * and on EventStoreDB (which has no multi-stream transactions). Reservations of one process
 * queue per year in memory, so they never collide with each other.
 */
@Injectable()
export class ReferenceNumbers {
  private readonly perYear = new SerializedByKey();
  private readonly known = new Map<number, KnownCounter>();
  private readonly retry: RetryPolicy;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(RETRY_POLICY) retry?: RetryPolicy,
  ) {
    this.retry = retry ?? backoffWithJitter();
  }

  reserve(caseId: string, envelope: CommandEnvelopeParts, context: CommandContext): Promise<string> {
    const year = romeYear(envelope.at);
    return this.perYear.run(String(year), () => this.reserveNow(year, caseId, envelope, context));
  }

  private async reserveNow(year: number, caseId: string, { actor, at }: CommandEnvelopeParts, context: CommandContext): Promise<string> {
    const stream = referenceCounterStream(year);
    const eventId = deterministicUuid('reference-number', String(year), caseId);
    let counter = this.known.get(year) ?? (await this.readLast(stream));
    for (let attempt = 1; ; attempt++) {
      const { reference, events } = reserveReference(counter.state, { type: 'ReserveReference', actor, at, year, caseId });
      if (events.length === 0) return reference;
      try {
        const appended = await this.store.appendToStream(stream, this.toAppend(eventId, events[0], context), {
          expectedRevision: counter.revision,
        });
        this.known.set(year, { state: evolveReference(counter.state, events[0]), revision: appended.nextExpectedRevision });
        return reference;
      } catch (error) {
        if (error instanceof EventIdConflictError) return this.numberAlreadyGiven(stream, eventId, events[0], context);
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        this.known.delete(year);
        if (attempt >= this.retry.maxAttempts) throw new PersistentConflictError(stream, attempt);
        await this.retry.pause(attempt);
        counter = await this.readLast(stream);
      }
    }
  }

  /** The counter's last event only (a backwards read of one). */
  private async readLast(stream: string): Promise<KnownCounter> {
    const [last] = await this.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    if (!last) return { state: initialReferenceCounter(), revision: -1 };
    return { state: evolveReference(initialReferenceCounter(), asReferenceEvent(last)), revision: last.revision };
  }

  /**
   * The case's id already took a number: the same append with 'any' is answered by the
   * store with where that event sits (an exact repeat writes nothing), and that event
   * holds the number.
   */
  private async numberAlreadyGiven(stream: string, eventId: string, event: ReferenceEvent, context: CommandContext): Promise<string> {
    const { nextExpectedRevision } = await this.store.appendToStream(stream, this.toAppend(eventId, event, context), {
      expectedRevision: 'any',
    });
    const [stored] = await this.store.readStream(stream, { fromRevision: nextExpectedRevision, maxCount: 1 });
    if (stored?.id !== eventId) throw new Error(`Reference event ${eventId} of ${stream} cannot be read back`);
    return asReferenceEvent(stored).data.reference;
  }

  private toAppend(eventId: string, event: ReferenceEvent, context: CommandContext) {
    const metadata = commandMetadata(context, commandIdOf(context), this.clock.now().toISOString());
    return [{ id: eventId, type: event.type, data: event.data, metadata }];
  }
}

function asReferenceEvent(recorded: RecordedEvent): ReferenceEvent {
  return { type: recorded.type, data: recorded.data } as ReferenceEvent;
}
