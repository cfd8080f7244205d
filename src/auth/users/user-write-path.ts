import { PersistentConflictError, PreconditionFailedError } from '../../command-handling/command-errors';
import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { userDecider, UserRuleError, type UserCommand, type UserRecordState } from '../../domain';
import type { CommandContext } from '../../command-handling/command-context';
import { userStream } from './user-events';
import { ConcurrentUserChangeError, UserNotFoundError } from './user-errors';
import type { UserState } from './user-state';
import type { UserStoreDeps } from './user-store-deps';

/**
 * The user commands' way to the store: the shared write path (DecideAndAppend: read, fold,
 * decide with the user decider, append with the revision read, retry on conflict), usable
 * outside Nest too (seeding). `seenRevision` pins the decision to the state the caller
 * checked (the current password was verified against it): a change since is a conflict.
 */
export async function decideForUser(
  deps: UserStoreDeps,
  commandName: string,
  command: UserCommand,
  context: CommandContext,
  options: { seenRevision?: number; isNew?: boolean } = {},
): Promise<UserState> {
  const executor = new DecideAndAppend(deps.eventStore, deps.clock);
  try {
    const result = await executor.execute({
      stream: userStream(command.userId),
      decider: userDecider,
      decide: (state) => userDecider.decide(command, state),
      context: { commandName, actor: context.actor, correlationId: context.correlationId, expectedRevision: options.seenRevision },
      expectNew: options.isNew,
    });
    return toUserState(result.state, result.revision, command.userId);
  } catch (error) {
    if (error instanceof UserRuleError && error.code === 'USER_NOT_FOUND') throw new UserNotFoundError(command.userId);
    if (error instanceof PersistentConflictError || error instanceof PreconditionFailedError) {
      throw new ConcurrentUserChangeError(command.userId);
    }
    throw error;
  }
}

function toUserState(state: UserRecordState, revision: number, userId: string): UserState {
  if (state.status === 'none') throw new UserNotFoundError(userId);
  return {
    id: state.userId,
    username: state.username,
    displayName: state.displayName,
    role: state.role,
    ...(state.sectorId ? { sectorId: state.sectorId } : {}),
    passwordHash: state.passwordHash,
    active: state.status === 'active',
    credentialVersion: state.credentialVersion,
    revision,
  };
}
