/**
 * Applies one batch of events to one slot of a projection, atomically with its checkpoint.
 *
 * The whole batch goes in one transaction. If the handler throws, that transaction rolls
 * back and the batch is replayed event by event inside a second one, each event behind a
 * savepoint: everything before the failing event commits with the checkpoint just before
 * it (and, for the live slot, the failure record), so a batch never spans a failed event.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import type { Position } from '../../src/event-store/position';
import type { Clock } from '../../src/shared/clock';
import { advanceCheckpoint, lockCheckpoint } from './checkpoint-store';
import { recordFailure, resolveFailure } from './failure-log';
import { samePosition } from './position-columns';
import type { Projection, ProjectionContext } from './projection';
import { TableSlot, tableResolver } from './table-names';

export interface SlotTarget {
  projection: Projection;
  slot: TableSlot;
}

export interface FailedEvent {
  event: RecordedEvent;
  error: unknown;
}

export interface BatchOutcome {
  /** The last event applied, or the checkpoint the batch started from when none was. */
  checkpoint: Position | null;
  applied: number;
  failed: FailedEvent | null;
}

/**
 * The slot's row no longer says what this writer believed: another writer (a runner that
 * took over the lease, a rebuild swap) moved it. Nothing was written; start again from the row.
 */
export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(projection: string, slot: TableSlot) {
    super(`The ${slot} checkpoint of projection "${projection}" was moved by another writer`);
  }
}

/** Marks an error thrown by the projection's own code, as opposed to the runner's SQL. */
class HandlerError extends Error {
  constructor(readonly original: unknown) {
    super('projection handler failed');
  }
}

const SAVEPOINT = 'projection_event';

export async function applyBatch(
  dataSource: DataSource,
  target: SlotTarget,
  expected: Position | null,
  events: readonly RecordedEvent[],
  clock: Clock,
): Promise<BatchOutcome> {
  if (events.length === 0) return { checkpoint: expected, applied: 0, failed: null };
  try {
    return await dataSource.transaction((em) => applyWhole(em, target, expected, events, clock));
  } catch (error) {
    // Anything but the handler (lost connection, moved checkpoint) is the caller's to handle.
    if (!(error instanceof HandlerError)) throw error;
    return dataSource.transaction((em) => applyOneByOne(em, target, expected, events, clock));
  }
}

/**
 * Locks the slot's row and checks it still holds `expected` and the code's version: the
 * fence that keeps a stale writer from applying anything twice. Exported for the swap.
 */
export async function lockExpectedCheckpoint(em: EntityManager, target: SlotTarget, expected: Position | null): Promise<void> {
  const row = await lockCheckpoint(em, target.projection.name, target.slot);
  if (!row || row.version !== target.projection.version || !samePosition(row.checkpoint, expected)) {
    throw new CheckpointMovedError(target.projection.name, target.slot);
  }
}

export function contextFor(em: EntityManager, target: SlotTarget): ProjectionContext {
  return { em, table: tableResolver(target.projection, target.slot) };
}

async function applyWhole(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  events: readonly RecordedEvent[],
  clock: Clock,
): Promise<BatchOutcome> {
  await lockExpectedCheckpoint(em, target, expected);
  try {
    await target.projection.apply(events, contextFor(em, target));
  } catch (error) {
    throw new HandlerError(error);
  }
  return commitProgress(em, target, expected, events, null, clock);
}

async function applyOneByOne(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  events: readonly RecordedEvent[],
  clock: Clock,
): Promise<BatchOutcome> {
  await lockExpectedCheckpoint(em, target, expected);
  const ctx = contextFor(em, target);
  const applied: RecordedEvent[] = [];
  for (const event of events) {
    await em.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      await target.projection.apply([event], ctx);
    } catch (error) {
      await em.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      return commitProgress(em, target, expected, applied, { event, error }, clock);
    }
    await em.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    applied.push(event);
  }
  // The whole batch failed at first but not now: the error was not the event's (a deadlock, say).
  return commitProgress(em, target, expected, applied, null, clock);
}

async function commitProgress(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  applied: readonly RecordedEvent[],
  failed: FailedEvent | null,
  clock: Clock,
): Promise<BatchOutcome> {
  const { name } = target.projection;
  const live = target.slot === 'live';
  const last = applied.at(-1);
  if (last) {
    await advanceCheckpoint(em, name, target.slot, last.position, applied.length);
    // Past the event that once failed: the failure is over, in the same commit.
    if (live) await resolveFailure(em, name, clock.now());
  }
  // A rebuild's failure is reported to whoever runs it; only the live slot's stops the projection.
  if (failed && live) await recordFailure(em, name, failed.event, failed.error, clock.now());
  return { checkpoint: last?.position ?? expected, applied: applied.length, failed };
}
