import { randomUUID } from 'node:crypto';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { DomainError } from '../../domain/shared/domain-error';
import { WrongExpectedVersionError } from '../../event-store/errors';
import type { NewEvent } from '../../event-store/event-store.port';
import { CommandContext, eventMetadata } from '../../command-handling/command-context';
import { hashPassword } from '../password-hash';
import type { Role } from '../roles';
import { claimedUserId } from '../users/user-reads';
import {
  userStream,
  USERNAME_CLAIMED,
  usernameClaimStream,
  UsernameClaimedData,
} from '../users/user-events';
import { UserState } from '../users/user-state';
import { decideForUser } from '../users/user-write-path';
import { UserRuleError } from '../../domain';
import type { UserStoreDeps } from '../users/user-store-deps';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  sectorId?: string;
  password: string;
}

/** 422 USERNAME_TAKEN, like a taken sector slug: a rule refusal with its code. */
export class UsernameTakenError extends DomainError {
  constructor(readonly username: string) {
    super('USERNAME_TAKEN', `Username "${username}" is already taken`, { username });
  }
}

/** Lowercase only: sign-in lowercases what is typed, so any other username could never sign in. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;

/** The DTO already enforces these rules; this guards callers that bypass it (seeding, CLI). */
export class InvalidUserError extends DomainError {
  constructor(message: string) {
    super('INVALID_VALUE', message);
  }
}

/**
 * Claims the username, then writes UserCreated into the claimed user's stream. The claim is
 * the uniqueness check; the user stream's `no_stream` append decides who owns a claim whose
 * creator died before writing the user, so such a claim is adopted instead of blocking the
 * username forever. With an Idempotency-Key the user id and the claim's event id derive from
 * it, so a retry after a crash finds its own claim and its own UserCreated.
 */
export async function createUser(
  deps: UserStoreDeps,
  command: NewUser,
  context: CommandContext,
): Promise<UserState> {
  assertValidUser(command);
  const passwordHash = await hashPassword(command.password);
  const userId = await claimUsername(deps, command.username, newUserId(context), context);
  try {
    return await decideForUser(
      deps,
      {
        type: 'CreateUser',
        actor: context.actor,
        userId,
        username: command.username,
        displayName: command.displayName,
        role: command.role,
        ...(command.role === 'referent' && command.sectorId ? { sectorId: command.sectorId } : {}),
        passwordHash,
      },
      context,
      { isNew: true },
    );
  } catch (error) {
    // The claimed user already exists: someone else created it first.
    if (error instanceof UserRuleError && error.code === 'USER_ALREADY_EXISTS') throw new UsernameTakenError(command.username);
    throw error;
  }
}

/** The user id that owns the username: ours if the claim is new, the claimer's if it was orphaned. */
async function claimUsername(deps: UserStoreDeps, username: string, userId: string, context: CommandContext): Promise<string> {
  const data: UsernameClaimedData = { username, userId };
  const id = context.idempotencyKey ? deterministicUuid('username-claim', userId) : randomUUID();
  const claim: NewEvent = { id, type: USERNAME_CLAIMED, data, metadata: eventMetadata(context, deps.clock) };
  try {
    await deps.eventStore.appendToStream(usernameClaimStream(username), [claim], { expectedRevision: 'no_stream' });
    return userId;
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
  }
  const claimedBy = await claimedUserId(deps.eventStore, username);
  if (!claimedBy) throw new UsernameTakenError(username);
  // Our own claim, from an earlier run of this Idempotency-Key: the write path answers as then.
  if (claimedBy === userId && context.idempotencyKey) return userId;
  const claimedUserExists = (await deps.eventStore.readStream(userStream(claimedBy), { maxCount: 1 })).length > 0;
  if (claimedUserExists) throw new UsernameTakenError(username);
  return claimedBy;
}

/** A retry with the same Idempotency-Key must address the same streams, so the id derives from the key. */
function newUserId(context: CommandContext): string {
  return context.idempotencyKey ? deterministicUuid('user', context.actor.id, context.idempotencyKey) : randomUUID();
}

function assertValidUser(command: NewUser): void {
  if (!USERNAME_PATTERN.test(command.username)) throw new InvalidUserError(`Invalid username "${command.username}"`);
  if (command.role === 'referent' && !command.sectorId) throw new InvalidUserError('A referent must be bound to a sectorId');
  if (command.role !== 'referent' && command.sectorId) throw new InvalidUserError('Only referents have a sectorId');
}
