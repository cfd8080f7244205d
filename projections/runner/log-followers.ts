/**
 * The status of the followers that are not read models (the hash chain, the deadline timers):
 * registrations of the same runner, so the same checkpoint table, the same lease and, for
 * the subjects they quarantine themselves, the same quarantine table. Listed under
 * `followers` on the status view, from the database (true of a runner in another process)
 * and, where this process runs them, from its workers.
 */
import type { EventStore, LogFollower, Position } from '../../src/read-side';
import type { DataSource } from 'typeorm';
import { positionFromColumns } from './position-columns';
import { measureLag, ProjectionLag } from './projection-lag';
import { deriveState, type LocalRunnerView, type ProjectionState, type ProjectionsStatus } from './projection-status';
import { filterOf } from './registrations';

export type FollowerState = ProjectionState | 'not-installed';

export interface FollowerStatus {
  name: string;
  state: FollowerState;
  checkpoint: Position | null;
  eventsApplied: number;
  updatedAt: Date | null;
  lag: ProjectionLag;
  /** Subjects (cases...) it has parked behind a failure; the others proceed. */
  quarantined: number;
  /** The last error that made this process's worker retry the batch. */
  lastError: string | null;
}

interface Row {
  checkpoint_commit: string | null;
  checkpoint_prepare: string | null;
  events_applied: string;
  updated_at: Date;
}

export async function readFollowersStatus(
  deps: { dataSource: DataSource; store: EventStore; now: Date; lagCountLimit: number },
  followers: readonly LogFollower[],
  local: LocalRunnerView,
  projector: ProjectionsStatus['projector'],
): Promise<FollowerStatus[]> {
  return Promise.all(
    followers.map(async (follower) => {
      const [row] = (await deps.dataSource.query(
        `SELECT checkpoint_commit, checkpoint_prepare, events_applied, updated_at FROM projection_checkpoints
         WHERE projection = $1 AND slot = 'live'`,
        [follower.name],
      )) as Row[];
      const checkpoint = row ? positionFromColumns(row.checkpoint_commit, row.checkpoint_prepare) : null;
      const [quarantine] = follower.quarantineName
        ? await deps.dataSource.query('SELECT count(*)::int AS n FROM follower_quarantine WHERE follower = $1', [follower.quarantineName])
        : [{ n: 0 }];
      const worker = local.worker(follower.name);
      return {
        name: follower.name,
        state: row ? deriveState({ runner: local.runner, worker: worker?.state, failed: false, rebuildActive: false, projector }) : 'not-installed',
        checkpoint,
        eventsApplied: row ? Number(row.events_applied) : 0,
        updatedAt: row?.updated_at ?? null,
        lag: await measureLag(deps.store, filterOf(follower), checkpoint, deps.now, deps.lagCountLimit),
        quarantined: quarantine.n,
        lastError: worker?.lastError ?? null,
      };
    }),
  );
}
