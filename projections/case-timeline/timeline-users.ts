/** Staff names for the timeline's "who", from the users' own events (never their password hashes). */
import type { EntityManager } from 'typeorm';
import { USER_CREATED, type UserCreatedData, type RecordedEvent } from '../../src/read-side';
import { insertRecords } from '../shared/recordsets';

export const USER_NAME_EVENT_TYPES = [USER_CREATED] as const;

interface UserRecord {
  user_id: string;
  display_name: string;
  role: string;
}

/** One record per user (an upsert may not touch a row twice). */
export function usersIn(events: readonly RecordedEvent[]): UserRecord[] {
  const users = new Map<string, UserRecord>();
  for (const event of events) {
    if (event.type !== USER_CREATED) continue;
    const { userId, displayName, role } = event.data as UserCreatedData;
    users.set(userId, { user_id: userId, display_name: displayName, role });
  }
  return [...users.values()];
}

export function saveUsers(em: EntityManager, table: string, users: readonly UserRecord[]): Promise<void> {
  return insertRecords(
    em,
    table,
    [
      { column: 'user_id', type: 'text' },
      { column: 'display_name', type: 'text' },
      { column: 'role', type: 'text' },
    ],
    users as unknown as Record<string, unknown>[],
    { update: ['user_id'] },
  );
}
