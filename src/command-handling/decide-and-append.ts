import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventIdConflictError, WrongExpectedVersionError } from '../event-store/errors';
import { EVENT_STORE, EventMetadata, EventStore, NewEvent, Position, RecordedEvent } from '../event-store/event-store.port';
import type { Decider } from '../domain/shared/decider';
import { CLOCK, Clock } from '../shared/clock';
import { CommandContext } from './command-context';
import { PersistentConflictError, PreconditionFailedError } from './command-errors';
import { deterministicUuid } from './deterministic-id';
import { KnownStreams } from './known-streams';
import { LocalAppends } from './local-appends';
import { backoffWithJitter, RETRY_POLICY, type RetryPolicy } from './retry-policy';


export interface Decision<State, Event extends { type: string; data: unknown }> {
  stream: string;
  /** The stream's decider folds the history; `decide` below binds the command to it. */
  decider: Decider<unknown, Event, State>;
  /** Pure: the events the command produces in this state, or a DomainError thrown. */
  decide(state: State, revision: number): Event[];
  context: CommandContext;
  /** Distinguishes several streams written by one command (e.g. the reference counter, then the case). */
  step?: string;
  /**
   * The ids of the events, when they derive from what the events record rather than from the
   * request (a merge's trace on the survivor): any attempt, with or without Idempotency-Key,
   * then finds the events an earlier attempt stored and answers as a replay.
   */
  eventId?(index: number): string;
  /** Last chance to transform the events before they are stored (personal data is sealed here). */
  beforeAppend?(events: NewEvent[]): Promise<NewEvent[]>;
  /**
   * The stream is new as a rule (its id was just made): decide on the initial state without
   * reading, append expecting no stream. Should it exist after all, the usual path follows
   * (read, fold, decide again); a retry with the same ids is answered by the store itself.
   */
  expectNew?: boolean;
}

export interface DecisionResult<State, Event> {
  stream: string;
  /** Events this command appended (or had appended, on an idempotent retry). */
  events: Event[];
  /** State after the command. */
  state: State;
  /** Revision of the stream's last event after the command (-1: the stream is still empty). */
  revision: number;
  position: Position | null;
  /** True when a retry found the command already applied. */
  replayed: boolean;
}

/**
 * The write path shared by every use case: read the stream, fold it, decide, append with
 * the revision that was read. A concurrent writer makes the append fail; the command is
 * then decided again on the new state after a jittered, growing pause (RetryPolicy),
 * unless the caller pinned a revision with If-Match, which makes any change a 412.
 */
@Injectable()
export class DecideAndAppend {
  private readonly retry: RetryPolicy;
  private readonly known = new KnownStreams();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(RETRY_POLICY) retry?: RetryPolicy,
    @Optional() private readonly local?: LocalAppends,
  ) {
    this.retry = retry ?? backoffWithJitter();
  }

  async execute<State, Event extends { type: string; data: unknown }>(
    decision: Decision<State, Event>,
  ): Promise<DecisionResult<State, Event>> {
    const { context } = decision;
    const commandId = commandIdOf(context);
    const eventIdFor =
      decision.eventId ??
      ((index: number) =>
        context.idempotencyKey ? deterministicUuid(commandId, decision.step ?? '', decision.stream, String(index)) : randomUUID());
    const deterministicIds = decision.eventId !== undefined || context.idempotencyKey !== undefined;

    let skipRead = decision.expectNew === true && context.expectedRevision === undefined;
    // What this process knows of the stream saves the read; once it proved stale, read.
    let trustKnown = !skipRead;
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt++) {
      if (attempt > 1) await this.retry.pause(attempt - 1);
      const known = trustKnown ? (this.known.get(decision.stream) as { revision: number; state: State } | undefined) : undefined;
      const history = skipRead || known ? [] : await this.store.readStream(decision.stream);
      const revision = known ? known.revision : history.length ? history[history.length - 1].revision : -1;
      const staleGuess = () => {
        // Not a lost race: our guess was old. Read now, at once (nobody to give way to).
        this.known.forget(decision.stream);
        trustKnown = false;
        attempt--;
      };

      // A retry of a command already applied (same Idempotency-Key, or ids of its own) answers from what was stored.
      const firstId = deterministicIds ? eventIdFor(0) : undefined;
      const appliedAt = firstId ? history.findIndex((e) => e.id === firstId) : -1;
      if (appliedAt >= 0) return this.replayedResult(decision, history, appliedAt, eventIdFor);

      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        if (known) {
          staleGuess();
          continue;
        }
        throw new PreconditionFailedError(decision.stream, context.expectedRevision, revision);
      }
      const state = known ? known.state : fold(decision.decider, history);
      let events: Event[];
      try {
        events = decision.decide(state, revision);
      } catch (error) {
        // A refusal must come from the stream as stored, never from our guess of it.
        if (!known) throw error;
        staleGuess();
        continue;
      }
      if (events.length === 0) {
        if (known) {
          staleGuess();
          continue;
        }
        return { stream: decision.stream, events, state, revision, position: null, replayed: false };
      }
      const recordedAt = this.clock.now().toISOString();
      let toAppend: NewEvent[] = events.map((event, index) => ({
        id: eventIdFor(index),
        type: event.type,
        data: event.data,
        metadata: commandMetadata(context, commandId, recordedAt),
      }));
      if (decision.beforeAppend) toAppend = await decision.beforeAppend(toAppend);
      try {
        const appended = await this.store.appendToStream(decision.stream, toAppend, { expectedRevision: revision });
        if (known && appended.nextExpectedRevision !== revision + toAppend.length) {
          // The store found these event ids already stored: read, to answer as a replay.
          staleGuess();
          continue;
        }
        this.local?.tell(decision.stream, appended.nextExpectedRevision - toAppend.length + 1, toAppend);
        const after = events.reduce((s, e) => decision.decider.evolve(s, e), state);
        this.known.remember(decision.stream, appended.nextExpectedRevision, after);
        return {
          stream: decision.stream,
          events,
          state: after,
          revision: appended.nextExpectedRevision,
          position: appended.position,
          replayed: false,
        };
      } catch (error) {
        if (known && (error instanceof WrongExpectedVersionError || error instanceof EventIdConflictError)) {
          staleGuess();
          continue;
        }
        this.known.forget(decision.stream);
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (context.expectedRevision !== undefined) {
          throw new PreconditionFailedError(decision.stream, context.expectedRevision, error.actual);
        }
        if (skipRead) {
          // Not new after all: read it now, at once (nobody to give way to).
          skipRead = false;
          attempt--;
        }
      }
    }
    throw new PersistentConflictError(decision.stream, this.retry.maxAttempts);
  }

  private replayedResult<State, Event extends { type: string; data: unknown }>(
    decision: Decision<State, Event>,
    history: RecordedEvent[],
    appliedAt: number,
    eventIdFor: (index: number) => string,
  ): DecisionResult<State, Event> {
    // The events of that append: those that follow with the ids it gave them.
    let count = 1;
    while (history[appliedAt + count]?.id === eventIdFor(count)) count++;
    const applied = history.slice(appliedAt, appliedAt + count);
    const upTo = appliedAt + count;
    const state = fold(decision.decider, history.slice(0, upTo));
    const last = history[upTo - 1];
    return {
      stream: decision.stream,
      events: applied.map((e) => ({ type: e.type, data: e.data }) as Event),
      state,
      revision: last.revision,
      position: last.position,
      replayed: true,
    };
  }
}

function fold<State, Event extends { type: string; data: unknown }>(
  decider: Decider<unknown, Event, State>,
  history: RecordedEvent[],
): State {
  return history.reduce((state, e) => decider.evolve(state, { type: e.type, data: e.data } as Event), decider.initialState());
}

/** The command's id, the causation of its events: from the Idempotency-Key, so a retry has the same. */
export function commandIdOf(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('command', context.commandName, context.actor.id, context.idempotencyKey)
    : randomUUID();
}

export function commandMetadata(context: CommandContext, commandId: string, recordedAt: string): EventMetadata {
  return {
    correlationId: context.correlationId,
    causationId: commandId,
    actor: { id: context.actor.id, role: context.actor.role },
    recordedAt,
    schemaVersion: 1,
  };
}
