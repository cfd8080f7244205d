import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError } from '../../event-store/errors';
import type { NewEvent } from '../../event-store/event-store.port';
import { CommandContext, eventMetadata } from '../command-context';
import { ConcurrentUserChangeError, UserNotFoundError } from '../users/user-errors';
import type { UserStoreDeps } from '../users/user-store-deps';
import { loadUser } from '../users/user-reads';
import { USER_DEACTIVATED, UserDeactivatedData, userStream } from '../users/user-events';
import { UserState } from '../users/user-state';

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
  // An admin locking themselves out could leave the office with no admin at all.
  if (command.userId === context.actor.id) throw new SelfDeactivationError();
  const user = await loadUser(deps.eventStore, command.userId);
  if (!user) throw new UserNotFoundError(command.userId);
  if (!user.active) return user;
  const data: UserDeactivatedData = { userId: user.id, ...(command.reason ? { reason: command.reason } : {}) };
  const event: NewEvent = { id: randomUUID(), type: USER_DEACTIVATED, data, metadata: eventMetadata(context, deps.clock) };
  try {
    await deps.eventStore.appendToStream(userStream(user.id), [event], { expectedRevision: user.revision });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) throw new ConcurrentUserChangeError(user.id);
    throw error;
  }
  return (await loadUser(deps.eventStore, user.id))!;
}
