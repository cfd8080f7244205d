import type { RecordedEvent } from '../../event-store/event-store.port';
import type { AuthenticatedUser } from '../authenticated-user';
import type { Role } from '../roles';
import {
  USER_CREATED,
  USER_DEACTIVATED,
  USER_PASSWORD_CHANGED,
  UserCreatedData,
  UserPasswordChangedData,
} from './user-events';

export interface UserState {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  sectorId?: string;
  passwordHash: string;
  active: boolean;
  /** Bumped by every password change: tokens carry it, so older tokens stop working. */
  credentialVersion: number;
  /** Revision of the stream's last event, for optimistic concurrency. */
  revision: number;
}

/** The user as its events say, or null when the stream has no UserCreated. */
export function foldUser(events: readonly RecordedEvent[]): UserState | null {
  return events.reduce<UserState | null>(applyUserEvent, null);
}

function applyUserEvent(state: UserState | null, event: RecordedEvent): UserState | null {
  if (event.type === USER_CREATED) {
    const data = event.data as UserCreatedData;
    return {
      id: data.userId,
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      ...(data.sectorId ? { sectorId: data.sectorId } : {}),
      passwordHash: data.passwordHash,
      active: true,
      credentialVersion: 0,
      revision: event.revision,
    };
  }
  if (!state) return null;
  if (event.type === USER_PASSWORD_CHANGED) {
    const data = event.data as UserPasswordChangedData;
    return { ...state, passwordHash: data.passwordHash, credentialVersion: state.credentialVersion + 1, revision: event.revision };
  }
  if (event.type === USER_DEACTIVATED) return { ...state, active: false, revision: event.revision };
  return { ...state, revision: event.revision };
}

export function toAuthenticatedUser(user: UserState): AuthenticatedUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    ...(user.sectorId ? { sectorId: user.sectorId } : {}),
  };
}
