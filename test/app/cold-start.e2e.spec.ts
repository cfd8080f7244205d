/**
 * The first request after a cold start on an empty database: every read endpoint answers
 * (empty figures, 404 for an unknown id), never a 500 because a read model's table is not
 * there yet. An 'api' process is the sharpest case: its projector never runs, so only the
 * setup before listen (src/database/read-model-tables.ts) can have created the tables.
 */
import request from 'supertest';
import { RunningSystem, startSystem } from '../../src/app';
import { ensureDemoUsers } from '../../src/auth';
import { loadAppConfig } from '../../src/config/app-config';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

const READ_ENDPOINTS = [
  '/queue',
  '/reports/quality/2026',
  '/reports/sectors',
  '/sectors/no-such-sector/performance',
  '/cases/00000000-0000-4000-8000-000000000000',
  '/cases/00000000-0000-4000-8000-000000000000/events',
  '/audit/reports/quality/2026/figures',
  '/audit/reports/quality/2026',
  '/projections/status',
];

/** Path parameters of the OpenAPI document: well-formed values that name nothing yet. */
const SAMPLE_PARAMETERS: Record<string, string> = {
  year: '2026',
  id: '00000000-0000-4000-8000-000000000000',
  caseId: '00000000-0000-4000-8000-000000000000',
  sectorId: 'no-such-sector',
  sha256: '0'.repeat(64),
};

describe('the first request after a cold start', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let token: string;

  beforeAll(async () => {
    database = await provisionTestDatabase({ migrate: false });
    const clock = new ManualClock('2026-03-02T08:00:00Z');
    system = await startSystem(
      loadAppConfig({ DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.url, URP_DEMO: '1', URP_MODE: 'api', URP_DEADLINES_TICK_MS: '0' }),
      { clock, logger: ['error'] },
    );
    await system.app.init();
    const users = await ensureDemoUsers({ eventStore: system.app.get<EventStore>(EVENT_STORE), clock }, []);
    const manager = users.find((user) => user.role === 'manager')!;
    const answer = await request(system.app.getHttpServer())
      .post('/api/v1/auth/token')
      .send({ username: manager.username, password: manager.password })
      .expect(200);
    token = answer.body.accessToken;
  });
  afterAll(async () => {
    await system?.stop();
    await database?.dispose();
  });

  it.each(READ_ENDPOINTS)('GET %s answers without a 5xx', async (path) => {
    const response = await request(system.app.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    // The body of a 5xx in the failure message says which table was missing.
    expect({ path, serverError: response.status >= 500 ? response.body : null }).toEqual({ path, serverError: null });
  });

  // Every GET route the OpenAPI document lists, so an endpoint added later is covered too.
  it('answers every GET route of the OpenAPI document without a 5xx', async () => {
    const server = system.app.getHttpServer();
    const document = (await request(server).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(document.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([path]) => path.replace(/\{([^}]+)\}/g, (_, name: string) => SAMPLE_PARAMETERS[name] ?? 'x'));
    expect(paths.length).toBeGreaterThan(READ_ENDPOINTS.length);
    const failures: { path: string; status: number; body: unknown }[] = [];
    for (const path of paths) {
      const response = await request(server).get(path).set('Authorization', `Bearer ${token}`);
      // Readiness may say 503 by design (test/health/readiness.e2e.spec.ts); any other 5xx is a fault.
      const deliberate = path === '/api/v1/health/ready' && response.status === 503;
      if (response.status >= 500 && !deliberate) failures.push({ path, status: response.status, body: response.body });
    }
    expect(failures).toEqual([]);
  });

  it('answers the quality report of an empty year with zero cases', async () => {
    const response = await request(system.app.getHttpServer()).get('/api/v1/reports/quality/2026').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
  });
});
