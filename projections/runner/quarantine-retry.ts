/**
 * Retries a projection's quarantined streams whose backoff has run out: replays the parked
 * events of each stream (from the failing revision up to the checkpoint, the types the
 * projection handles) in one transaction fenced by the checkpoint row, like a batch. All
 * apply: the stream leaves quarantine in that commit. One fails: nothing of it is kept, the
 * attempt is counted and the next retry is pushed back.
 */
import type { DataSource } from 'typeorm';
import type { EventStore, RecordedEvent, Position, Clock } from '../../src/read-side';
import { contextFor, lockExpectedCheckpoint, SlotTarget } from './batch-applier';
import { isProcessed } from './position-columns';
import { Backoff, QuarantinedStream, readQuarantinedStreams, recordRetryFailure, releaseStream } from './quarantine-log';

export interface RetryOutcome {
  released: QuarantinedStream[];
  stillQuarantined: { stream: QuarantinedStream; error: unknown }[];
}

const SAVEPOINT = 'quarantine_retry';

export async function retryDueQuarantine(
  deps: { dataSource: DataSource; store: EventStore; clock: Clock },
  target: SlotTarget & { quarantine: Backoff },
  checkpoint: Position | null,
): Promise<RetryOutcome> {
  const outcome: RetryOutcome = { released: [], stillQuarantined: [] };
  const due = await readQuarantinedStreams(deps.dataSource, target.projection.name, deps.clock.now());
  const handles = target.projection.handles && new Set(target.projection.handles);
  for (const stream of due) {
    // Read before the transaction: the batch reader's rule (no store read while holding a checkpoint lock).
    const history = await deps.store.readStream(stream.streamName, { fromRevision: stream.revision });
    const parked = history.filter((event) => (!handles || handles.has(event.type)) && isProcessed(event.position, checkpoint));
    const error = await deps.dataSource.transaction(async (em) => {
      await lockExpectedCheckpoint(em, target, checkpoint);
      await em.query(`SAVEPOINT ${SAVEPOINT}`);
      try {
        if (parked.length > 0) await target.projection.apply(parked, contextFor(em, target));
      } catch (failure) {
        await em.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
        await recordRetryFailure(em, stream, failure, deps.clock.now(), target.quarantine);
        return { failure };
      }
      await em.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      await countApplied(em, target, parked);
      await releaseStream(em, target.projection.name, stream.streamName);
      return null;
    });
    if (error) outcome.stillQuarantined.push({ stream, error: error.failure });
    else outcome.released.push(stream);
  }
  return outcome;
}

async function countApplied(
  em: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  target: SlotTarget,
  events: readonly RecordedEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await em.query(
    'UPDATE projection_checkpoints SET events_applied = events_applied + $3, updated_at = now() WHERE projection = $1 AND slot = $2',
    [target.projection.name, target.slot, events.length],
  );
}
