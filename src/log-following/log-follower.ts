/**
 * One way to follow the event log: a follower registers with the log runner
 * (projections/runner), which holds the one lease, reads the log in batches and keeps every
 * follower's position in the one checkpoint table (projection_checkpoints). Read models
 * (projections/runner/projection.ts) are followers with tables of their own; the write
 * side's followers (the hash chain, the deadline timers) are followers too, registered by
 * the composition root, so src/ never depends on the runner.
 *
 * The commit contract: `apply` runs inside the runner's transaction, the one that also moves
 * the follower's checkpoint past the batch. Whatever it writes through `ctx.em` commits with
 * the checkpoint or not at all: exactly once. A rolled-back batch is applied again, so
 * `apply` keeps no state of its own between calls. A follower that must act outside the
 * database (send a message) records the intent through `ctx.em` and acts after the commit,
 * or makes the outside act idempotent by the event's id: the batch may be applied again.
 */
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store/event-store.port';

export interface FollowerContext {
  /** The batch's transaction: the checkpoint moves in it too. */
  em: EntityManager;
}

/**
 * What a throwing `apply` means.
 * - 'quarantine-stream': the event's stream is parked and retried with backoff, the others
 *   go on (read models: one bad case must not stop the queue).
 * - 'retry-batch': nothing is skipped; the batch is rolled back and tried again after a pause
 *   (followers whose order is their guarantee, like the hash chain, or that quarantine their
 *   own subjects inside `apply`, like the deadline timers).
 */
export type FollowerFailurePolicy = 'quarantine-stream' | 'retry-batch';

export interface LogFollower {
  /** Unique, [a-z][a-z0-9_]*: its row in projection_checkpoints and its name on the status view. */
  readonly name: string;
  /** Event types it reads (the subscription filter); absent: every event of the log. */
  readonly handles?: readonly string[];
  /** Default 'quarantine-stream'. */
  readonly onFailure?: FollowerFailurePolicy;
  /** Its name in follower_quarantine when `apply` quarantines subjects of its own (counted on the status view). */
  readonly quarantineName?: string;
  /** Applies a batch in global order, inside the runner's transaction (see the commit contract above). */
  apply(events: readonly RecordedEvent[], ctx: FollowerContext): Promise<void>;
}

/** The followers registered beside the read models, as the runner got them (the composition root lists them). */
export const LOG_FOLLOWERS = Symbol('LOG_FOLLOWERS');

/** What readiness needs to know of the log's followers (the runner answers from its status view). */
export interface LogFollowingHealth {
  /** Who holds the projector lease. */
  projector: 'this-process' | 'another-process' | 'none';
  /** Projections failed, or held by an open failure: some read endpoint serves stale data until it is resolved. */
  failed: string[];
  /** Followers whose worker keeps failing its batch while events wait behind its checkpoint. */
  stuck: { name: string; lastError: string }[];
}

/**
 * Lets a write-side service wait for a follower to have applied the log as it stands now,
 * whichever process runs it (the check reads the checkpoint table), and readiness ask whether
 * every follower can move. The runner provides it.
 */
export interface LogFollowing {
  /** Resolves once `follower` has applied every event of its up to the log's head at the call; rejects after `timeoutMs`. */
  caughtUp(follower: string, timeoutMs: number): Promise<void>;
  health(): Promise<LogFollowingHealth>;
}

export const LOG_FOLLOWING = Symbol('LOG_FOLLOWING');

/** A follower did not reach the log's head in time: no runner holds the lease, or it is far behind. */
export class FollowerBehindError extends Error {
  override readonly name = 'FollowerBehindError';
  constructor(follower: string, timeoutMs: number) {
    super(
      `Log follower "${follower}" did not reach the end of the log within ${timeoutMs} ms: ` +
        "the log runner follows it in a process with URP_MODE 'all' or 'projections' (see GET /api/v1/projections/status)",
    );
  }
}
