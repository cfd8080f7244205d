/**
 * Users are event-sourced: stream `user-<userId>`. Usernames are unique through a claim
 * stream per username, `username-<username>`, that only its first writer can create.
 */
import type { Role } from '../roles';

export const USER_CREATED = 'UserCreated';
export const USER_PASSWORD_CHANGED = 'UserPasswordChanged';
export const USER_DEACTIVATED = 'UserDeactivated';
export const USERNAME_CLAIMED = 'UsernameClaimed';

export const USER_EVENT_TYPES = [USER_CREATED, USER_PASSWORD_CHANGED, USER_DEACTIVATED] as const;

export interface UserCreatedData {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  sectorId?: string;
  passwordHash: string;
}

export interface UserPasswordChangedData {
  userId: string;
  passwordHash: string;
}

export interface UserDeactivatedData {
  userId: string;
  reason?: string;
}

export interface UsernameClaimedData {
  username: string;
  userId: string;
}

export const userStream = (userId: string): string => `user-${userId}`;

export const usernameClaimStream = (username: string): string => `username-${username}`;
