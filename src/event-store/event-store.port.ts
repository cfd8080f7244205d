/**
 * The event store port: the only way the rest of the system reads or writes events.
 * Its semantics follow EventStoreDB's own, so that the PostgreSQL adapter and the
 * EventStoreDB adapter are interchangeable and pass one contract suite
 * (test/event-store/event-store.contract.ts).
 *
 * Revisions and positions are plain numbers: a stream never holds 2^53 events and a
 * log never reaches 2^53 bytes, so nothing is lost and every caller can JSON them.
 */
import type { Actor } from '../domain/shared/actor';
import { Position } from './position';

export { Position } from './position';

export interface EventMetadata {
  /** Shared by every event that follows from one original request. */
  correlationId: string;
  /** The id of the command or event that directly caused this one. */
  causationId: string;
  actor: Actor;
  /** ISO-8601 instant from the application's injected clock. */
  recordedAt: string;
  /** Version of the event's data schema, for upcasting. */
  schemaVersion: number;
  /** Adapters keep any extra keys as they are. */
  [key: string]: unknown;
}

/** An event about to be appended. `id` is a uuid chosen by the caller: it makes appends idempotent. */
export interface NewEvent<Data = unknown, Type extends string = string> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/** An event as stored. */
export interface RecordedEvent<Data = unknown, Type extends string = string> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  streamName: string;
  /** 0-based position of the event within its stream. */
  revision: number;
  /** Position in the global order of all events. */
  position: Position;
  /** When the store persisted it (store clock, not the application clock). */
  createdAt: Date;
}

/**
 * What the appender believes about the stream:
 * - 'any': no check;
 * - 'no_stream': the stream must not exist;
 * - 'stream_exists': the stream must have at least one event;
 * - a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** The stream revision meaning "no event yet", as EventStoreDB reports it. */
export const NO_STREAM_REVISION = -1;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append: pass it as the next expectedRevision. */
  nextExpectedRevision: number;
  /** Global position of the last event appended. */
  position: Position;
}

export type ReadDirection = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: ReadDirection;
  /** Inclusive. Default: 'start' forwards, 'end' backwards. */
  fromRevision?: number | 'start' | 'end';
  /** Default: no limit (streams are short by design). */
  maxCount?: number;
}

/**
 * Which events a read of all or a subscription returns. Event types match exactly;
 * stream prefixes match the start of the stream name.
 */
export type EventFilter = { eventTypes: readonly string[] } | { streamPrefixes: readonly string[] };

export interface ReadAllOptions {
  direction?: ReadDirection;
  /** Inclusive. Default: 'start' forwards, 'end' backwards. */
  fromPosition?: Position | 'start' | 'end';
  /** Default: DEFAULT_READ_ALL_MAX_COUNT, so a read of all can never load the whole store. */
  maxCount?: number;
  filter?: EventFilter;
}

export const DEFAULT_READ_ALL_MAX_COUNT = 1000;

export interface SubscribeToAllOptions {
  /** Exclusive: the subscription delivers events strictly after this position. Default: 'start'. */
  fromPosition?: Position | 'start' | 'end';
  filter?: EventFilter;
}

/**
 * A catch-up subscription: it delivers every stored event after its start, in global
 * order, then follows live appends, never skipping and never repeating one. Iterate it
 * with `for await`; `close()` ends the iteration. Memory is bounded: the adapter pulls
 * pages as the consumer advances.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  appendToStream(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /** Events of one stream; an empty array when the stream does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** A page of the global log, at most maxCount events. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the last event in the global log, or null when the store is empty. */
  headPosition(): Promise<Position | null>;
  close(): Promise<void>;
}

/** Nest injection token for the configured adapter. */
export const EVENT_STORE = Symbol('EVENT_STORE');
