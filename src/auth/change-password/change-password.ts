import { BadRequestException } from '@nestjs/common';
import type { CommandContext } from '../../command-handling/command-context';
import { PreconditionFailedError } from '../../command-handling/command-errors';
import { UserRuleError } from '../../domain';
import { WrongExpectedVersionError } from '../../event-store/errors';
import { validationFailed } from '../../http/validation';
import { hashPassword, verifyPassword } from '../password-hash';
import { loadUser } from '../users/user-reads';
import { UserNotFoundError } from '../users/user-errors';
import { userStream } from '../users/user-events';
import { decideForUser } from '../users/user-write-path';
import { UserState } from '../users/user-state';
import type { UserStoreDeps } from '../users/user-store-deps';

/** A wrong current password is a wrong field: the 400 of the validation pipe, naming it. */
export class WrongCurrentPasswordError extends BadRequestException {
  constructor() {
    super(
      validationFailed([
        { field: 'currentPassword', rule: 'matchesCurrentPassword', message: 'currentPassword does not match the current password' },
      ]).getResponse(),
    );
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
  // The decider refuses a wrong verdict, after the write path has looked for an earlier run of
  // the same Idempotency-Key (whose change makes the current password wrong by now).
  const currentPasswordMatches = await verifyPassword(command.currentPassword, user.passwordHash);
  const newPasswordHash = await hashPassword(command.newPassword);
  try {
    return await decideForUser(
      deps,
      { type: 'ChangeUserPassword', actor: context.actor, userId: user.id, currentPasswordMatches, newPasswordHash },
      // The verdict holds for the revision it was checked on: pinned, unless If-Match pins one already.
      { ...context, expectedRevision: context.expectedRevision ?? user.revision },
    );
  } catch (error) {
    if (error instanceof UserRuleError && error.code === 'WRONG_CURRENT_PASSWORD') throw new WrongCurrentPasswordError();
    // Our own pin, not the caller's If-Match: a concurrent change (409), to retry.
    if (error instanceof PreconditionFailedError && context.expectedRevision === undefined) {
      throw new WrongExpectedVersionError(userStream(user.id), user.revision, error.actualRevision);
    }
    throw error;
  }
}
