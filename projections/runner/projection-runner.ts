/**
 * The one runner that follows the log: every read model and every other registered follower
 * (src/log-following/log-follower.ts: the hash chain, the deadline timers). It holds the
 * projector lease (one writer per database, see advisory-lease.ts); while it does, one
 * ProjectionWorker per registration applies the log in batches, each batch committed with
 * the registration's row of projection_checkpoints. Without the lease it waits in 'standby'
 * and takes over as soon as the holder's session ends.
 */
import type { DataSource } from 'typeorm';
import { type EventStore, FollowerBehindError, type LogFollower, type LogFollowing, type LogFollowingHealth, type Position, Clock, systemClock } from '../../src/read-side';
import { abortableDelay } from './abortable-delay';
import { AdvisoryLease, PROJECTOR_LEASE_KEY } from './advisory-lease';
import { CommitSignal } from './commit-signal';
import { LogWake } from './log-wake';
import { sessionConfigFor } from '../../src/database/dedicated-session';
import { describeError } from './failure-log';
import type { Projection } from './projection';
import { readProjectionsStatus, ProjectionsStatus } from './projection-status';
import { ProjectionWorker } from './projection-worker';
import { ProjectionWaitTimeoutError, waitForPosition } from './position-wait';
import { rebuildProjection, RebuildOptions, RebuildResult } from './rebuild';
import { defaultRunnerLogger, RunnerLogger } from './runner-logger';
import { runnerSettings, RunnerSettings } from './runner-settings';
import { Registration, registrationsOf } from './registrations';
import { assertValidProjections } from './table-names';

export interface ProjectionRunnerDependencies {
  dataSource: DataSource;
  store: EventStore;
  projections: readonly Projection[];
  /** Followers without tables of their own, run beside the projections under the same lease. */
  followers?: readonly LogFollower[];
  clock?: Clock;
  logger?: RunnerLogger;
  settings?: Partial<RunnerSettings>;
}

export type RunnerRole = 'stopped' | 'standby' | 'leader';

export class ProjectionRunner implements LogFollowing {
  readonly settings: RunnerSettings;
  private readonly dataSource: DataSource;
  private readonly store: EventStore;
  private readonly clock: Clock;
  private readonly logger: RunnerLogger;
  private readonly workers = new Map<string, ProjectionWorker>();
  private readonly registrations: Registration[];
  private readonly commits = new CommitSignal();
  private readonly wake: LogWake;
  private readonly lease: AdvisoryLease;
  private currentRole: RunnerRole = 'stopped';
  private abort = new AbortController();
  private leaseLoop: Promise<void> | undefined;
  private wakeLeader: (() => void) | undefined;

  constructor(deps: ProjectionRunnerDependencies) {
    assertValidProjections(deps.projections, deps.followers);
    this.registrations = registrationsOf(deps.projections, deps.followers ?? []);
    this.settings = runnerSettings(deps.settings);
    this.dataSource = deps.dataSource;
    this.store = deps.store;
    this.clock = deps.clock ?? systemClock;
    this.logger = deps.logger ?? defaultRunnerLogger();
    this.wake = new LogWake(deps.dataSource);
    this.lease = new AdvisoryLease(sessionConfigFor(deps.dataSource, 'urp-projector-lease'), PROJECTOR_LEASE_KEY, (reason) =>
      this.leaseLost(reason),
    );
    for (const { runnable } of this.registrations) {
      this.workers.set(
        runnable.name,
        new ProjectionWorker(runnable, {
          dataSource: this.dataSource,
          store: this.store,
          clock: this.clock,
          logger: this.logger,
          settings: this.settings,
          onCommitted: () => {
            this.commits.notify();
            this.wake.afterCommit();
          },
        }),
      );
    }
  }

  get role(): RunnerRole {
    return this.currentRole;
  }

  /** The read models (tables, versions, rebuilds). */
  get projections(): Projection[] {
    return this.registrations.filter(({ kind }) => kind === 'projection').map(({ runnable }) => runnable);
  }

  /** The other followers' names, in registration order. */
  get followers(): string[] {
    return this.registrations.filter(({ kind }) => kind === 'follower').map(({ runnable }) => runnable.name);
  }

  /** Returns at once: the runner stands by until it holds the lease, then projects. */
  start(): void {
    if (this.leaseLoop) return;
    this.abort = new AbortController();
    this.currentRole = 'standby';
    this.leaseLoop = this.holdLease(this.abort.signal);
  }

  /** Lets every batch in flight finish, then releases the lease. */
  async stop(): Promise<void> {
    if (!this.leaseLoop) return;
    this.abort.abort();
    await this.leaseLoop;
    this.leaseLoop = undefined;
    this.currentRole = 'stopped';
  }

  /** Restarts a projection stopped by a failing event, from its checkpoint (after a fix). */
  resume(projection: string): void {
    const worker = this.worker(projection);
    if (this.currentRole !== 'leader') {
      throw new Error(`This process does not hold the projector lease: resume "${projection}" where the projector runs`);
    }
    worker.start();
  }

  /** Rebuilds one projection from zero beside its live tables, then swaps (see rebuild.ts). */
  async rebuild(projection: string, options: Partial<RebuildOptions> = {}): Promise<RebuildResult> {
    const { projection: target } = this.worker(projection);
    if (!this.projections.includes(target)) throw new Error(`"${projection}" is a log follower without tables: it is never rebuilt`);
    return rebuildProjection(
      { dataSource: this.dataSource, store: this.store, clock: this.clock },
      target,
      { batchSize: this.settings.rebuildBatchSize, ...options },
    );
  }

  status(): Promise<ProjectionsStatus> {
    return readProjectionsStatus(
      { dataSource: this.dataSource, store: this.store, clock: this.clock, lagCountLimit: this.settings.lagCountLimit },
      this.projections,
      this.registrations.filter(({ kind }) => kind === 'follower').map(({ runnable }) => runnable),
      {
        leader: this.currentRole === 'leader',
        runner: this.currentRole,
        worker: (name) => {
          if (this.currentRole !== 'leader') return undefined;
          const worker = this.workers.get(name);
          return worker && { state: worker.state, lastError: worker.lastError };
        },
      },
    );
  }

  /**
   * Resolves once the projections (all, or those named) have applied every event of theirs
   * up to `position`; rejects on timeout, or at once if one of them is stopped by a failure.
   */
  waitForPosition(position: Position, timeoutMs: number, projections?: readonly string[]): Promise<void> {
    // By default the read models (read-your-writes); the other followers when named.
    const selected = projections ? projections.map((name) => this.worker(name).projection) : this.projections;
    return waitForPosition(
      {
        dataSource: this.dataSource,
        store: this.store,
        commits: this.commits,
        pollMs: this.settings.waitPollMs,
        retriesHere: (name) => this.currentRole !== 'stopped' && this.workers.get(name)?.state !== 'failed',
      },
      selected,
      position,
      timeoutMs,
    );
  }

  /** LogFollowing: the follower has applied the log as it stands now, wherever the runner holding the lease is. */
  async caughtUp(follower: string, timeoutMs: number): Promise<void> {
    const head = await this.store.headPosition();
    if (!head) return;
    try {
      await this.waitForPosition(head, timeoutMs, [follower]);
    } catch (error) {
      throw error instanceof ProjectionWaitTimeoutError ? new FollowerBehindError(follower, timeoutMs) : error;
    }
  }

  async health(): Promise<LogFollowingHealth> {
    const status = await this.status();
    // An open failure counts even while the worker is up: it is stuck retrying that event.
    const failed = status.projections.filter((projection) => projection.state === 'failed' || projection.failure !== null).map((projection) => projection.name);
    // Stuck: this process's worker keeps failing its batch (the database refuses it...) while events wait behind its
    // checkpoint. The hash chain, the case timers and the outbox have no failed state of their own (a bad event
    // parks its case and the others go on), so this is how one of them that cannot move shows.
    const stuck = [...status.projections, ...status.followers].flatMap((follower) =>
      follower.lastError !== null && follower.lag.events > 0 ? [{ name: follower.name, lastError: follower.lastError }] : [],
    );
    return { projector: status.projector, failed, stuck };
  }

  private worker(projection: string): ProjectionWorker {
    const worker = this.workers.get(projection);
    if (!worker) throw new Error(`Unknown projection "${projection}"`);
    return worker;
  }

  private async holdLease(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      if (await this.tryAcquireLease()) await this.lead(signal);
      if (!signal.aborted) await abortableDelay(this.settings.leaseRetryMs, signal);
    }
    await this.lease.release();
  }

  private async tryAcquireLease(): Promise<boolean> {
    try {
      return await this.lease.tryAcquire();
    } catch (error) {
      this.logger.warn(`Cannot reach the database for the projector lease: ${describeError(error)}`);
      await this.lease.release();
      return false;
    }
  }

  /** Runs the workers until the lease is lost or the runner stops. */
  private async lead(signal: AbortSignal): Promise<void> {
    this.currentRole = 'leader';
    this.logger.log(`Projector lease taken: running ${[...this.workers.keys()].join(', ')}`);
    for (const worker of this.workers.values()) worker.start();
    while (!signal.aborted && this.lease.isHeld) {
      await this.leaseCheckPause(signal);
      if (!signal.aborted) await this.lease.confirm();
    }
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    this.currentRole = signal.aborted ? 'stopped' : 'standby';
  }

  /** Waits for the next heartbeat; a lost lease or a stop cuts it short. */
  private async leaseCheckPause(signal: AbortSignal): Promise<void> {
    const pause = new AbortController();
    const endPause = () => pause.abort();
    signal.addEventListener('abort', endPause);
    this.wakeLeader = endPause;
    if (this.lease.isHeld) await abortableDelay(this.settings.leaseCheckMs, pause.signal);
    this.wakeLeader = undefined;
    signal.removeEventListener('abort', endPause);
  }

  private leaseLost(reason: string): void {
    this.logger.warn(`Projector lease lost (${reason}): stopping the projections, standing by`);
    this.wakeLeader?.();
  }
}
