/**
 * Abuse limits of issue 10 (defect 7), through the real server on a real PostgreSQL: failed
 * logins per username and per client address, anonymous writes per address; the counters
 * live in the database, so a second instance on the same database sees the same counts.
 */
import { Pool } from 'pg';
import { openTestPool } from '../support/test-pool';
import request from 'supertest';
import { startSystem, type RunningSystem } from '../../src/app';
import { ensureDemoUsers } from '../../src/auth';
import { loadAppConfig } from '../../src/config/app-config';
import { CASE_STREAM_PREFIX } from '../../src/contracts/streams';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, type TestDatabase } from '../support/database';

const START = '2026-03-02T09:00:00Z';
const PUBLIC_MAX = 5;
const submission = {
  kind: 'report',
  description: 'Il lampione davanti a casa mia è spento.',
  citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' },
  location: 'Via Verdi 3',
};

interface Instance {
  system: RunningSystem;
  clock: ManualClock;
  http(): ReturnType<typeof request>;
}

describe('rate limits', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let table: Pool;

  async function startInstance(): Promise<Instance> {
    const clock = new ManualClock(START);
    const env = {
      DATABASE_URL: database.url,
      JWT_SECRET: 'rate-limits-e2e-jwt-secret-0123456789',
      PERSONAL_DATA_SECRET: 'rate-limits-e2e-personal-data-secret',
      PERSONAL_DATA_KEK: 'rate-limits-e2e-personal-data-secret-kek',
      TOKEN_TTL_SECONDS: String(400 * 24 * 3600),
      URP_DEADLINES_TICK_MS: '0',
      // A small limit keeps the spec short (the default is 30).
      URP_PUBLIC_MAX_REQUESTS: String(PUBLIC_MAX),
    };
    const system = await startSystem(loadAppConfig(env as NodeJS.ProcessEnv), { clock, logger: ['error'] });
    await system.app.init();
    const server = system.app.getHttpServer();
    return { system, clock, http: () => request(server) };
  }

  beforeAll(async () => {
    database = await provisionTestDatabase();
    first = await startInstance();
    second = await startInstance();
    await ensureDemoUsers({ eventStore: first.system.app.get<EventStore>(EVENT_STORE), clock: first.clock }, []);
    table = openTestPool(database.url, 1);
  });
  afterAll(async () => {
    await table?.end();
    await first?.system.stop();
    await second?.system.stop();
    await database?.dispose();
  });

  /** Every test begins in fresh windows: both instances' clocks move past the longest one. */
  beforeEach(() => advanceBoth(16 * 60 * 1000));

  function advanceBoth(ms: number): void {
    first.clock.advance(ms);
    second.clock.advance(ms);
  }

  const login = (instance: Instance, username: string, password: string) =>
    instance.http().post('/api/v1/auth/token').send({ username, password });
  /**
   * Cases registered: the first event of each case stream. Not every event: followers append
   * to earlier cases on their own time (the acknowledgement), which a refused request does not.
   */
  const eventCount = async () =>
    (
      await table.query<{ count: number }>('SELECT count(*)::int AS count FROM events WHERE stream_name LIKE $1 AND stream_revision = 0', [
        `${CASE_STREAM_PREFIX}%`,
      ])
    ).rows[0].count;

  function expectTooMany(response: request.Response, code: string, maxWaitSeconds: number): void {
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ statusCode: 429, code });
    const wait = Number(response.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(maxWaitSeconds);
    expect(response.body.retryAfterSeconds).toBe(wait);
  }

  describe('logins', () => {
    it('the 11th wrong password for one username is 429 with Retry-After, the right one too, until the window passes', async () => {
      for (let attempt = 1; attempt <= 10; attempt++) await login(first, 'operator', 'wrong').expect(401);
      expectTooMany(await login(first, 'operator', 'wrong'), 'TOO_MANY_ATTEMPTS', 900);
      const locked = await login(first, 'operator', 'demo');
      expectTooMany(locked, 'TOO_MANY_ATTEMPTS', 900);
      expect(locked.body.accessToken).toBeUndefined();
      // The username is locked, not the address: another user from it still logs in.
      await login(first, 'manager', 'demo').expect(200);
      // Usernames are compared as the login compares them.
      expect((await login(first, '  OPERATOR ', 'demo')).status).toBe(429);

      advanceBoth(10 * 60 * 1000);
      const later = await login(first, 'operator', 'demo');
      expectTooMany(later, 'TOO_MANY_ATTEMPTS', 5 * 60);
      advanceBoth(5 * 60 * 1000);
      await login(first, 'operator', 'demo').expect(200);
    });

    it('successful logins do not count', async () => {
      for (let attempt = 1; attempt <= 15; attempt++) await login(first, 'operator', 'demo').expect(200);
      for (let attempt = 1; attempt <= 9; attempt++) await login(first, 'operator', 'wrong').expect(401);
      await login(first, 'operator', 'demo').expect(200);
      await login(first, 'operator', 'wrong').expect(401);
      expect((await login(first, 'operator', 'demo')).status).toBe(429);
    });

    it('failures from one address count across usernames (30 by default)', async () => {
      for (let attempt = 1; attempt <= 30; attempt++) await login(first, `nobody-${attempt}`, 'guess').expect(401);
      expectTooMany(await login(first, 'auditor', 'demo'), 'TOO_MANY_ATTEMPTS', 900);
      expectTooMany(await login(first, 'nobody-31', 'guess'), 'TOO_MANY_ATTEMPTS', 900);
      advanceBoth(15 * 60 * 1000);
      await login(first, 'auditor', 'demo').expect(200);
    });

    it('a malformed login body is 400 and counts for nothing', async () => {
      for (let attempt = 1; attempt <= 12; attempt++) {
        await first.http().post('/api/v1/auth/token').send({ username: 'operator' }).expect(400);
      }
      await login(first, 'operator', 'demo').expect(200);
    });
  });

  describe('public writes', () => {
    it('registrations beyond the limit are 429 with Retry-After, and nothing is appended', async () => {
      for (let n = 1; n <= PUBLIC_MAX; n++) await first.http().post('/api/v1/public/cases').send(submission).expect(201);
      const before = await eventCount();
      expectTooMany(await first.http().post('/api/v1/public/cases').send(submission), 'TOO_MANY_REQUESTS', 600);
      // Every anonymous write shares the address's budget, whatever the endpoint.
      const feedback = await first.http().post('/api/v1/public/cases/URP-2026-000001/feedback').send({ accessCode: 'x', rating: 5 });
      expectTooMany(feedback, 'TOO_MANY_REQUESTS', 600);
      expect(await eventCount()).toBe(before);
      // Reads are not limited.
      await first.http().get('/api/v1/public/faq').expect(200);

      advanceBoth(10 * 60 * 1000);
      await first.http().post('/api/v1/public/cases').send(submission).expect(201);
      expect(await eventCount()).toBe(before + 1);
    });
  });

  describe('a second instance on the same database', () => {
    it('sees the failed logins counted by the first', async () => {
      for (let attempt = 1; attempt <= 10; attempt++) await login(first, 'manager', 'wrong').expect(401);
      expectTooMany(await login(second, 'manager', 'demo'), 'TOO_MANY_ATTEMPTS', 900);
      advanceBoth(15 * 60 * 1000);
      await login(second, 'manager', 'demo').expect(200);
    });

    it('sees the public writes counted by the first', async () => {
      for (let n = 1; n <= PUBLIC_MAX; n++) await first.http().post('/api/v1/public/cases').send(submission).expect(201);
      const before = await eventCount();
      expectTooMany(await second.http().post('/api/v1/public/cases').send(submission), 'TOO_MANY_REQUESTS', 600);
      expect(await eventCount()).toBe(before);
    });
  });
});
