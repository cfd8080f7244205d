/**
 * Readiness (@nestjs/terminus) on the system as `npm start` builds it: 503 naming the check
 * while a projection has failed, a follower of the log is stuck, or the event store cannot be
 * reached; liveness stays 200.
 * Every answer carries its correlation id (X-Request-Id).
 */
import request from 'supertest';
import { RunningSystem, startSystem } from '../../src/app';
import { loadAppConfig } from '../../src/config/app-config';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { recordFailure, resolveFailure } from '../../projections/runner/failure-log';
import { testEvent } from '../../projections/testing/test-events';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { Pool } from 'pg';
import { TEST_APP_ROLE } from '../support/test-roles';

describe('readiness and liveness', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let owner: Pool;
  const clock = new ManualClock('2026-03-02T08:00:00Z');

  beforeAll(async () => {
    database = await provisionTestDatabase({ migrate: false });
    system = await startSystem(
      loadAppConfig({ DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' }),
      { clock, logger: ['error'] },
    );
    await system.app.init();
    owner = new Pool({ connectionString: database.url, max: 1 });
    owner.on('error', () => undefined);
  });
  afterAll(async () => {
    await owner?.end();
    await system?.stop();
    await database?.dispose();
  });

  const sql = { query: async (text: string, values?: unknown[]) => (await owner.query(text, values)).rows };
  const get = (path: string) => request(system.app.getHttpServer()).get(`/api/v1/health${path}`);

  it('is ready when the stores answer and no projection has failed', async () => {
    const ready = await get('/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { eventStore: { status: 'up' }, readModelDatabase: { status: 'up' }, projections: { status: 'up' } },
    });
    await get('/live').expect(200, { status: 'ok' });
  });

  it('is not ready while a projection is failed, and ready again once the failure is resolved', async () => {
    const store = system.app.get<EventStore>(EVENT_STORE);
    await store.appendToStream('health-probe-1', [testEvent('HealthProbe')]);
    const [event] = await store.readStream('health-probe-1');
    await recordFailure(sql, 'faq', event, new Error('handler broke'), clock.now());
    const notReady = await get('/ready').expect(503);
    expect(notReady.body).toMatchObject({ status: 'error', error: { projections: { status: 'down', failed: ['faq'] } } });
    await get('/live').expect(200);

    await resolveFailure(sql, 'faq', clock.now());
    await get('/ready').expect(200);
  });

  it('is not ready while a follower of the log is stuck on its batch, and ready again once it moves', async () => {
    const untilReadiness = async (status: number) => {
      for (const deadline = Date.now() + 20_000; ; ) {
        const answer = await get('/ready');
        if (answer.status === status) return answer;
        if (Date.now() > deadline) throw new Error(`readiness stayed ${answer.status}: ${JSON.stringify(answer.body)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await untilReadiness(200);
    // The hash chain can no longer write its links: every batch it tries fails, and events wait behind it.
    await owner.query(`REVOKE INSERT ON TABLE event_hash_chain FROM ${TEST_APP_ROLE.name}`);
    try {
      await system.app.get<EventStore>(EVENT_STORE).appendToStream('health-probe-2', [testEvent('HealthProbe')]);
      const notReady = await untilReadiness(503);
      expect(notReady.body.error.projections).toMatchObject({
        status: 'down',
        stuck: [{ name: 'hash_chain', lastError: expect.stringContaining('permission denied') }],
      });
      await get('/live').expect(200);
    } finally {
      await owner.query(`GRANT INSERT ON TABLE event_hash_chain TO ${TEST_APP_ROLE.name}`);
    }
    const ready = await untilReadiness(200);
    expect(ready.body.info.projections.status).toBe('up');
  });

  it('echoes a caller X-Request-Id, and generates one when it is absent or not a plain token', async () => {
    expect((await get('/live').set('X-Request-Id', 'probe-42')).headers['x-request-id']).toBe('probe-42');
    expect((await get('/live')).headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const replaced = (await get('/live').set('X-Request-Id', 'a b<script>')).headers['x-request-id'];
    expect(replaced).not.toBe('a b<script>');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  // Last: it closes the event store's connections.
  it('is not ready when the event store cannot be reached; liveness stays', async () => {
    await system.app.get<EventStore>(EVENT_STORE).close();
    const notReady = await get('/ready').expect(503);
    expect(notReady.body.error.eventStore).toMatchObject({ status: 'down', message: expect.any(String) });
    await get('/live').expect(200);
  });
});
