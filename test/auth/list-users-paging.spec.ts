import type { EventStore, ReadAllOptions, RecordedEvent } from '../../src/event-store/event-store.port';
import { comparePositions } from '../../src/event-store/position';
import { USER_CREATED, USER_DEACTIVATED, USER_PASSWORD_CHANGED } from '../../src/auth/users/user-events';
import { listUsers } from '../../src/auth/users/user-reads';

/** readAll over an array, with the port's semantics: forwards, inclusive fromPosition, maxCount, type filter. */
function logOf(events: RecordedEvent[]): EventStore {
  const readAll = async (options: ReadAllOptions = {}) => {
    const from = options.fromPosition;
    const types = options.filter && 'eventTypes' in options.filter ? options.filter.eventTypes : undefined;
    return events
      .filter((e) => typeof from !== 'object' || comparePositions(e.position, from) >= 0)
      .filter((e) => !types || types.includes(e.type))
      .slice(0, options.maxCount);
  };
  return { readAll } as unknown as EventStore;
}

function event(type: string, userId: string, username: string, prepare: number): RecordedEvent {
  return {
    id: `id-${prepare}`,
    type,
    data: { userId, username, displayName: username, role: 'operator', passwordHash: 'h' },
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 's', role: 'system' }, recordedAt: '', schemaVersion: 1 },
    streamName: `user-${userId}`,
    revision: type === USER_CREATED ? 0 : 1,
    position: { commit: 7, prepare },
    createdAt: new Date(0),
  };
}

describe('listUsers paging over the global log', () => {
  const events = [
    event(USER_CREATED, 'u3', 'carla', 1),
    event('SomethingElse', 'x', 'x', 2),
    event(USER_CREATED, 'u1', 'anna', 3),
    event(USER_CREATED, 'u2', 'bruno', 4),
    event(USER_DEACTIVATED, 'u1', 'anna', 5),
    event(USER_PASSWORD_CHANGED, 'u2', 'bruno', 6),
  ];

  it.each([1, 2, 3, 4, 500])('returns every user exactly once with pages of %i', async (pageSize) => {
    const users = await listUsers(logOf(events), pageSize);
    // A page boundary event read twice would count bruno's password change twice.
    expect(users.map((u) => [u.username, u.active, u.credentialVersion])).toEqual([
      ['anna', false, 0],
      ['bruno', true, 1],
      ['carla', true, 0],
    ]);
  });

  it('returns nothing for an empty log', async () => {
    await expect(listUsers(logOf([]), 2)).resolves.toEqual([]);
  });
});
