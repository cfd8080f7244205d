import request from 'supertest';
import { RunningSystem, startSystem } from '../../src/app';
import { loadAppConfig } from '../../src/config/app-config';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

describe('the system as `npm start` builds it', () => {
  let database: TestDatabase;
  let system: RunningSystem;

  beforeAll(async () => {
    database = await provisionTestDatabase({ migrate: false });
    // As deployed with least privilege: migrations as the owner, the system as the application role.
    system = await startSystem(
      loadAppConfig({ DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' }),
      {
        clock: new ManualClock('2026-03-02T08:00:00Z'),
        logger: ['error'],
      },
    );
    await system.app.init();
  });
  afterAll(async () => {
    await system?.stop();
    await database?.dispose();
  });

  it('connects as the application role, not the owner of the tables', async () => {
    expect(system.database.leastPrivilege).toBe(true);
    const { DataSource } = await import('typeorm');
    const [row] = await system.app.get(DataSource).query('SELECT current_user AS role');
    expect(row.role).toBe(new URL(database.appUrl).username);
  });

  it('migrates an empty database and serves its health without a token', async () => {
    const response = await request(system.app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', eventStore: { adapter: 'postgresql' }, readModelDatabase: 'ok' });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const response = await request(system.app.getHttpServer()).get('/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/v1/health');
  });

  it('keeps every other route behind a bearer token', async () => {
    await request(system.app.getHttpServer()).get('/api/v1/users').expect(401);
  });
});

describe('configuration', () => {
  it('refuses to run on a real database without secrets unless in demo mode', () => {
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://x@localhost/db' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://x@localhost/db', JWT_SECRET: 'short' })).toThrow(/at least 16/);
  });

  it('names the variable of a malformed value', () => {
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(/PORT must be a non-negative integer/);
    expect(() => loadAppConfig({ EVENTSTORE_URL: 'http://localhost:2113' })).toThrow(/EVENTSTORE_URL/);
    expect(() => loadAppConfig({ URP_MODE: 'both' })).toThrow(/URP_MODE/);
  });

  it('uses the embedded database and demo data when nothing is configured', () => {
    const config = loadAppConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.mode).toBe('all');
  });
});
