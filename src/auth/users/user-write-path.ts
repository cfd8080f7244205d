import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { userDecider, type UserCommand, type UserRecordState } from '../../domain';
import type { CommandContext } from '../../command-handling/command-context';
import { userStream } from './user-events';
import { UserNotFoundError } from './user-errors';
import type { UserState } from './user-state';
import type { UserStoreDeps } from './user-store-deps';

/**
 * The user commands' way to the store: the shared write path (DecideAndAppend: read, fold,
 * decide with the user decider, append with the revision read, retry on conflict; the
 * Idempotency-Key gives the event ids, If-Match pins the revision), usable outside Nest too
 * (seeding). Its errors (UserRuleError, 409, 412) go to the one HTTP mapping as they are.
 */
export async function decideForUser(
  deps: UserStoreDeps,
  command: UserCommand,
  context: CommandContext,
  options: { isNew?: boolean } = {},
): Promise<UserState> {
  const executor = deps.decideAndAppend ?? new DecideAndAppend(deps.eventStore, deps.clock);
  const result = await executor.execute({
    stream: userStream(command.userId),
    decider: userDecider,
    decide: (state) => userDecider.decide(command, state),
    context,
    expectNew: options.isNew,
  });
  return toUserState(result.state, result.revision, command.userId);
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
