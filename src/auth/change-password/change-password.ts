import type { CommandContext } from '../../command-handling/command-context';
import { hashPassword, verifyPassword } from '../password-hash';
import { loadUser } from '../users/user-reads';
import { UserNotFoundError } from '../users/user-errors';
import { decideForUser } from '../users/user-write-path';
import { UserState } from '../users/user-state';
import type { UserStoreDeps } from '../users/user-store-deps';

export class WrongCurrentPasswordError extends Error {
  override readonly name = 'WrongCurrentPasswordError';
  constructor() {
    super('currentPassword does not match the current password');
  }
}

/** Users change their own password; every token issued before stops working. */
export async function changePassword(
  deps: UserStoreDeps,
  command: { userId: string; currentPassword: string; newPassword: string },
  context: CommandContext,
): Promise<UserState> {
  const user = await loadUser(deps.eventStore, command.userId);
  if (!user || !user.active) throw new UserNotFoundError(command.userId);
  // Hashing is I/O-heavy and not the decider's business: it gets the verdict and the new hash.
  const currentPasswordMatches = await verifyPassword(command.currentPassword, user.passwordHash);
  if (!currentPasswordMatches) throw new WrongCurrentPasswordError();
  return decideForUser(
    deps,
    'change-password',
    {
      type: 'ChangeUserPassword',
      actor: context.actor,
      userId: user.id,
      currentPasswordMatches,
      newPasswordHash: await hashPassword(command.newPassword),
    },
    context,
    { seenRevision: user.revision },
  );
}
