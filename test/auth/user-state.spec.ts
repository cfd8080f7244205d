import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { USER_CREATED, USER_DEACTIVATED, USER_PASSWORD_CHANGED } from '../../src/auth/users/user-events';
import { foldUser, toAuthenticatedUser } from '../../src/auth/users/user-state';

const USER_ID = '3f1c8f2e-7a51-4a0e-9a55-0c8d3c1b2a10';

function recorded(type: string, data: unknown, revision: number): RecordedEvent {
  return {
    id: `00000000-0000-4000-8000-00000000000${revision}`,
    type,
    data,
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'system', role: 'system' }, recordedAt: '2025-01-01T00:00:00.000Z', schemaVersion: 1 },
    streamName: `user-${USER_ID}`,
    revision,
    position: { commit: 1, prepare: revision },
    createdAt: new Date(),
  };
}

const created = recorded(
  USER_CREATED,
  { userId: USER_ID, username: 'lbianchi', displayName: 'Lucia Bianchi', role: 'referent', sectorId: 'tributi', passwordHash: 'h0' },
  0,
);

describe('foldUser', () => {
  it('is null without UserCreated', () => {
    expect(foldUser([])).toBeNull();
    expect(foldUser([recorded(USER_DEACTIVATED, { userId: USER_ID }, 0)])).toBeNull();
  });

  it('builds an active user at credential version 0', () => {
    expect(foldUser([created])).toEqual({
      id: USER_ID,
      username: 'lbianchi',
      displayName: 'Lucia Bianchi',
      role: 'referent',
      sectorId: 'tributi',
      passwordHash: 'h0',
      active: true,
      credentialVersion: 0,
      revision: 0,
    });
  });

  it('bumps the credential version on each password change and deactivates', () => {
    const user = foldUser([
      created,
      recorded(USER_PASSWORD_CHANGED, { userId: USER_ID, passwordHash: 'h1' }, 1),
      recorded(USER_PASSWORD_CHANGED, { userId: USER_ID, passwordHash: 'h2' }, 2),
      recorded(USER_DEACTIVATED, { userId: USER_ID }, 3),
    ]);
    expect(user).toMatchObject({ passwordHash: 'h2', credentialVersion: 2, active: false, revision: 3 });
  });

  it('exposes no password hash to request handlers', () => {
    expect(toAuthenticatedUser(foldUser([created])!)).toEqual({
      id: USER_ID,
      username: 'lbianchi',
      displayName: 'Lucia Bianchi',
      role: 'referent',
      sectorId: 'tributi',
    });
  });
});
