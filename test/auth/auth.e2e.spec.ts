import { INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { AuthGuard } from '../../src/auth/access/auth.guard';
import { DemoUser, ensureDemoUsers } from '../../src/auth/demo/ensure-demo-users';
import { usernameClaimStream } from '../../src/auth/users/user-events';
import { configureHttp } from '../../src/app';
import { deactivateUser } from '../../src/auth/deactivate-user/deactivate-user';
import { newCommandContext } from '../../src/command-handling/command-context';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { citizenStream, PERSONAL_DATA_ERASED } from '../../src/personal-data/erasure/personal-data-erased.event';
import { CitizenIds } from '../../src/personal-data/citizen-id/citizen-ids';
import { PersonalDataModule } from '../../src/personal-data/personal-data.module';
import { PersonalDataVault } from '../../src/personal-data/vault/personal-data-vault';
import { ERASED } from '../../src/personal-data/erased';
import { CLOCK, ManualClock } from '../../src/shared/clock';
import { authAppImports } from '../support/auth-app-imports';
import { provisionTestDatabase, TestDatabase } from '../support/database';

const JWT_SECRET = 'e2e-jwt-secret-long-enough';
const TTL_SECONDS = 3600;

describe('auth and erasure over HTTP', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let eventStore: EventStore;
  let demo: DemoUser[];
  const clock = new ManualClock('2025-04-01T10:00:00.000Z');

  beforeAll(async () => {
    database = await provisionTestDatabase();

    const moduleRef = await Test.createTestingModule({
      imports: [
        ...authAppImports({ databaseUrl: database.url, clock, auth: { jwtSecret: JWT_SECRET, tokenTtlSeconds: TTL_SECONDS } }),
        PersonalDataModule.register({ citizenIdSecret: 'e2e-citizen-id-secret', keyEncryptionKey: 'e2e-key-encryption-key-0123' }),
      ],
      providers: [{ provide: APP_GUARD, useExisting: AuthGuard }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error'] });
    configureHttp(app);
    await app.init();
    eventStore = app.get(EVENT_STORE);
    demo = await ensureDemoUsers({ eventStore, clock }, [{ id: 'b7a1c2d3-0000-4000-8000-000000000001', slug: 'tributi' }]);
  });

  afterAll(async () => {
    await app?.close();
    await eventStore?.close();
    await database?.dispose();
  });

  const http = () => request(app.getHttpServer());

  async function tokenFor(username: string, password = 'demo'): Promise<string> {
    const response = await http().post('/api/v1/auth/token').send({ username, password }).expect(200);
    return response.body.accessToken;
  }

  function violationsOf(body: { violations?: { field: string; rule: string }[] }): string[] {
    return (body.violations ?? []).map((v) => `${v.field}:${v.rule}`);
  }

  describe('POST /api/v1/auth/token', () => {
    it('issues a bearer token with the user', async () => {
      const response = await http().post('/api/v1/auth/token').send({ username: 'referent-tributi', password: 'demo' }).expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: TTL_SECONDS,
        user: {
          id: demo.find((u) => u.username === 'referent-tributi')!.id,
          username: 'referent-tributi',
          displayName: 'Referente tributi (demo)',
          role: 'referent',
          sectorId: 'b7a1c2d3-0000-4000-8000-000000000001',
        },
      });
      const [header, payload] = (response.body.accessToken as string)
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
      expect(header.alg).toBe('HS256');
      expect(payload.exp - payload.iat).toBe(TTL_SECONDS);
      expect(payload.iat).toBe(Date.parse('2025-04-01T10:00:00.000Z') / 1000);
    });

    it('answers 401 with one generic message for a wrong password or an unknown user', async () => {
      const wrong = await http().post('/api/v1/auth/token').send({ username: 'admin', password: 'nope' }).expect(401);
      const unknown = await http().post('/api/v1/auth/token').send({ username: 'nobody', password: 'demo' }).expect(401);
      expect(wrong.body.message).toBe('Invalid username or password');
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('answers 400 naming the missing field', async () => {
      const response = await http().post('/api/v1/auth/token').send({ username: 'admin' }).expect(400);
      expect(violationsOf(response.body)).toContain('password:isNotEmpty');
    });
  });

  describe('the guard', () => {
    it('refuses a request without a token, with a garbage token, or with a token signed by another key', async () => {
      const missing = await http().get('/api/v1/users').expect(401);
      expect(missing.headers['www-authenticate']).toBe('Bearer');
      await http().get('/api/v1/users').set('Authorization', 'Bearer not.a.token').expect(401);
      const adminId = demo.find((u) => u.username === 'admin')!.id;
      const claims = { sub: adminId, ver: 0, iat: Date.parse('2025-04-01T10:00:00.000Z') / 1000 };
      const genuine = new JwtService({ secret: JWT_SECRET }).sign(claims, { algorithm: 'HS256', expiresIn: 60 });
      await http().get('/api/v1/users').set('Authorization', `Bearer ${genuine}`).expect(200);
      const forged = new JwtService({ secret: 'some-other-secret-entirely' }).sign(claims, { algorithm: 'HS256', expiresIn: 60 });
      await http().get('/api/v1/users').set('Authorization', `Bearer ${forged}`).expect(401);
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, exp: claims.iat + 60 })}.`;
      await http().get('/api/v1/users').set('Authorization', `Bearer ${unsigned}`).expect(401);
      const staleVersion = new JwtService({ secret: JWT_SECRET }).sign({ ...claims, ver: 1 }, { algorithm: 'HS256', expiresIn: 60 });
      await http().get('/api/v1/users').set('Authorization', `Bearer ${staleVersion}`).expect(401);
    });

    it('answers 403 naming the required roles', async () => {
      const token = await tokenFor('operator');
      const response = await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`).expect(403);
      expect(response.body.message).toBe('This action requires one of the roles: admin');
    });

    it('refuses tokens once expired by the injected clock', async () => {
      const token = await tokenFor('admin');
      await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`).expect(200);
      clock.advance((TTL_SECONDS + 1) * 1000);
      try {
        await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`).expect(401);
      } finally {
        clock.advance(-(TTL_SECONDS + 1) * 1000);
      }
    });
  });

  describe('users', () => {
    it('lets an admin create a user who can then sign in, and list users', async () => {
      const admin = await tokenFor('admin');
      const created = await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .set('X-Correlation-Id', 'e2e-create-1')
        .send({ username: 'mrossi', displayName: 'Mario Rossi', password: 'segreta-123', role: 'operator' })
        .expect(201);
      expect(created.body).toEqual({ id: expect.any(String), username: 'mrossi', displayName: 'Mario Rossi', role: 'operator', revision: 0 });
      expect(created.headers.etag).toBe('"0"');

      const [event] = await eventStore.readStream(`user-${created.body.id}`);
      expect(event.metadata).toMatchObject({
        correlationId: 'e2e-create-1',
        actor: { id: demo.find((u) => u.username === 'admin')!.id, role: 'admin' },
      });

      const login = await http().post('/api/v1/auth/token').send({ username: 'mrossi', password: 'segreta-123' }).expect(200);
      expect(login.body.user.role).toBe('operator');

      const list = await http().get('/api/v1/users').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(list.body.map((u: { username: string }) => u.username)).toEqual(
        ['admin', 'auditor', 'manager', 'mrossi', 'operator', 'referent-tributi'],
      );
      expect(JSON.stringify(list.body)).not.toContain('scrypt');
    });

    it('refuses a taken username as a rule, 422 USERNAME_TAKEN', async () => {
      const admin = await tokenFor('admin');
      const response = await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ username: 'operator', displayName: 'Altro', password: 'segreta-123', role: 'operator' })
        .expect(422);
      expect(response.body).toMatchObject({ code: 'USERNAME_TAKEN', message: 'Username "operator" is already taken' });
    });

    it('answers a retried creation with its first answer, and refuses the key for another body', async () => {
      const admin = await tokenFor('admin');
      const body = { username: 'retried', displayName: 'Ritentato', password: 'segreta-retry-1', role: 'operator' };
      const send = (payload: Record<string, unknown>) =>
        http().post('/api/v1/users').set('Authorization', `Bearer ${admin}`).set('Idempotency-Key', 'create-retried-0001').send(payload);
      const first = await send(body).expect(201);
      const eventsAfterFirst = (await eventStore.readAll({ maxCount: 10000 })).length;
      const retry = await send(body).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect((await eventStore.readAll({ maxCount: 10000 })).length).toBe(eventsAfterFirst);

      // Another password alone makes another request: its fingerprint differs, yet stores no password.
      const reused = await send({ ...body, password: 'segreta-retry-2' }).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await tokenFor('retried', 'segreta-retry-1');
      const stored = JSON.stringify(await app.get(DataSource).query('SELECT * FROM command_answers'));
      expect(stored).toContain(first.body.id);
      for (const secret of ['segreta-retry-1', 'segreta-retry-2', 'scrypt']) expect(stored).not.toContain(secret);
    });

    it('answers 400 naming each field and rule, and changes nothing', async () => {
      const admin = await tokenFor('admin');
      const before = await eventStore.readAll({ maxCount: 10000 });
      const cases: [Record<string, unknown>, string][] = [
        [{ username: 'Bad Name', displayName: 'X', password: 'segreta-123', role: 'operator' }, 'username:matches'],
        [{ username: 'shortpw', displayName: 'X', password: 'short', role: 'operator' }, 'password:minLength'],
        [{ username: 'badrole', displayName: 'X', password: 'segreta-123', role: 'citizen' }, 'role:isIn'],
        [{ username: 'nosector', displayName: 'X', password: 'segreta-123', role: 'referent' }, 'sectorId:sectorIdMatchesRole'],
        [{ username: 'extrasector', displayName: 'X', password: 'segreta-123', role: 'manager', sectorId: 's' }, 'sectorId:sectorIdMatchesRole'],
        [{ username: 'unknownfield', displayName: 'X', password: 'segreta-123', role: 'operator', admin: true }, 'admin:whitelistValidation'],
      ];
      for (const [body, violation] of cases) {
        const response = await http().post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send(body).expect(400);
        expect(violationsOf(response.body)).toContain(violation);
        expect(response.body.message).toContain(violation.split(':')[0]);
      }
      expect(await eventStore.readAll({ maxCount: 10000 })).toHaveLength(before.length);
      expect(await eventStore.readStream(usernameClaimStream('nosector'))).toEqual([]);
    });

    it('refuses user creation to non-admins', async () => {
      const manager = await tokenFor('manager');
      await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${manager}`)
        .send({ username: 'sneaky', displayName: 'X', password: 'segreta-123', role: 'admin' })
        .expect(403);
      expect(await eventStore.readStream(usernameClaimStream('sneaky'))).toEqual([]);
    });

    it('refuses the tokens of a user deactivated by another process, once the log brings the deactivation', async () => {
      const admin = await tokenFor('admin');
      await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ username: 'elsewhere', displayName: 'Altrove', password: 'segreta-123', role: 'operator' })
        .expect(201);
      const token = await tokenFor('elsewhere', 'segreta-123');
      const list = await http().get('/api/v1/users').set('Authorization', `Bearer ${admin}`).expect(200);
      const userId = list.body.find((u: { username: string }) => u.username === 'elsewhere').id;
      // Authenticated (403: an operator may not list users), not refused.
      expect((await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`)).status).not.toBe(401);
      // Another process (a CLI, another API instance): straight to the store, not through this app.
      await deactivateUser({ eventStore, clock: app.get(CLOCK) }, { userId }, newCommandContext('deactivate-user', { id: 'cli-admin', role: 'admin' }));
      let status = 0;
      for (let waited = 0; waited < 5_000 && status !== 401; waited += 20) {
        status = (await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`)).status;
        if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(401);
    });

    it("refuses a deactivated user's tokens and sign-in", async () => {
      const admin = await tokenFor('admin');
      await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ username: 'leaving', displayName: 'In uscita', password: 'segreta-123', role: 'admin' })
        .expect(201);
      const token = await tokenFor('leaving', 'segreta-123');
      const list = await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`).expect(200);
      const userId = list.body.find((u: { username: string }) => u.username === 'leaving').id;

      const self = await http().post(`/api/v1/users/${userId}/deactivation`).set('Authorization', `Bearer ${token}`).send({}).expect(422);
      expect(self.body).toMatchObject({ code: 'SELF_DEACTIVATION', message: 'You cannot deactivate your own account' });
      const deactivation = () =>
        http().post(`/api/v1/users/${userId}/deactivation`).set('Authorization', `Bearer ${admin}`).set('Idempotency-Key', 'deactivate-leaving-1');
      const stale = await deactivation().set('If-Match', '"7"').send({ reason: 'Trasferito' }).expect(412);
      expect(stale.body).toMatchObject({ code: 'REVISION_MISMATCH', currentRevision: 0 });
      const response = await deactivation().set('If-Match', '"0"').send({ reason: 'Trasferito' }).expect(200);
      expect(response.body).toMatchObject({ username: 'leaving', active: false, revision: 1 });
      expect(response.headers.etag).toBe('"1"');
      // The retry gets the first answer, even though the revision moved on; another body may not reuse the key.
      expect((await deactivation().set('If-Match', '"0"').send({ reason: 'Trasferito' }).expect(200)).body).toEqual(response.body);
      expect((await deactivation().send({ reason: 'Altro' }).expect(422)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await eventStore.readStream(`user-${userId}`)).toHaveLength(2);

      await http().get('/api/v1/users').set('Authorization', `Bearer ${token}`).expect(401);
      await http().post('/api/v1/auth/token').send({ username: 'leaving', password: 'segreta-123' }).expect(401);
      const unknown = await http().post(`/api/v1/users/${randomUUID()}/deactivation`).set('Authorization', `Bearer ${admin}`).send({}).expect(404);
      expect(unknown.body.code).toBe('USER_NOT_FOUND');
      const bad = await http().post('/api/v1/users/not-a-uuid/deactivation').set('Authorization', `Bearer ${admin}`).send({}).expect(400);
      expect(violationsOf(bad.body)).toContain('userId:isUuid');
    });

    it('changes the own password: older tokens stop working, the new password signs in', async () => {
      const admin = await tokenFor('admin');
      await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ username: 'changer', displayName: 'Cambia', password: 'first-pass', role: 'manager' })
        .expect(201);
      const token = await tokenFor('changer', 'first-pass');
      const wrong = await http()
        .post('/api/v1/auth/password')
        .set('Authorization', `Bearer ${token}`)
        .send({ currentPassword: 'not-it', newPassword: 'second-pass' })
        .expect(400);
      expect(violationsOf(wrong.body)).toEqual(['currentPassword:matchesCurrentPassword']);
      const change = (bearer: string) =>
        http().post('/api/v1/auth/password').set('Authorization', `Bearer ${bearer}`).set('Idempotency-Key', 'change-password-0001');
      const stale = await change(token).set('If-Match', '"5"').send({ currentPassword: 'first-pass', newPassword: 'second-pass' }).expect(412);
      expect(stale.body).toMatchObject({ code: 'REVISION_MISMATCH', currentRevision: 0 });
      const changed = await change(token).set('If-Match', '"0"').send({ currentPassword: 'first-pass', newPassword: 'second-pass' }).expect(204);
      expect(changed.headers.etag).toBe('"1"');
      expect(changed.text).toBe('');
      await http().post('/api/v1/auth/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'second-pass', newPassword: 'third-pass' }).expect(401);
      await http().post('/api/v1/auth/token').send({ username: 'changer', password: 'first-pass' }).expect(401);
      const renewed = await tokenFor('changer', 'second-pass');

      // The old token is refused, so a lost answer is retried with a new one: the same key gets
      // the first answer (the current password is no longer first-pass, yet nothing is refused).
      const userId = (await http().get('/api/v1/users').set('Authorization', `Bearer ${admin}`)).body.find(
        (u: { username: string }) => u.username === 'changer',
      ).id;
      const retried = await change(renewed).set('If-Match', '"0"').send({ currentPassword: 'first-pass', newPassword: 'second-pass' }).expect(204);
      expect(retried.headers.etag).toBe('"1"');
      expect(await eventStore.readStream(`user-${userId}`)).toHaveLength(2);
      const reused = await change(renewed).send({ currentPassword: 'second-pass', newPassword: 'third-pass' }).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await tokenFor('changer', 'second-pass');
      const stored = JSON.stringify(await app.get(DataSource).query('SELECT * FROM command_answers'));
      for (const secret of ['first-pass', 'second-pass', 'third-pass', 'scrypt']) expect(stored).not.toContain(secret);
    });
  });

  describe('POST /api/v1/citizens/:citizenId/erasure', () => {
    it('erases (admin only), idempotently, with field-naming 400s', async () => {
      const vault = app.get(PersonalDataVault);
      // A derived (UUIDv8) id, as case events will carry.
      const citizenId = app.get(CitizenIds).citizenIdFor({ fiscalCode: 'VRDNNA85M41F205X' });
      const envelope = await vault.seal(citizenId, 'Anna Verdi');
      const operator = await tokenFor('operator');
      const admin = await tokenFor('admin');
      const url = `/api/v1/citizens/${citizenId}/erasure`;

      await http().post(url).set('Authorization', `Bearer ${operator}`).send({ legalReason: 'art. 17' }).expect(403);
      const blank = await http().post(url).set('Authorization', `Bearer ${admin}`).send({ legalReason: '   ' }).expect(400);
      expect(violationsOf(blank.body)).toContain('legalReason:isNotEmpty');
      const missing = await http().post(url).set('Authorization', `Bearer ${admin}`).send({}).expect(400);
      expect(violationsOf(missing.body)).toContain('legalReason:isNotEmpty');
      const badId = await http().post('/api/v1/citizens/123/erasure').set('Authorization', `Bearer ${admin}`).send({ legalReason: 'art. 17' }).expect(400);
      expect(violationsOf(badId.body)).toContain('citizenId:isUuid');
      expect(await eventStore.readStream(citizenStream(citizenId))).toEqual([]);
      await expect(vault.unseal(envelope)).resolves.toBe('Anna Verdi');

      const first = await http().post(url).set('Authorization', `Bearer ${admin}`).send({ legalReason: 'Art. 17 GDPR, prot. 77' }).expect(200);
      expect(first.body).toEqual({
        citizenId,
        legalReason: 'Art. 17 GDPR, prot. 77',
        erasedAt: clock.now().toISOString(),
        erasedBy: { id: demo.find((u) => u.username === 'admin')!.id, role: 'admin' },
        eventId: expect.any(String),
      });
      const again = await http().post(url).set('Authorization', `Bearer ${admin}`).send({ legalReason: 'di nuovo' }).expect(200);
      expect(again.body).toEqual(first.body);
      const events = await eventStore.readStream(citizenStream(citizenId));
      expect(events.map((e) => e.type)).toEqual([PERSONAL_DATA_ERASED]);
      await expect(vault.unseal(envelope)).resolves.toBe(ERASED);
    });
  });

  it('documents the endpoints in OpenAPI with bearer security', async () => {
    const response = await http().get('/docs-json').expect(200);
    const paths = response.body.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/token', '/api/v1/users', '/api/v1/citizens/{citizenId}/erasure']),
    );
    expect(paths['/api/v1/users'].post.security).toEqual([{ bearer: [] }]);
    expect(paths['/api/v1/auth/token'].post.responses['200']).toBeDefined();
  });
});
