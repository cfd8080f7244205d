/** The status as JSON for the HTTP endpoint and the CLI: positions as "commit/prepare", like /health. */
import { Position, positionToString } from '../../src/read-side';
import type { FollowerState } from './log-followers';
import type { ProjectionsStatus, ProjectionState } from './projection-status';

export interface ProjectionStatusResponse {
  name: string;
  version: number;
  storedVersion: number | null;
  state: ProjectionState;
  checkpoint: string | null;
  eventsApplied: number;
  lag: { events: number; eventsExact: boolean; ms: number };
  failure: {
    position: string;
    eventId: string;
    eventType: string;
    streamName: string;
    errorMessage: string;
    attempts: number;
    firstFailedAt: string;
    lastFailedAt: string;
  } | null;
  /** Streams in quarantine: the event the handler failed on; it and the stream's later events wait for a retry. */
  quarantined: {
    streamName: string;
    position: string;
    eventId: string;
    eventType: string;
    revision: number;
    errorMessage: string;
    attempts: number;
    firstFailedAt: string;
    lastFailedAt: string;
    nextRetryAt: string;
  }[];
  rebuild: { active: boolean; version: number; checkpoint: string | null; eventsApplied: number; startedAt: string } | null;
  lastError: string | null;
}

export interface ProjectionsStatusResponse {
  head: string | null;
  projector: ProjectionsStatus['projector'];
  projections: ProjectionStatusResponse[];
  followers: {
    name: string;
    state: FollowerState;
    checkpoint: string | null;
    eventsApplied: number;
    updatedAt: string | null;
    lag: { events: number; eventsExact: boolean; ms: number };
    quarantined: number;
    lastError: string | null;
  }[];
}

export function toStatusResponse(status: ProjectionsStatus): ProjectionsStatusResponse {
  return {
    head: text(status.head),
    projector: status.projector,
    projections: status.projections.map((projection) => ({
      name: projection.name,
      version: projection.version,
      storedVersion: projection.storedVersion,
      state: projection.state,
      checkpoint: text(projection.checkpoint),
      eventsApplied: projection.eventsApplied,
      lag: projection.lag,
      failure: projection.failure && {
        position: positionToString(projection.failure.position),
        eventId: projection.failure.eventId,
        eventType: projection.failure.eventType,
        streamName: projection.failure.streamName,
        errorMessage: projection.failure.errorMessage,
        attempts: projection.failure.attempts,
        firstFailedAt: projection.failure.firstFailedAt.toISOString(),
        lastFailedAt: projection.failure.lastFailedAt.toISOString(),
      },
      quarantined: projection.quarantined.map((stream) => ({
        streamName: stream.streamName,
        position: positionToString(stream.position),
        eventId: stream.eventId,
        eventType: stream.eventType,
        revision: stream.revision,
        errorMessage: stream.errorMessage,
        attempts: stream.attempts,
        firstFailedAt: stream.firstFailedAt.toISOString(),
        lastFailedAt: stream.lastFailedAt.toISOString(),
        nextRetryAt: stream.nextRetryAt.toISOString(),
      })),
      rebuild: projection.rebuild && {
        active: projection.rebuild.active,
        version: projection.rebuild.version,
        checkpoint: text(projection.rebuild.checkpoint),
        eventsApplied: projection.rebuild.eventsApplied,
        startedAt: projection.rebuild.startedAt.toISOString(),
      },
      lastError: projection.lastError,
    })),
    followers: status.followers.map((follower) => ({
      name: follower.name,
      state: follower.state,
      checkpoint: text(follower.checkpoint),
      eventsApplied: follower.eventsApplied,
      updatedAt: follower.updatedAt?.toISOString() ?? null,
      lag: follower.lag,
      quarantined: follower.quarantined,
      lastError: follower.lastError,
    })),
  };
}

function text(position: Position | null): string | null {
  return position ? positionToString(position) : null;
}
