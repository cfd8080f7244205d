import type { CommandContext } from '../../command-handling/command-context';
import type { UserStoreDeps } from '../users/user-store-deps';
import { UserState } from '../users/user-state';
import { decideForUser } from '../users/user-write-path';

/**
 * Idempotent: deactivating an inactive user appends nothing. Their tokens stop working at once.
 * Refusals are the decider's: USER_NOT_FOUND (404), SELF_DEACTIVATION (422).
 */
export async function deactivateUser(
  deps: UserStoreDeps,
  command: { userId: string; reason?: string },
  context: CommandContext,
): Promise<UserState> {
  return decideForUser(
    deps,
    { type: 'DeactivateUser', actor: context.actor, userId: command.userId, ...(command.reason ? { reason: command.reason } : {}) },
    context,
  );
}
