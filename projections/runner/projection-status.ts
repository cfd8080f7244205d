/**
 * What an operator needs to know about each projection: where it is, how far behind, in
 * what state, and the event that stopped it if one did. Computed from the database (so it
 * tells the truth about a projector running in another process) plus, when this process
 * runs the projections, what its workers are doing.
 */
import type { DataSource } from 'typeorm';
import type { EventStore, LogFollower, Position, Clock } from '../../src/read-side';
import { isLockHeld, PROJECTOR_LEASE_KEY, rebuildLockKey } from './advisory-lease';
import { CheckpointRow, readCheckpoints } from './checkpoint-store';
import { ProjectionFailure, readOpenFailures } from './failure-log';
import type { Projection } from './projection';
import { QuarantinedStream, readAllQuarantinedStreams } from './quarantine-log';
import { measureLag, ProjectionLag } from './projection-lag';
import { FollowerStatus, readFollowersStatus } from './log-followers';
import type { WorkerState } from './projection-worker';

export type ProjectionState = 'running' | 'standby' | 'stopped' | 'failed' | 'rebuilding';

export interface RebuildSlotStatus {
  /** False for a rebuild that was interrupted: its tables wait for `rebuild --resume`. */
  active: boolean;
  version: number;
  checkpoint: Position | null;
  eventsApplied: number;
  startedAt: Date;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  /** Version of the live tables; null before they were first created. */
  storedVersion: number | null;
  state: ProjectionState;
  checkpoint: Position | null;
  eventsApplied: number;
  lag: ProjectionLag;
  failure: ProjectionFailure | null;
  /** Streams whose events are parked behind one the handler failed on; the others proceed. */
  quarantined: QuarantinedStream[];
  rebuild: RebuildSlotStatus | null;
  /** The last error that made this process's worker retry (database unreachable...). */
  lastError: string | null;
}

export interface ProjectionsStatus {
  head: Position | null;
  /** Who holds the projector lease. */
  projector: 'this-process' | 'another-process' | 'none';
  projections: ProjectionStatus[];
  /** The other registrations of the runner (hash chain, deadline timers), from the same checkpoint and quarantine tables. */
  followers: FollowerStatus[];
}

/** What this process's runner knows; null where it does not run projections. */
export interface LocalRunnerView {
  leader: boolean;
  /** 'standby' while waiting for the lease, 'stopped' when not started. */
  runner: 'standby' | 'leader' | 'stopped';
  worker(projection: string): { state: WorkerState; lastError: string | null } | undefined;
}

export interface StatusDependencies {
  dataSource: DataSource;
  store: EventStore;
  clock: Clock;
  lagCountLimit: number;
}

export async function readProjectionsStatus(
  deps: StatusDependencies,
  projections: readonly Projection[],
  followers: readonly LogFollower[],
  local: LocalRunnerView,
): Promise<ProjectionsStatus> {
  const [head, rows, failures, quarantine, leaseHeld] = await Promise.all([
    deps.store.headPosition(),
    readCheckpoints(deps.dataSource),
    readOpenFailures(deps.dataSource),
    readAllQuarantinedStreams(deps.dataSource),
    isLockHeld(deps.dataSource, PROJECTOR_LEASE_KEY),
  ]);
  const projector = local.leader ? 'this-process' : leaseHeld ? 'another-process' : 'none';
  const now = deps.clock.now();
  const statuses = await Promise.all(
    projections.map(async (projection) => {
      const live = rows.find((row) => row.projection === projection.name && row.slot === 'live') ?? null;
      const rebuildRow = rows.find((row) => row.projection === projection.name && row.slot === 'rebuild') ?? null;
      const rebuildActive = rebuildRow !== null && (await isLockHeld(deps.dataSource, rebuildLockKey(projection.name)));
      const worker = local.worker(projection.name);
      const failure = failures.get(projection.name) ?? null;
      const status: ProjectionStatus = {
        name: projection.name,
        version: projection.version,
        storedVersion: live?.version ?? null,
        state: deriveState({ runner: local.runner, worker: worker?.state, failed: failure !== null, rebuildActive, projector }),
        checkpoint: live?.checkpoint ?? null,
        eventsApplied: live?.eventsApplied ?? 0,
        lag: await measureLag(deps.store, projection.handles, live?.checkpoint ?? null, now, deps.lagCountLimit),
        failure,
        quarantined: quarantine.get(projection.name) ?? [],
        rebuild: rebuildRow ? rebuildStatus(rebuildRow, rebuildActive) : null,
        lastError: worker?.lastError ?? null,
      };
      return status;
    }),
  );
  const followerStatuses = await readFollowersStatus(
    { dataSource: deps.dataSource, store: deps.store, now, lagCountLimit: deps.lagCountLimit },
    followers,
    local,
    projector,
  );
  return { head, projector, projections: statuses, followers: followerStatuses };
}

export interface StateInputs {
  runner: LocalRunnerView['runner'];
  worker: WorkerState | undefined;
  /** An open failure is recorded. */
  failed: boolean;
  /** A rebuild holds its lock, in this process or another. */
  rebuildActive: boolean;
  projector: ProjectionsStatus['projector'];
}

/** This process's worker knows best; otherwise the database tells what the projector elsewhere is doing. */
export function deriveState(inputs: StateInputs): ProjectionState {
  if (inputs.worker === 'failed') return 'failed';
  if (inputs.worker === 'rebuilding' || inputs.rebuildActive) return 'rebuilding';
  if (inputs.worker === 'running' || inputs.worker === 'starting') return 'running';
  if (inputs.failed) return 'failed';
  if (inputs.runner === 'standby') return 'standby';
  return inputs.projector === 'another-process' ? 'running' : 'stopped';
}

function rebuildStatus(row: CheckpointRow, active: boolean): RebuildSlotStatus {
  return { active, version: row.version, checkpoint: row.checkpoint, eventsApplied: row.eventsApplied, startedAt: row.startedAt };
}
