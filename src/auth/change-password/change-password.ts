import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError } from '../../event-store/errors';
import type { NewEvent } from '../../event-store/event-store.port';
import { CommandContext, eventMetadata } from '../command-context';
import { hashPassword, verifyPassword } from '../password-hash';
import { loadUser } from '../users/user-reads';
import { USER_PASSWORD_CHANGED, UserPasswordChangedData, userStream } from '../users/user-events';
import { ConcurrentUserChangeError, UserNotFoundError } from '../users/user-errors';
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
  if (!(await verifyPassword(command.currentPassword, user.passwordHash))) throw new WrongCurrentPasswordError();
  const data: UserPasswordChangedData = { userId: user.id, passwordHash: await hashPassword(command.newPassword) };
  const event: NewEvent = { id: randomUUID(), type: USER_PASSWORD_CHANGED, data, metadata: eventMetadata(context, deps.clock) };
  try {
    await deps.eventStore.appendToStream(userStream(user.id), [event], { expectedRevision: user.revision });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) throw new ConcurrentUserChangeError(user.id);
    throw error;
  }
  return (await loadUser(deps.eventStore, user.id))!;
}
