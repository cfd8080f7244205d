import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CommandContext } from '../../command-handling/command-context';
import { PersistentConflictError } from '../../command-handling/command-errors';
import { commandIdOf, commandMetadata } from '../../command-handling/decide-and-append';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { backoffWithJitter, RETRY_POLICY, type RetryPolicy } from '../../command-handling/retry-policy';
import { referenceCounterStream, type ReferenceEvent } from '../../contracts';
import { evolveReference, initialReferenceCounter, reserveReference, type ReferenceCounter } from '../../domain';
import { EventIdConflictError, WrongExpectedVersionError } from '../../event-store/errors';
import { EVENT_STORE, type EventStore, type NewEvent, type RecordedEvent } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/clock';
import { romeYear } from '../../shared/rome-time';
import type { CommandEnvelopeParts } from '../shared/case-streams';

/** The counter as last seen, with the revision of its last event (-1: no number yet). */
interface KnownCounter {
  state: ReferenceCounter;
  revision: number;
}

/** A registration waiting for its number. */
interface Reservation {
  caseId: string;
  envelope: CommandEnvelopeParts;
  context: CommandContext;
  resolve(reference: string): void;
  reject(error: unknown): void;
}

/** Most numbers taken in one append. */
const MAX_RESERVATIONS_PER_APPEND = 100;

/**
 * Reference numbers from the year's counter stream, at a cost that does not depend on how
 * many numbers the year already gave:
 * - the counter's state is its last event alone: read backwards by one event, or kept from
 *   this process's last reservation, and the next numbers are appended with that revision;
 *   another process that took a number in between makes the append fail, and the last
 *   event is read again (after a jittered pause);
 * - every registration must write this one stream, so the registrations of one process
 *   queue per year in memory (they never collide with each other) and take their numbers
 *   together: while one append is on its way, the registrations that arrive wait for it and
 *   then share the next append, one event each. Under load a number costs a fraction of a
 *   round trip instead of a round trip of its own, spent one after the other (group commit);
 * - each event's id is derived from the year and the case, so the store refuses to give a
 *   case a second number: a registration retried after its number was taken (a crash before
 *   the case was written) finds the id taken and reads its own number back.
 * Only the event store port is used, with single-stream appends: the same on PostgreSQL
 * and on EventStoreDB (which has no multi-stream transactions).
 */
@Injectable()
export class ReferenceNumbers {
  private readonly queues = new Map<number, Reservation[]>();
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
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(year);
      if (queue) return void queue.push({ caseId, envelope, context, resolve, reject });
      this.queues.set(year, [{ caseId, envelope, context, resolve, reject }]);
      void this.drain(year);
    });
  }

  /** Takes the year's waiting registrations in appends until none is left. */
  private async drain(year: number): Promise<void> {
    const queue = this.queues.get(year)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_RESERVATIONS_PER_APPEND);
      try {
        const references = await this.reserveTogether(year, batch);
        batch.forEach((reservation, i) => reservation.resolve(references[i]));
      } catch (error) {
        if (batch.length === 1) {
          batch[0].reject(error);
          continue;
        }
        // One case's trouble (a number given already, a refused command) stays its own.
        for (const reservation of batch) await this.reserveTogether(year, [reservation]).then(([reference]) => reservation.resolve(reference), reservation.reject);
      }
    }
    this.queues.delete(year);
  }

  private async reserveTogether(year: number, batch: readonly Reservation[]): Promise<string[]> {
    const stream = referenceCounterStream(year);
    let counter = this.known.get(year) ?? (await this.readLast(stream));
    for (let attempt = 1; ; attempt++) {
      const decided = this.decideAll(year, counter.state, batch);
      if (decided.events.length === 0) return decided.references;
      try {
        const appended = await this.store.appendToStream(stream, decided.events, { expectedRevision: counter.revision });
        this.known.set(year, { state: decided.state, revision: appended.nextExpectedRevision });
        return decided.references;
      } catch (error) {
        if (error instanceof EventIdConflictError && batch.length === 1) return [await this.numberAlreadyGiven(stream, decided.events[0])];
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        this.known.delete(year);
        if (attempt >= this.retry.maxAttempts) throw new PersistentConflictError(stream, attempt);
        await this.retry.pause(attempt);
        counter = await this.readLast(stream);
      }
    }
  }

  /** The batch's numbers in arrival order, each decided on the counter as the previous one left it. */
  private decideAll(year: number, state: ReferenceCounter, batch: readonly Reservation[]) {
    const references: string[] = [];
    const events: NewEvent[] = [];
    const given = new Map<string, string>();
    for (const { caseId, envelope, context } of batch) {
      const already = given.get(caseId);
      if (already) {
        references.push(already);
        continue;
      }
      const { reference, events: reserved } = reserveReference(state, { type: 'ReserveReference', actor: envelope.actor, at: envelope.at, year, caseId });
      for (const event of reserved) {
        events.push(this.toAppend(deterministicUuid('reference-number', String(year), caseId), event, context));
        state = evolveReference(state, event);
      }
      given.set(caseId, reference);
      references.push(reference);
    }
    return { references, events, state };
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
  private async numberAlreadyGiven(stream: string, event: NewEvent): Promise<string> {
    const { nextExpectedRevision } = await this.store.appendToStream(stream, [event], { expectedRevision: 'any' });
    const [stored] = await this.store.readStream(stream, { fromRevision: nextExpectedRevision, maxCount: 1 });
    if (stored?.id !== event.id) throw new Error(`Reference event ${event.id} of ${stream} cannot be read back`);
    return asReferenceEvent(stored).data.reference;
  }

  private toAppend(eventId: string, event: ReferenceEvent, context: CommandContext): NewEvent {
    const metadata = commandMetadata(context, commandIdOf(context), this.clock.now().toISOString());
    return { id: eventId, type: event.type, data: event.data, metadata };
  }
}

function asReferenceEvent(recorded: RecordedEvent): ReferenceEvent {
  return { type: recorded.type, data: recorded.data } as ReferenceEvent;
}
