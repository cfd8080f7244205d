/**
 * waitForPosition: resolves once every selected projection has applied all of its events
 * up to a position (typically the one an append just returned: read-your-writes).
 *
 * A projection's checkpoint only moves on the event types it handles, so "caught up with
 * P" means: checkpoint >= P, or no event it handles lies between its checkpoint and P.
 * The check reads the database, so it also works when the projector runs in another process.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { type EventStore, comparePositions, Position, positionToString } from '../../src/read-side';
import { readCheckpoints } from './checkpoint-store';
import { CommitSignal } from './commit-signal';
import { ProjectionFailure, readOpenFailures } from './failure-log';
import { isProcessed } from './position-columns';
import type { Projection } from './projection';
import { filterOf } from './registrations';

export class ProjectionWaitTimeoutError extends Error {
  override readonly name = 'ProjectionWaitTimeoutError';
  constructor(position: Position, timeoutMs: number, behind: readonly string[]) {
    super(`Projections ${behind.join(', ')} did not reach position ${positionToString(position)} within ${timeoutMs} ms`);
  }
}

/** A projection the caller waits for is stopped on a failing event before the position: it will not get there by itself. */
export class ProjectionFailedError extends Error {
  override readonly name = 'ProjectionFailedError';
  constructor(readonly failure: ProjectionFailure) {
    super(
      `Projection "${failure.projection}" is stopped at event ${failure.eventId} (${failure.eventType}, position ${positionToString(failure.position)}): ${failure.errorMessage}`,
    );
  }
}

export interface PositionWaitDependencies {
  dataSource: DataSource;
  store: EventStore;
  commits: CommitSignal;
  pollMs: number;
  /**
   * Whether this process runs (or, once it holds the lease, will run) the projection and has
   * not seen it fail: an open failure is then about to be retried, not final.
   */
  retriesHere(projection: string): boolean;
}

export async function waitForPosition(
  deps: PositionWaitDependencies,
  projections: readonly Projection[],
  position: Position,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    // Listen before checking: a commit between the check and the wait must still wake us.
    const commit = deps.commits.next();
    try {
      const behind = await projectionsBehind(deps, projections, position);
      if (behind.length === 0) return;
      const stopped = behind.find(({ projection, failure }) => failure && !deps.retriesHere(projection.name));
      if (stopped?.failure) throw new ProjectionFailedError(stopped.failure);
      const left = deadline - performance.now();
      if (left <= 0) throw new ProjectionWaitTimeoutError(position, timeoutMs, behind.map(({ projection }) => projection.name));
      await wakeOrTimeout(commit.promise, Math.min(deps.pollMs, left));
    } finally {
      commit.cancel();
    }
  }
}

interface Behind {
  projection: Projection;
  failure: ProjectionFailure | undefined;
}

async function projectionsBehind(
  deps: PositionWaitDependencies,
  projections: readonly Projection[],
  position: Position,
): Promise<Behind[]> {
  const [rows, failures, head] = await Promise.all([
    readCheckpoints(deps.dataSource),
    readOpenFailures(deps.dataSource),
    deps.store.headPosition(),
  ]);
  // An event committed but not yet visible to readers of the log (see the store's stable
  // horizon) is not "absent": until the head covers the position, only checkpoints can tell.
  const logCoversPosition = head !== null && comparePositions(head, position) >= 0;
  const behind: Behind[] = [];
  for (const projection of projections) {
    const live = rows.find((row) => row.projection === projection.name && row.slot === 'live');
    const checkpoint = live?.checkpoint ?? null;
    const caughtUp =
      live?.version === projection.version &&
      (isProcessed(position, checkpoint) ||
        (logCoversPosition && !(await hasEventUpTo(deps.store, projection, checkpoint, position))));
    if (!caughtUp) behind.push({ projection, failure: failures.get(projection.name) });
  }
  return behind;
}

/** Is there an event the projection handles after its checkpoint and at or before `position`? */
async function hasEventUpTo(store: EventStore, projection: Projection, checkpoint: Position | null, position: Position): Promise<boolean> {
  const page = await store.readAll({ fromPosition: checkpoint ?? 'start', maxCount: 2, filter: filterOf(projection) });
  const next = page.find((event) => !isProcessed(event.position, checkpoint));
  return next !== undefined && comparePositions(next.position, position) <= 0;
}

function wakeOrTimeout(wake: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([wake, timeout]).finally(() => clearTimeout(timer));
}
