/**
 * Reads of users straight from their streams: user streams are a handful of events, and
 * reading them on each request means a deactivation or password change takes effect at once
 * in every process, with no cache to invalidate.
 */
import { readAllMatching } from '../../event-store/read-all-matching';
import type { EventStore, RecordedEvent } from '../../event-store/event-store.port';
import { USER_EVENT_TYPES, userStream, usernameClaimStream, UsernameClaimedData, USERNAME_CLAIMED } from './user-events';
import { foldUser, UserState } from './user-state';

const DEFAULT_PAGE_SIZE = 500;

export async function loadUser(store: EventStore, userId: string): Promise<UserState | null> {
  return foldUser(await store.readStream(userStream(userId)));
}

/** The user id a username was claimed for, or null when nobody claimed it. */
export async function claimedUserId(store: EventStore, username: string): Promise<string | null> {
  const [claim] = await store.readStream(usernameClaimStream(username), { maxCount: 1 });
  return claim?.type === USERNAME_CLAIMED ? (claim.data as UsernameClaimedData).userId : null;
}

export async function findUserByUsername(store: EventStore, username: string): Promise<UserState | null> {
  const userId = await claimedUserId(store, username);
  return userId ? loadUser(store, userId) : null;
}

/** Every user, folded from one filtered pass over the global log, sorted by username. */
export async function listUsers(store: EventStore, pageSize = DEFAULT_PAGE_SIZE): Promise<UserState[]> {
  const eventsByStream = new Map<string, RecordedEvent[]>();
  for await (const event of readAllMatching(store, { eventTypes: USER_EVENT_TYPES }, pageSize)) {
    const events = eventsByStream.get(event.streamName) ?? [];
    events.push(event);
    eventsByStream.set(event.streamName, events);
  }
  return [...eventsByStream.values()]
    .map((events) => foldUser(events))
    .filter((user): user is UserState => user !== null)
    .sort((a, b) => a.username.localeCompare(b.username));
}

