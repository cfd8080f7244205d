/**
 * The followers of the log that are not read models: they keep their position in the same
 * checkpoint table (projection_checkpoints, see migration 1796250700000) and their failing
 * subjects in the same quarantine table (follower_quarantine), so the status view lists
 * them beside the projections. Described here by what the view needs, never imported from
 * their modules: the read side knows the tables and the contracts only.
 */
import { CASE_STREAM_PREFIX, type EventFilter, type EventStore, type Position } from '../../src/read-side';
import type { DataSource } from 'typeorm';
import { positionFromColumns } from './position-columns';
import { measureLag, ProjectionLag } from './projection-lag';

export interface LogFollower {
  /** Its row in projection_checkpoints. */
  name: string;
  /** The events it reads (none: every event). */
  filter?: EventFilter;
  /** Its name in follower_quarantine, when it quarantines subjects. */
  quarantineName?: string;
  /** The single-bigint advisory lock its writer holds while it runs, when it has one. */
  leaseKey?: string;
  /** How it runs when it has no lease of its own. */
  runs?: 'on-tick';
}

export const LOG_FOLLOWERS: readonly LogFollower[] = [
  // The deadline process manager folds the case events at the start of every tick.
  { name: 'case_timers', filter: { streamPrefixes: [CASE_STREAM_PREFIX] }, quarantineName: 'deadlines', runs: 'on-tick' },
  // The hash chainer (src/audit/hash-chain/chainer-session.ts holds this key).
  { name: 'hash_chain', leaseKey: '8462950222037870958' },
];

export type FollowerState = 'running' | 'stopped' | 'on-tick' | 'not-installed';

export interface FollowerStatus {
  name: string;
  state: FollowerState;
  checkpoint: Position | null;
  eventsApplied: number;
  updatedAt: Date | null;
  lag: ProjectionLag;
  /** Subjects (cases...) it has parked behind a failure; the others proceed. */
  quarantined: number;
}

interface Row {
  checkpoint_commit: string | null;
  checkpoint_prepare: string | null;
  events_applied: string;
  updated_at: Date;
}

export async function readFollowersStatus(
  deps: { dataSource: DataSource; store: EventStore; now: Date; lagCountLimit: number },
  followers: readonly LogFollower[] = LOG_FOLLOWERS,
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
      return {
        name: follower.name,
        state: row ? await stateOf(deps.dataSource, follower) : 'not-installed',
        checkpoint,
        eventsApplied: row ? Number(row.events_applied) : 0,
        updatedAt: row?.updated_at ?? null,
        lag: await measureLag(deps.store, follower.filter, checkpoint, deps.now, deps.lagCountLimit),
        quarantined: quarantine.n,
      };
    }),
  );
}

async function stateOf(db: DataSource, follower: LogFollower): Promise<FollowerState> {
  if (!follower.leaseKey) return follower.runs ?? 'stopped';
  // pg_locks shows a single-bigint advisory key as classid (high half), objid (low half), objsubid 1.
  const [{ held }] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted
       AND classid = ($1::bigint >> 32)::oid AND objid = ($1::bigint & 4294967295)::oid
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS held`,
    [follower.leaseKey],
  );
  return held ? 'running' : 'stopped';
}
