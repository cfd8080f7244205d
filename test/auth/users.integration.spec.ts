import { randomUUID } from 'node:crypto';
import { newCommandContext, SYSTEM_ACTOR } from '../../src/command-handling/command-context';
import { createUser, InvalidUserError, UsernameTakenError } from '../../src/auth/create-user/create-user';
import type { UserStoreDeps } from '../../src/auth/users/user-store-deps';
import { deactivateUser } from '../../src/auth/deactivate-user/deactivate-user';
import { changePassword, WrongCurrentPasswordError } from '../../src/auth/change-password/change-password';
import { ensureDemoUsers } from '../../src/auth/demo/ensure-demo-users';
import { verifyPassword } from '../../src/auth/password-hash';
import { findUserByUsername, listUsers, loadUser } from '../../src/auth/users/user-reads';
import { USER_CREATED, USERNAME_CLAIMED, usernameClaimStream, userStream } from '../../src/auth/users/user-events';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

const ADMIN = { id: '00000000-0000-4000-8000-0000000000ad', role: 'admin' as const };

describe('event-sourced users on PostgreSQL', () => {
  let database: TestDatabase;
  let deps: UserStoreDeps;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    deps = {
      eventStore: createPostgresEventStore({ connectionString: database.url, maxConnections: 4 }),
      clock: new ManualClock('2025-02-03T08:30:00.000Z'),
    };
  });

  afterAll(async () => {
    await deps?.eventStore.close();
    await database?.dispose();
  });

  const context = () => newCommandContext('users-spec', ADMIN, 'corr-1');

  it('creates a user as a claim plus a UserCreated, with full metadata and a salted scrypt hash', async () => {
    const user = await createUser(deps, { username: 'gverdi', displayName: 'Giulia Verdi', role: 'referent', sectorId: 'tributi', password: 'password-1' }, context());

    const [claim] = await deps.eventStore.readStream(usernameClaimStream('gverdi'));
    expect(claim).toMatchObject({ type: USERNAME_CLAIMED, data: { username: 'gverdi', userId: user.id } });
    const [created] = await deps.eventStore.readStream(userStream(user.id));
    expect(created.type).toBe(USER_CREATED);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.data).toMatchObject({ userId: user.id, username: 'gverdi', displayName: 'Giulia Verdi', role: 'referent', sectorId: 'tributi' });
    expect(created.metadata).toEqual({
      correlationId: 'corr-1',
      causationId: expect.any(String),
      actor: ADMIN,
      recordedAt: '2025-02-03T08:30:00.000Z',
      schemaVersion: 1,
    });
    const hash = (created.data as { passwordHash: string }).passwordHash;
    expect(hash).toMatch(/^scrypt\$N=\d+,r=\d+,p=\d+\$/);
    await expect(verifyPassword('password-1', hash)).resolves.toBe(true);
  });

  it('lets only one of two concurrent creations have a username', async () => {
    const attempts = await Promise.allSettled([
      createUser(deps, { username: 'twin', displayName: 'A', role: 'operator', password: 'password-a' }, context()),
      createUser(deps, { username: 'twin', displayName: 'B', role: 'operator', password: 'password-b' }, context()),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const rejected = attempts.find((a) => a.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(UsernameTakenError);
    await expect(createUser(deps, { username: 'twin', displayName: 'C', role: 'operator', password: 'password-c' }, context())).rejects.toThrow(
      UsernameTakenError,
    );
  });

  it('refuses usernames that could never sign in and referents without a sector, writing nothing', async () => {
    const before = await deps.eventStore.readAll({ maxCount: 10000 });
    await expect(createUser(deps, { username: 'Referent-Tributi', displayName: 'X', role: 'operator', password: 'p' }, context())).rejects.toThrow(
      InvalidUserError,
    );
    await expect(createUser(deps, { username: 'nosector', displayName: 'X', role: 'referent', password: 'p' }, context())).rejects.toThrow(
      InvalidUserError,
    );
    expect(await deps.eventStore.readAll({ maxCount: 10000 })).toHaveLength(before.length);
  });

  it('adopts a claim whose creator died before writing the user', async () => {
    const orphanId = randomUUID();
    await deps.eventStore.appendToStream(usernameClaimStream('orphan'), [
      {
        id: randomUUID(),
        type: USERNAME_CLAIMED,
        data: { username: 'orphan', userId: orphanId },
        metadata: { correlationId: 'c', causationId: 'c', actor: ADMIN, recordedAt: '2025-01-01T00:00:00.000Z', schemaVersion: 1 },
      },
    ]);
    const user = await createUser(deps, { username: 'orphan', displayName: 'Orfano', role: 'auditor', password: 'password-o' }, context());
    expect(user.id).toBe(orphanId);
    expect((await findUserByUsername(deps.eventStore, 'orphan'))?.displayName).toBe('Orfano');
  });

  it('changes passwords and deactivates users through events', async () => {
    const user = await createUser(deps, { username: 'pwchange', displayName: 'P', role: 'manager', password: 'old-password' }, context());
    await expect(changePassword(deps, { userId: user.id, currentPassword: 'wrong-one', newPassword: 'new-password' }, context())).rejects.toThrow(
      WrongCurrentPasswordError,
    );
    const changed = await changePassword(deps, { userId: user.id, currentPassword: 'old-password', newPassword: 'new-password' }, context());
    expect(changed.credentialVersion).toBe(1);
    await expect(verifyPassword('new-password', changed.passwordHash)).resolves.toBe(true);

    await expect(deactivateUser(deps, { userId: ADMIN.id }, context())).rejects.toMatchObject({ code: 'SELF_DEACTIVATION' });
    await expect(deactivateUser(deps, { userId: randomUUID() }, context())).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    const deactivated = await deactivateUser(deps, { userId: user.id, reason: 'left' }, context());
    expect(deactivated.active).toBe(false);
    await deactivateUser(deps, { userId: user.id }, context());
    expect(await deps.eventStore.readStream(userStream(user.id))).toHaveLength(3);
  });

  it('ensures demo users idempotently: each role and one referent per sector, password demo', async () => {
    const sectors = [
      { id: 'a1b2c3d4-0000-4000-8000-000000000001', slug: 'lavori-pubblici' },
      { id: 'a1b2c3d4-0000-4000-8000-000000000002', slug: 'tributi' },
    ];
    const first = await ensureDemoUsers(deps, sectors);
    expect(first.map((u) => [u.username, u.role, u.sectorId])).toEqual([
      ['operator', 'operator', undefined],
      ['manager', 'manager', undefined],
      ['auditor', 'auditor', undefined],
      ['admin', 'admin', undefined],
      ['referent-lavori-pubblici', 'referent', sectors[0].id],
      ['referent-tributi', 'referent', sectors[1].id],
    ]);
    expect(first.every((u) => u.password === 'demo')).toBe(true);
    const admin = await loadUser(deps.eventStore, first[3].id);
    await expect(verifyPassword('demo', admin!.passwordHash)).resolves.toBe(true);
    expect((await deps.eventStore.readStream(userStream(first[3].id)))[0].metadata.actor).toEqual(SYSTEM_ACTOR);

    const eventsBefore = await deps.eventStore.readAll({ maxCount: 10000 });
    const again = await Promise.all([ensureDemoUsers(deps, sectors), ensureDemoUsers(deps, sectors)]);
    expect(again[0]).toEqual(first);
    expect(again[1]).toEqual(first);
    expect(await deps.eventStore.readAll({ maxCount: 10000 })).toHaveLength(eventsBefore.length);
  });

  it('lists every user across pages of the global log, sorted by username', async () => {
    const all = await listUsers(deps.eventStore);
    const paged = await listUsers(deps.eventStore, 1);
    expect(paged).toEqual(all);
    expect(all.map((u) => u.username)).toEqual([...all.map((u) => u.username)].sort((a, b) => a.localeCompare(b)));
    expect(all.map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'gverdi', 'orphan', 'pwchange', 'referent-tributi', 'twin']),
    );
    expect(all.find((u) => u.username === 'pwchange')).toMatchObject({ active: false, credentialVersion: 1 });
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
  });
});
