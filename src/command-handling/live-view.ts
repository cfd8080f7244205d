import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AllSubscription, EventFilter, EventStore } from '../event-store/event-store.port';
import type { Position } from '../event-store/position';
import { readAllMatching } from '../event-store/read-all-matching';
import type { LocalAppends, ViewEvent } from './local-appends';

const RESUBSCRIBE_AFTER_MS = 1_000;

/**
 * The events of a small catalogue (the charter, the sectors, the users) kept in memory,
 * stream by stream: folded once from the log, then kept current by a subscription (other
 * processes' appends) and by this process's own appends (LocalAppends, at once). A command
 * reads the catalogue from memory, never from the log.
 *
 * Each stream's events are kept in order: an event arriving after a gap (the subscription
 * is behind this process's own append) makes the stream be read again by name.
 */
export class LiveView {
  private readonly streams = new Map<string, ViewEvent[]>();
  private ready: Promise<void> | null = null;
  private subscription: AllSubscription | null = null;
  private stopLocal: (() => void) | null = null;
  private closed = false;
  private version = 0;
  private readonly logger = new Logger(LiveView.name);

  constructor(
    private readonly store: EventStore,
    private readonly filter: EventFilter,
    /** Whether an event of this process's appends belongs here (the same rule as `filter`). */
    private readonly belongs: (event: ViewEvent) => boolean,
    private readonly local?: LocalAppends,
  ) {}

  /** The view of every stream whose name starts with `prefix` (a catalogue: sectors, standards). */
  static ofStreamsStartingWith(store: EventStore, prefix: string, local?: LocalAppends): LiveView {
    return new LiveView(store, { streamPrefixes: [prefix] }, (event) => event.streamName.startsWith(prefix), local);
  }

  /** Changes each time an event is taken in: callers recompute what they derive from it. */
  get changeCount(): number {
    return this.version;
  }

  /** Folds the log once (on first use), then follows it. */
  whenReady(): Promise<void> {
    this.ready ??= this.start();
    return this.ready;
  }

  eventsOf(streamName: string): readonly ViewEvent[] | undefined {
    return this.streams.get(streamName);
  }

  allStreams(): IterableIterator<readonly ViewEvent[]> {
    return this.streams.values();
  }

  /** A stream not seen yet (written a moment ago by another process): read by name, and kept. */
  async refresh(streamName: string): Promise<readonly ViewEvent[]> {
    const events = await this.store.readStream(streamName);
    const current = this.streams.get(streamName) ?? [];
    if (events.length > current.length) {
      this.streams.set(streamName, events.map(({ streamName: s, revision, type, data }) => ({ streamName: s, revision, type, data })));
      this.version++;
    }
    return this.streams.get(streamName) ?? [];
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopLocal?.();
    await this.subscription?.close();
  }

  private async start(): Promise<void> {
    this.stopLocal = this.local?.listen((events) => events.filter(this.belongs).forEach((event) => this.take(event))) ?? null;
    let last: Position | null = null;
    for await (const event of readAllMatching(this.store, this.filter)) {
      this.take(event);
      last = event.position;
    }
    void this.follow(last);
  }

  private async follow(from: Position | null): Promise<void> {
    let last = from;
    while (!this.closed) {
      try {
        this.subscription = this.store.subscribeToAll({ fromPosition: last ?? 'start', filter: this.filter });
        for await (const event of this.subscription) {
          this.take(event);
          last = event.position;
        }
      } catch (error) {
        if (this.closed) return;
        this.logger.warn(`Live view of ${JSON.stringify(this.filter)} lost its subscription: ${(error as Error).message}`);
      }
      if (!this.closed) await sleep(RESUBSCRIBE_AFTER_MS);
    }
  }

  private take(event: ViewEvent): void {
    const events = this.streams.get(event.streamName) ?? [];
    const next = events.length === 0 ? 0 : events[events.length - 1].revision + 1;
    if (event.revision < next) return; // seen already (our own append, then the subscription)
    if (event.revision > next) {
      void this.refresh(event.streamName).catch(() => undefined);
      return;
    }
    events.push({ streamName: event.streamName, revision: event.revision, type: event.type, data: event.data });
    this.streams.set(event.streamName, events);
    this.version++;
  }
}
