/**
 * Applies one batch of events to one slot of a projection, atomically with its checkpoint.
 *
 * The whole batch goes in one transaction. If the handler throws, that transaction rolls
 * back and the batch is replayed event by event inside a second one, each event behind a
 * savepoint: everything before the failing event commits with the checkpoint just before
 * it (and, for the live slot, the failure record), so a batch never spans a failed event.
 *
 * With `quarantine` set (the live slot as the worker follows the log), a failing event does
 * not stop the projection: its stream is quarantined (see quarantine-log.ts), the event and
 * the rest of that stream's events are parked, and the batch goes on with the other streams;
 * the checkpoint moves past every event of the batch, applied or parked.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent, Position, Clock } from '../../src/read-side';
import { advanceCheckpoint, lockCheckpoint, moveCheckpoint } from './checkpoint-store';
import { recordFailure, resolveFailure } from './failure-log';
import { Backoff, quarantinedStreamNames, quarantineStream } from './quarantine-log';
import { samePosition } from './position-columns';
import type { Projection, ProjectionContext } from './projection';
import { quarantinesStreams } from './registrations';
import { TableSlot, tableResolver } from './table-names';

export interface SlotTarget {
  projection: Projection;
  slot: TableSlot;
  /** Quarantine failing streams instead of stopping (live slot only). */
  quarantine?: Backoff;
}

/**
 * What the live worker knows of its own slot, which saves a batch the statements that would
 * find nothing: only the worker holding the lease quarantines its streams or records its
 * failures, so its own count and its own history are exact (a stale writer is stopped by the
 * checkpoint's fence anyway).
 */
export interface FollowerKnowledge {
  /** Some of its streams are quarantined: the batch must look which of its events to park. */
  streamsQuarantined: boolean;
  /** A failure may still be open (the worker has not passed an event since it started): the batch resolves it. */
  failureMayBeOpen: boolean;
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
  /** Streams this batch newly quarantined (only with `quarantine`). */
  quarantined: FailedEvent[];
  /** Events of quarantined streams this batch skipped, the failing ones included. */
  parked: number;
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
  known?: FollowerKnowledge,
): Promise<BatchOutcome> {
  if (events.length === 0) return { checkpoint: expected, applied: 0, failed: null, quarantined: [], parked: 0 };
  try {
    return await dataSource.transaction((em) => applyWhole(em, target, expected, events, clock, known));
  } catch (error) {
    // Anything but the handler (lost connection, moved checkpoint) is the caller's to handle.
    if (!(error instanceof HandlerError)) throw error;
    // A follower that skips nothing (the hash chain): the batch is retried whole, later, from its checkpoint.
    if (target.slot === 'live' && !quarantinesStreams(target.projection)) throw error.original;
    return dataSource.transaction((em) => applyOneByOne(em, target, expected, events, clock));
  }
}

/**
 * Locks the slot's row and checks it still holds `expected` and the code's version: the
 * fence that keeps a stale writer from applying anything twice. Exported for the swap.
 */
export async function lockExpectedCheckpoint(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  asynchronousCommit = false,
): Promise<void> {
  const row = await lockCheckpoint(em, target.projection.name, target.slot, asynchronousCommit);
  if (!row || row.version !== target.projection.version || !samePosition(row.checkpoint, expected)) {
    throw new CheckpointMovedError(target.projection.name, target.slot);
  }
}

/**
 * A rebuild batch does not wait for its WAL flush (a third of a batch's time on a busy disk).
 * Safe: a crash can lose only the last batches committed, each with its own checkpoint, so the
 * rebuild slot stays consistent and continues from the last one kept; nobody reads the slot
 * before the swap, whose own commit is synchronous and flushes everything before it.
 */
function lockForBatch(em: EntityManager, target: SlotTarget, expected: Position | null): Promise<void> {
  return lockExpectedCheckpoint(em, target, expected, target.slot === 'rebuild');
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
  known: FollowerKnowledge | undefined,
): Promise<BatchOutcome> {
  if (target.slot === 'rebuild' && !target.quarantine) return applyFencedBatch(em, target, expected, events, { streamsQuarantined: false });
  if (known && !known.failureMayBeOpen) return applyFencedBatch(em, target, expected, events, known);
  await lockForBatch(em, target, expected);
  const parked = await parkedStreams(em, target, events);
  const toApply = parked.size === 0 ? events : events.filter((event) => !parked.has(event.streamName));
  try {
    if (toApply.length > 0) await target.projection.apply(toApply, contextFor(em, target));
  } catch (error) {
    throw new HandlerError(error);
  }
  return commitProgress(em, target, expected, events, toApply, null, [], clock);
}

/**
 * A batch with no failure to record or resolve (a rebuild's, or a live one whose worker knows
 * none is open) moves its checkpoint first, in the statement that fences it: BEGIN, the
 * fenced move, the handler's statements, COMMIT (a handler error rolls the move back, and the
 * batch is replayed event by event). Streams are looked up for parking only when some are
 * quarantined.
 */
async function applyFencedBatch(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  events: readonly RecordedEvent[],
  known: Pick<FollowerKnowledge, 'streamsQuarantined'>,
): Promise<BatchOutcome> {
  const { projection } = target;
  const parked = known.streamsQuarantined ? await parkedStreams(em, target, events) : new Set<string>();
  const toApply = parked.size === 0 ? events : events.filter((event) => !parked.has(event.streamName));
  const last = events[events.length - 1].position;
  const slot = { projection: projection.name, slot: target.slot, version: projection.version };
  if (!(await moveCheckpoint(em, slot, expected, last, toApply.length, target.slot === 'rebuild'))) {
    throw new CheckpointMovedError(projection.name, target.slot);
  }
  try {
    if (toApply.length > 0) await projection.apply(toApply, contextFor(em, target));
  } catch (error) {
    throw new HandlerError(error);
  }
  return { checkpoint: last, applied: toApply.length, failed: null, quarantined: [], parked: events.length - toApply.length };
}

/** The streams of the batch already quarantined: their events are parked, not applied. */
async function parkedStreams(em: EntityManager, target: SlotTarget, events: readonly RecordedEvent[]): Promise<Set<string>> {
  if (!target.quarantine) return new Set();
  return quarantinedStreamNames(em, target.projection.name, events.map((event) => event.streamName));
}

async function applyOneByOne(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  events: readonly RecordedEvent[],
  clock: Clock,
): Promise<BatchOutcome> {
  await lockForBatch(em, target, expected);
  const ctx = contextFor(em, target);
  const parked = await parkedStreams(em, target, events);
  const applied: RecordedEvent[] = [];
  const quarantined: FailedEvent[] = [];
  for (const [index, event] of events.entries()) {
    if (parked.has(event.streamName)) continue;
    await em.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      await target.projection.apply([event], ctx);
    } catch (error) {
      await em.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      if (!target.quarantine) {
        return commitProgress(em, target, expected, events.slice(0, index), applied, { event, error }, [], clock);
      }
      await quarantineStream(em, target.projection.name, event, error, clock.now(), target.quarantine);
      parked.add(event.streamName);
      quarantined.push({ event, error });
      continue;
    }
    await em.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    applied.push(event);
  }
  // With nothing quarantined, the whole batch failed at first but not now: the error was not the event's (a deadlock, say).
  return commitProgress(em, target, expected, events, applied, null, quarantined, clock);
}

async function commitProgress(
  em: EntityManager,
  target: SlotTarget,
  expected: Position | null,
  passed: readonly RecordedEvent[],
  applied: readonly RecordedEvent[],
  failed: FailedEvent | null,
  quarantined: FailedEvent[],
  clock: Clock,
): Promise<BatchOutcome> {
  const { name } = target.projection;
  const live = target.slot === 'live';
  // Every event passed is applied or parked: the checkpoint moves past them all.
  const last = passed.at(-1);
  if (last) {
    await advanceCheckpoint(em, name, target.slot, last.position, applied.length);
    // Past the event that once failed: the failure is over, in the same commit.
    if (live) await resolveFailure(em, name, clock.now());
  }
  // A rebuild's failure is reported to whoever runs it; only the live slot's stops the projection.
  if (failed && live) await recordFailure(em, name, failed.event, failed.error, clock.now());
  return {
    checkpoint: last?.position ?? expected,
    applied: applied.length,
    failed,
    quarantined,
    parked: passed.length - applied.length,
  };
}
