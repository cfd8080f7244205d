/**
 * Everything the runner follows, read models and the other followers alike, as one list
 * of registrations. A follower without tables (the hash chain, the deadline timers) runs
 * through the same worker, batcher, lease and checkpoint table as a projection: seen as a
 * projection whose tables are none and whose version never changes, so it is never rebuilt.
 */
import type { EventFilter, LogFollower } from '../../src/read-side';
import type { Projection } from './projection';

/** The version of a follower's checkpoint row (migration 1796250700000 created them at 1). */
export const FOLLOWER_VERSION = 1;

export interface Registration {
  /** What the worker drives. */
  runnable: Projection;
  /** A read model (tables, versions, rebuilds) or a follower writing elsewhere. */
  kind: 'projection' | 'follower';
}

export function isProjection(follower: LogFollower): follower is Projection {
  return 'tables' in follower && 'createTables' in follower && 'version' in follower;
}

export function registrationsOf(projections: readonly Projection[], followers: readonly LogFollower[]): Registration[] {
  return [
    ...projections.map((projection) => ({ runnable: projection, kind: 'projection' as const })),
    ...followers.map((follower) => ({ runnable: followerAsProjection(follower), kind: 'follower' as const })),
  ];
}

function followerAsProjection(follower: LogFollower): Projection {
  return {
    name: follower.name,
    handles: follower.handles,
    onFailure: follower.onFailure,
    quarantineName: follower.quarantineName,
    version: FOLLOWER_VERSION,
    tables: [],
    createTables: async () => undefined,
    apply: (events, ctx) => follower.apply(events, { em: ctx.em }),
  };
}

/** The subscription filter of a registration: its event types, or every event. */
export function filterOf(follower: LogFollower): EventFilter | undefined {
  return follower.handles ? { eventTypes: follower.handles } : undefined;
}

/** Whether a handler failure parks the event's stream (read models) or retries the batch. */
export function quarantinesStreams(follower: LogFollower): boolean {
  return (follower.onFailure ?? 'quarantine-stream') === 'quarantine-stream';
}
