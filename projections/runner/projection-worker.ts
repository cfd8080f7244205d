/**
 * Runs ONE registration (a projection, or a follower without tables, see registrations.ts)
 * while this process holds the lease: prepares its tables (rebuilding them first when its
 * version changed), then follows a catch-up subscription filtered to its event types from
 * its checkpoint, applying batches. A projection's handler failing on an event quarantines
 * that event's stream (parked and retried with backoff, see quarantine-log.ts) while every
 * other stream proceeds; a 'retry-batch' follower's failure is retried from the checkpoint
 * like any other error; only a failing rebuild stops it ('failed'). Any other error
 * (database down, checkpoint moved by another writer) makes it start over from the stored
 * checkpoint, which is always consistent.
 */
import type { DataSource } from 'typeorm';
import { type EventStore, Position, positionToString, type Clock } from '../../src/read-side';
import { abortableDelay } from './abortable-delay';
import { applyBatch, CheckpointMovedError } from './batch-applier';
import { EventBatches } from './event-batches';
import { describeError, recordFailure } from './failure-log';
import type { Projection } from './projection';
import { filterOf, quarantinesStreams } from './registrations';
import { countQuarantinedStreams } from './quarantine-log';
import { retryDueQuarantine } from './quarantine-retry';
import { rebuildProjection, RebuildFailedError } from './rebuild';
import type { RunnerLogger } from './runner-logger';
import type { RunnerSettings } from './runner-settings';
import { prepareLiveTables } from './table-setup';

export type WorkerState = 'starting' | 'running' | 'rebuilding' | 'failed' | 'stopped';

export interface WorkerDependencies {
  dataSource: DataSource;
  store: EventStore;
  clock: Clock;
  logger: RunnerLogger;
  settings: RunnerSettings;
  /** Told after every commit that moved the live checkpoint. */
  onCommitted(projection: string, checkpoint: Position): void;
}

type FollowOutcome = 'failed' | 'ended';

export class ProjectionWorker {
  private currentState: WorkerState = 'stopped';
  private lastErrorMessage: string | null = null;
  private abort = new AbortController();
  private reader: EventBatches | undefined;
  private running: Promise<void> | undefined;

  constructor(
    readonly projection: Projection,
    private readonly deps: WorkerDependencies,
  ) {}

  get state(): WorkerState {
    return this.currentState;
  }

  /** The last error that was not the handler's, cleared by the next commit. */
  get lastError(): string | null {
    return this.lastErrorMessage;
  }

  /** Starts it, or restarts it after a failure (from its checkpoint); a running worker is left alone. */
  start(): void {
    if (this.running) return;
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.running = this.run(signal).finally(() => (this.running = undefined));
  }

  /** Returns once the batch in flight, if any, has committed or rolled back. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.reader?.close();
    await this.running;
  }

  private async run(signal: AbortSignal): Promise<void> {
    this.currentState = 'starting';
    while (!signal.aborted) {
      try {
        if ((await this.runOnce(signal)) === 'failed') {
          this.currentState = 'failed';
          return;
        }
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof CheckpointMovedError) {
          this.deps.logger.log(`${this.projection.name}: ${error.message}; continuing from the stored checkpoint`);
          continue;
        }
        this.lastErrorMessage = describeError(error);
        this.deps.logger.warn(`${this.projection.name}: ${this.lastErrorMessage}; retrying from the checkpoint`);
        await abortableDelay(this.deps.settings.errorRetryMs, signal);
      }
    }
    this.currentState = 'stopped';
  }

  private async runOnce(signal: AbortSignal): Promise<FollowOutcome> {
    const { dataSource, clock } = this.deps;
    const setup = await prepareLiveTables(dataSource, this.projection, clock);
    if (setup.kind === 'ready') {
      this.currentState = 'running';
      return this.follow(setup.checkpoint, signal);
    }
    this.currentState = 'rebuilding';
    this.deps.logger.log(
      `${this.projection.name}: stored version ${setup.storedVersion}, code version ${this.projection.version}: rebuilding while the old tables serve`,
    );
    try {
      // fresh: false, so that a rebuild interrupted by a restart continues where it was.
      await rebuildProjection(this.deps, this.projection, { batchSize: this.deps.settings.rebuildBatchSize, fresh: false, signal });
      return 'ended';
    } catch (error) {
      if (!(error instanceof RebuildFailedError)) throw error;
      await recordFailure(dataSource, this.projection.name, error.failed.event, error.failed.error, clock.now());
      this.deps.logger.error(error.message);
      return 'failed';
    }
  }

  private async follow(from: Position | null, signal: AbortSignal): Promise<FollowOutcome> {
    const { dataSource, store, clock, settings } = this.deps;
    const subscription = store.subscribeToAll({ fromPosition: from ?? 'start', filter: filterOf(this.projection) });
    const reader = new EventBatches(subscription, settings.batchSize);
    this.reader = reader;
    const quarantine = { baseMs: settings.quarantineRetryMs, maxMs: settings.quarantineRetryMaxMs };
    const target = {
      projection: this.projection,
      slot: 'live' as const,
      quarantine: quarantinesStreams(this.projection) ? quarantine : undefined,
    };
    let checkpoint = from;
    let quarantined = target.quarantine ? await countQuarantinedStreams(dataSource, this.projection.name) : 0;
    let failureMayBeOpen = true;
    let paced: { startedAt: number; full: boolean } | undefined;
    try {
      while (!signal.aborted) {
        if (paced && !paced.full) {
          const wait = paced.startedAt + settings.liveBatchIntervalMs - performance.now();
          if (wait > 0) await abortableDelay(wait, signal);
          if (signal.aborted) break;
        }
        if (quarantined > 0) {
          const retried = await retryDueQuarantine(this.deps, { ...target, quarantine }, checkpoint);
          quarantined -= retried.released.length;
          for (const stream of retried.released) {
            this.deps.logger.log(`${this.projection.name}: stream ${stream.streamName} applied on retry, out of quarantine`);
          }
          for (const { stream, error } of retried.stillQuarantined) {
            this.deps.logger.warn(`${this.projection.name}: stream ${stream.streamName} still failing: ${describeError(error)}`);
          }
        }
        // With streams in quarantine, wake at least every base retry interval to retry them.
        const batch = await reader.next(settings.batchSize, quarantined > 0 ? settings.quarantineRetryMs : undefined);
        if (!batch) return 'ended';
        if (batch.length === 0) continue;
        paced = { startedAt: performance.now(), full: batch.length === settings.batchSize };
        const outcome = await applyBatch(dataSource, target, checkpoint, batch, clock, {
          streamsQuarantined: quarantined > 0,
          failureMayBeOpen,
        });
        checkpoint = outcome.checkpoint;
        if (outcome.applied > 0 || outcome.parked > 0) {
          // Past its first event since it started, any failure recorded before is resolved (commitProgress).
          failureMayBeOpen = false;
          this.lastErrorMessage = null;
          this.deps.onCommitted(this.projection.name, checkpoint!);
        }
        quarantined += outcome.quarantined.length;
        for (const { event, error } of outcome.quarantined) {
          this.deps.logger.error(
            `${this.projection.name}: event ${event.id} (${event.type}) at ${positionToString(event.position)} failed: ${describeError(error)}; ` +
              `stream ${event.streamName} quarantined, the others go on`,
          );
        }
      }
      return 'ended';
    } finally {
      this.reader = undefined;
      await reader.close();
    }
  }
}
