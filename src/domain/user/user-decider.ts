/**
 * Users as a decider, like cases, sectors and the charter: pure functions over the user's
 * stream (`user-<id>`). What needs I/O stays outside: infrastructure hashes passwords and
 * checks the current one (scrypt), then passes the hash and the verdict in the command;
 * the uniqueness of usernames is a claim stream written before (src/auth/create-user).
 */
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export type UserRole = 'operator' | 'manager' | 'auditor' | 'admin' | 'referent';

export type UserEvent =
  | {
      type: 'UserCreated';
      data: { userId: string; username: string; displayName: string; role: UserRole; sectorId?: string; passwordHash: string };
    }
  | { type: 'UserPasswordChanged'; data: { userId: string; passwordHash: string } }
  | { type: 'UserDeactivated'; data: { userId: string; reason?: string } };

interface UserActor {
  id: string;
  role: string;
}

export type UserCommand =
  | ({ type: 'CreateUser'; actor: UserActor } & Extract<UserEvent, { type: 'UserCreated' }>['data'])
  | { type: 'ChangeUserPassword'; actor: UserActor; userId: string; currentPasswordMatches: boolean; newPasswordHash: string }
  | { type: 'DeactivateUser'; actor: UserActor; userId: string; reason?: string };

export type UserRecordState =
  | { status: 'none' }
  | {
      status: 'active' | 'inactive';
      userId: string;
      username: string;
      displayName: string;
      role: UserRole;
      sectorId?: string;
      passwordHash: string;
      credentialVersion: number;
    };

export type UserRuleCode = 'USER_NOT_FOUND' | 'USER_ALREADY_EXISTS' | 'WRONG_CURRENT_PASSWORD' | 'SELF_DEACTIVATION';

/** A user command refused by a rule: a DomainError like every decider's, mapped to HTTP in one place. */
export class UserRuleError extends DomainError {
  declare readonly code: UserRuleCode;

  constructor(code: UserRuleCode, message: string) {
    super(code, message);
  }
}

export const initialUserState = (): UserRecordState => ({ status: 'none' });

export function decideUser(command: UserCommand, state: UserRecordState): UserEvent[] {
  switch (command.type) {
    case 'CreateUser': {
      if (state.status !== 'none') throw new UserRuleError('USER_ALREADY_EXISTS', `User ${command.userId} already exists`);
      const { userId, username, displayName, role, sectorId, passwordHash } = command;
      const created: UserEvent = {
        type: 'UserCreated',
        data: { userId, username, displayName, role, ...(role === 'referent' && sectorId ? { sectorId } : {}), passwordHash },
      };
      return [created];
    }
    case 'ChangeUserPassword': {
      if (state.status !== 'active') throw new UserRuleError('USER_NOT_FOUND', `User ${command.userId} does not exist`);
      if (!command.currentPasswordMatches) {
        throw new UserRuleError('WRONG_CURRENT_PASSWORD', 'currentPassword does not match the current password');
      }
      return [{ type: 'UserPasswordChanged', data: { userId: command.userId, passwordHash: command.newPasswordHash } }];
    }
    case 'DeactivateUser': {
      // An admin locking themselves out could leave the office with no admin at all.
      if (command.userId === command.actor.id) throw new UserRuleError('SELF_DEACTIVATION', 'You cannot deactivate your own account');
      if (state.status === 'none') throw new UserRuleError('USER_NOT_FOUND', `User ${command.userId} does not exist`);
      if (state.status === 'inactive') return [];
      return [{ type: 'UserDeactivated', data: { userId: command.userId, ...(command.reason ? { reason: command.reason } : {}) } }];
    }
  }
}

export function evolveUser(state: UserRecordState, event: UserEvent): UserRecordState {
  switch (event.type) {
    case 'UserCreated':
      return { status: 'active', ...event.data, credentialVersion: 0 };
    case 'UserPasswordChanged':
      return state.status === 'none' ? state : { ...state, passwordHash: event.data.passwordHash, credentialVersion: state.credentialVersion + 1 };
    case 'UserDeactivated':
      return state.status === 'none' ? state : { ...state, status: 'inactive' };
    default:
      return state;
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserRecordState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};
