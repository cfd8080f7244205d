/**
 * An instance's event store that makes the instance crash where its plan says: just
 * before an append of the process manager, just after one (the events are stored, the
 * instance dies before doing anything else), or while a tick reads the log (the head it
 * waits for the timers to reach).
 * After a crash the instance is dead: everything it tries fails, until restart() (a new
 * process, with nothing in memory, on the same database).
 */
import { PROCESS_MANAGER_ACTOR } from '../../../src/deadlines/process-manager-actor';
import type {
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
} from '../../../src/event-store/event-store.port';

export type CrashPoint = 'before-append' | 'after-append' | 'while-reading-the-log';

export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
  constructor(readonly point: CrashPoint) {
    super(`Simulated crash (${point})`);
  }
}

export class CrashingEventStore implements EventStore {
  readonly crashes: Record<CrashPoint, number> = { 'before-append': 0, 'after-append': 0, 'while-reading-the-log': 0 };
  private dead = false;

  constructor(
    private readonly inner: EventStore,
    private readonly crashHere: (point: CrashPoint) => boolean,
  ) {}

  get isDead(): boolean {
    return this.dead;
  }

  restart(): void {
    this.dead = false;
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    this.requireAlive();
    const byProcessManager = events.some((event) => event.metadata.actor.id === PROCESS_MANAGER_ACTOR.id);
    if (byProcessManager && this.crashHere('before-append')) this.crash('before-append');
    const result = await this.inner.appendToStream(stream, events, options);
    if (byProcessManager && this.crashHere('after-append')) this.crash('after-append');
    return result;
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.requireAlive();
    return this.inner.readStream(stream, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.requireAlive();
    if (this.crashHere('while-reading-the-log')) this.crash('while-reading-the-log');
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    this.requireAlive();
    return this.inner.subscribeToAll(options);
  }

  headPosition(): Promise<Position | null> {
    this.requireAlive();
    if (this.crashHere('while-reading-the-log')) this.crash('while-reading-the-log');
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private requireAlive(): void {
    if (this.dead) throw new Error('This instance crashed: nothing more happens until it restarts');
  }

  private crash(point: CrashPoint): never {
    this.dead = true;
    this.crashes[point]++;
    throw new SimulatedCrash(point);
  }
}
