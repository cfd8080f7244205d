/**
 * HashChainModule in a Nest application over HTTP, the chain registered with the log runner
 * as the composition root does it: the runner starts at bootstrap and stops at shutdown;
 * auditors and admins read the head and the verification, nobody else does.
 */
import { INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { configureHttp } from '../../src/app';
import { HashChainModule } from '../../src/hash-chain/hash-chain.module';
import { HashChainFollower } from '../../src/hash-chain/hash-chain-follower';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { ProjectionsModule } from '../../projections/runner/projections.module';
import { AuthGuard } from '../../src/auth/access/auth.guard';
import { ensureDemoUsers } from '../../src/auth/demo/ensure-demo-users';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { authAppImports } from '../support/auth-app-imports';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { eventually, storedLinks, TEST_CHAINER_SETTINGS, withTriggersDisabled } from './support/chain-fixture';

describe('hash chain over HTTP', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let store: EventStore;
  let admin: Client;
  const clock = new ManualClock('2025-04-01T10:00:00.000Z');
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    database = await provisionTestDatabase();
    admin = new Client({ connectionString: database.url });
    await admin.connect();

    const moduleRef = await Test.createTestingModule({
      imports: [
        ...authAppImports({ databaseUrl: database.url, clock, pollIntervalMs: 50, auth: { jwtSecret: 'e2e-jwt-secret-long-enough', tokenTtlSeconds: 3600 } }),
        HashChainModule,
        ProjectionsModule.register({
          run: true,
          projections: [],
          followers: { imports: [HashChainModule], tokens: [HashChainFollower] },
          settings: TEST_CHAINER_SETTINGS,
        }),
      ],
      providers: [{ provide: APP_GUARD, useExisting: AuthGuard }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error'] });
    configureHttp(app);
    await app.init();
    store = app.get(EVENT_STORE);
    await ensureDemoUsers({ eventStore: store, clock }, []);
    // Issuing a token records events too: take them all now, then let the chain catch up.
    for (const role of ['auditor', 'admin', 'operator', 'manager']) tokens.set(role, await issueToken(role));
    await eventually(async () => {
      const { rows } = await admin.query('SELECT (SELECT count(*) FROM events) = (SELECT count(*) FROM event_hash_chain) AS done');
      return rows[0].done;
    }, 'the chainer to chain every event');
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    await admin?.end();
    await database?.dispose();
  });

  const http = () => request(app.getHttpServer());

  async function issueToken(username: string): Promise<string> {
    const response = await http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
    return response.body.accessToken;
  }

  function tokenFor(username: string): string {
    return tokens.get(username)!;
  }

  it('the chainer started with the application and chained the demo users', async () => {
    expect(app.get(ProjectionRunner).role).toBe('leader');
    expect(app.get(ProjectionRunner).followers).toEqual(['hash_chain']);
    expect((await storedLinks(admin)).length).toBeGreaterThan(0);
  });

  it('GET /audit/chain/head gives the last link to auditors and admins', async () => {
    const links = await storedLinks(admin);
    const last = links[links.length - 1];
    for (const user of ['auditor', 'admin']) {
      const response = await http().get('/api/v1/audit/chain/head').auth(tokenFor(user), { type: 'bearer' }).expect(200);
      expect(response.body).toEqual({
        sequence: Number(last.sequence),
        hash: last.hash,
        position: { commit: Number(last.position_commit), prepare: Number(last.position_prepare) },
        eventId: last.event_id,
        chainedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    }
  });

  it('GET /audit/chain/verification reports an intact chain, and checks a published head', async () => {
    const links = await storedLinks(admin);
    const token = tokenFor('auditor');
    const response = await http().get('/api/v1/audit/chain/verification').auth(token, { type: 'bearer' }).expect(200);
    expect(response.body).toMatchObject({ intact: true, firstMismatch: null, chainedEvents: links.length });

    const published = await http()
      .get('/api/v1/audit/chain/verification')
      .query({ publishedSequence: 1, publishedHash: 'd'.repeat(64) })
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(published.body).toMatchObject({
      intact: false,
      firstMismatch: null,
      publishedHead: { sequence: 1, publishedHash: 'd'.repeat(64), storedHash: links[0].hash, matches: false },
    });
  });

  it('refuses other roles, anonymous callers and half a published head', async () => {
    await http().get('/api/v1/audit/chain/verification').auth(tokenFor('operator'), { type: 'bearer' }).expect(403);
    await http().get('/api/v1/audit/chain/head').auth(tokenFor('manager'), { type: 'bearer' }).expect(403);
    await http().get('/api/v1/audit/chain/head').expect(401);
    await http()
      .get('/api/v1/audit/chain/verification')
      .query({ publishedSequence: 3 })
      .auth(tokenFor('admin'), { type: 'bearer' })
      .expect(400);
  });

  it('names the edited event over HTTP', async () => {
    const links = await storedLinks(admin);
    const victim = links[1];
    await withTriggersDisabled(admin, 'events', `UPDATE events SET metadata = jsonb_set(metadata, '{recordedAt}', '"2020-01-01T00:00:00.000Z"') WHERE event_id = $1`, [victim.event_id]);
    const response = await http().get('/api/v1/audit/chain/verification').auth(tokenFor('auditor'), { type: 'bearer' }).expect(200);
    expect(response.body).toMatchObject({
      intact: false,
      chainedEvents: 1,
      firstMismatch: { reason: 'content_changed', sequence: 2, eventId: victim.event_id, storedHash: victim.hash },
    });
  });

  it('stops the chainer, and ends its session, when the application closes', async () => {
    const runner = app.get(ProjectionRunner);
    await app.close();
    expect(runner.role).toBe('stopped');
    if (database.kind === 'server') {
      const { rows } = await admin.query("SELECT pid FROM pg_stat_activity WHERE application_name = 'urp-projector-lease' AND datname = current_database()");
      expect(rows).toEqual([]);
    }
  });
});
