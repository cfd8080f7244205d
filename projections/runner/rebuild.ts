/**
 * Rebuild from zero without downtime: the projection is projected from the start of the log
 * into fresh `<table>__rebuild` tables while the live tables keep serving (and, if a runner
 * is running, keep being updated); once the copy has caught up it is swapped in (swap.ts).
 * Memory stays flat: the log is streamed through a bounded buffer, batch by batch, and each
 * batch commits with the rebuild slot's checkpoint, so an interrupted rebuild can continue.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { type EventFilter, type EventStore, Position, positionToString, type Clock } from '../../src/read-side';
import { AdvisoryLease, rebuildLockKey } from './advisory-lease';
import { applyBatch, FailedEvent } from './batch-applier';
import type { CheckpointRow } from './checkpoint-store';
import { sessionConfigFor } from '../../src/database/dedicated-session';
import { EventBatches } from './event-batches';
import { describeError } from './failure-log';
import { isProcessed } from './position-columns';
import type { Projection } from './projection';
import { filterOf } from './registrations';
import { estimateProgress, RebuildProgress } from './rebuild-progress';
import { swapRebuildIntoLive } from './swap';
import { prepareRebuildSlot } from './table-setup';

export interface RebuildDependencies {
  dataSource: DataSource;
  store: EventStore;
  clock: Clock;
}

export interface RebuildOptions {
  batchSize: number;
  /** Start from zero even when an interrupted rebuild of the same version could continue. Default true. */
  fresh?: boolean;
  signal?: AbortSignal;
  /** Told after every batch; the rebuild waits for it. */
  onProgress?(progress: RebuildProgress): void | Promise<void>;
}

export interface RebuildResult {
  projection: string;
  eventsApplied: number;
  /** The live checkpoint right after the swap. */
  checkpoint: Position | null;
  /** Events applied inside the swap, while the live writer waited. */
  drainedEvents: number;
  elapsedMs: number;
}

export class RebuildAlreadyRunningError extends Error {
  override readonly name = 'RebuildAlreadyRunningError';
  constructor(projection: string) {
    super(`A rebuild of projection "${projection}" is already running`);
  }
}

export class RebuildAbortedError extends Error {
  override readonly name = 'RebuildAbortedError';
  constructor(projection: string) {
    super(`The rebuild of projection "${projection}" was stopped; its tables stay for a later rebuild to continue`);
  }
}

/** The handler threw during the rebuild: nothing was swapped, the live tables are untouched. */
export class RebuildFailedError extends Error {
  override readonly name = 'RebuildFailedError';
  constructor(
    projection: string,
    readonly failed: FailedEvent,
  ) {
    const { event } = failed;
    super(
      `Rebuild of projection "${projection}" failed at event ${event.id} (${event.type}, position ${positionToString(event.position)}): ${describeError(failed.error)}`,
    );
  }
}

/** After reaching the last event it saw, it looks again this many times before swapping anyway: the live writer does the rest. */
const CATCH_UP_ROUNDS = 3;
/** Batches the reader may hold ahead of the one being applied: memory stays bounded by it. */
const READ_AHEAD_BATCHES = 3;

export async function rebuildProjection(
  deps: RebuildDependencies,
  projection: Projection,
  options: RebuildOptions,
): Promise<RebuildResult> {
  const lock = new AdvisoryLease(sessionConfigFor(deps.dataSource, 'urp-projection-rebuild'), rebuildLockKey(projection.name));
  try {
    if (!(await lock.tryAcquire())) throw new RebuildAlreadyRunningError(projection.name);
    const slot = await prepareRebuildSlot(deps.dataSource, projection, options.fresh ?? true);
    return await buildAndSwap(deps, projection, slot, options);
  } finally {
    await lock.release();
  }
}

async function buildAndSwap(
  deps: RebuildDependencies,
  projection: Projection,
  slot: CheckpointRow,
  options: RebuildOptions,
): Promise<RebuildResult> {
  const startedAt = performance.now();
  const filter = filterOf(projection);
  const reader = new EventBatches(
    deps.store.subscribeToAll({ fromPosition: slot.checkpoint ?? 'start', filter }),
    // Room for the next batch to be read while this one is applied (reading is half the work).
    options.batchSize * READ_AHEAD_BATCHES,
  );
  const stop = () => void reader.close();
  options.signal?.addEventListener('abort', stop);
  try {
    const first = await firstMatching(deps.store, filter);
    let checkpoint = slot.checkpoint;
    let eventsApplied = slot.eventsApplied;
    let eventsThisRun = 0;
    for (let round = 0; round < CATCH_UP_ROUNDS; round++) {
      const target = await lastMatching(deps.store, filter);
      if (!target || isProcessed(target, checkpoint)) break;
      while (!isProcessed(target, checkpoint)) {
        const batch = await reader.next(options.batchSize);
        if (!batch || options.signal?.aborted) throw new RebuildAbortedError(projection.name);
        const outcome = await applyBatch(deps.dataSource, { projection, slot: 'rebuild' }, checkpoint, batch, deps.clock);
        checkpoint = outcome.checkpoint;
        eventsApplied += outcome.applied;
        eventsThisRun += outcome.applied;
        if (outcome.failed) throw new RebuildFailedError(projection.name, outcome.failed);
        const elapsedMs = performance.now() - startedAt;
        await options.onProgress?.(
          estimateProgress({ projection: projection.name, eventsApplied, eventsThisRun, elapsedMs, first, checkpoint, target }),
        );
      }
    }
    if (options.signal?.aborted) throw new RebuildAbortedError(projection.name);
    const swap = await swapRebuildIntoLive(
      deps.dataSource,
      projection,
      checkpoint,
      () => reader.takeReady(options.batchSize),
      deps.clock,
    );
    return {
      projection: projection.name,
      eventsApplied: eventsApplied + swap.drainedEvents,
      checkpoint: swap.checkpoint,
      drainedEvents: swap.drainedEvents,
      elapsedMs: performance.now() - startedAt,
    };
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await reader.close();
  }
}

async function firstMatching(store: EventStore, filter: EventFilter | undefined): Promise<Position | null> {
  const [event] = await store.readAll({ direction: 'forwards', fromPosition: 'start', maxCount: 1, filter });
  return event?.position ?? null;
}

async function lastMatching(store: EventStore, filter: EventFilter | undefined): Promise<Position | null> {
  const [event] = await store.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1, filter });
  return event?.position ?? null;
}
