import { UserRuleError } from '../../domain';
import type { CommandContext } from '../../command-handling/command-context';
import type { UserStoreDeps } from '../users/user-store-deps';
import { UserState } from '../users/user-state';
import { decideForUser } from '../users/user-write-path';

export class SelfDeactivationError extends Error {
  override readonly name = 'SelfDeactivationError';
  constructor() {
    super('You cannot deactivate your own account');
  }
}

/** Idempotent: deactivating an inactive user appends nothing. Their tokens stop working at once. */
export async function deactivateUser(
  deps: UserStoreDeps,
  command: { userId: string; reason?: string },
  context: CommandContext,
): Promise<UserState> {
  try {
    return await decideForUser(
      deps,
      'deactivate-user',
      { type: 'DeactivateUser', actor: context.actor, userId: command.userId, ...(command.reason ? { reason: command.reason } : {}) },
      context,
    );
  } catch (error) {
    if (error instanceof UserRuleError && error.code === 'SELF_DEACTIVATION') throw new SelfDeactivationError();
    throw error;
  }
}
