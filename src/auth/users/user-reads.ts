/**
 * Reads of users straight from their streams: user streams are a handful of events, and
 * reading them on each request means a deactivation or password change takes effect at once
 * in every process, with no cache to invalidate.
 */
import { comparePositions, Position } from '../../event-store/position';
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
  for await (const event of userEvents(store, pageSize)) {
    const events = eventsByStream.get(event.streamName) ?? [];
    events.push(event);
    eventsByStream.set(event.streamName, events);
  }
  return [...eventsByStream.values()]
    .map((events) => foldUser(events))
    .filter((user): user is UserState => user !== null)
    .sort((a, b) => a.username.localeCompare(b.username));
}

async function* userEvents(store: EventStore, pageSize: number): AsyncGenerator<RecordedEvent> {
  let after: Position | null = null;
  for (;;) {
    // fromPosition is inclusive: ask one more and skip the event the previous page ended on.
    const requested: number = after ? pageSize + 1 : pageSize;
    const page = await store.readAll({
      fromPosition: after ?? 'start',
      maxCount: requested,
      filter: { eventTypes: USER_EVENT_TYPES },
    });
    const fresh: RecordedEvent[] = after ? page.filter((event) => comparePositions(event.position, after!) > 0) : page;
    yield* fresh;
    if (page.length < requested || fresh.length === 0) return;
    after = fresh[fresh.length - 1].position;
  }
}
