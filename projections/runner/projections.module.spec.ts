import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { EVENT_STORE, positionToString } from '../../src/read-side';
import { DefaultCountingProjection } from '../testing/counting-projection';
import { SEEN_EVENTS_DDL, SeenFollower, SeenFollowerModule, seenEventIds } from '../testing/seen-follower';
import { appendTestEvents } from '../testing/test-events';
import { Connections, connect, FAST_SETTINGS } from '../testing/test-harness';
import { isLockHeld, PROJECTOR_LEASE_KEY } from './advisory-lease';
import { ProjectionRunner } from './projection-runner';
import { ProjectionsModule } from './projections.module';

/** What the application's TypeOrmModule and EventStoreModule provide. */
@Module({})
class Infrastructure {
  static of(connections: Connections): DynamicModule {
    return {
      module: Infrastructure,
      global: true,
      providers: [
        { provide: DataSource, useValue: connections.dataSource },
        { provide: EVENT_STORE, useValue: connections.store },
      ],
      exports: [DataSource, EVENT_STORE],
    };
  }
}

describe('ProjectionsModule', () => {
  let db: TestDatabase;
  let connections: Connections;
  let app: INestApplication | undefined;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
    await connections.dataSource.query(SEEN_EVENTS_DDL);
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await connections.close();
    await db.dispose();
  });

  async function startApp(run: boolean): Promise<INestApplication> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        Infrastructure.of(connections),
        ProjectionsModule.register({
          run,
          projections: [DefaultCountingProjection],
          followers: { imports: [SeenFollowerModule], tokens: [SeenFollower] },
          settings: FAST_SETTINGS,
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api/v1');
    await app.init();
    return app;
  }

  it('runs the projections from bootstrap to shutdown and serves their status', async () => {
    const head = await appendTestEvents(connections.store, { streams: 3, perAppend: 5, rounds: 2 });
    const nest = await startApp(true);
    await nest.get(ProjectionRunner).waitForPosition(head, 30_000, ['counting', 'seen']);

    const response = await request(nest.getHttpServer()).get('/api/v1/projections/status').expect(200);
    expect(response.body).toEqual({
      head: positionToString(head),
      projector: 'this-process',
      projections: [
        {
          name: 'counting',
          version: 1,
          storedVersion: 1,
          state: 'running',
          checkpoint: positionToString(head),
          eventsApplied: 30,
          lag: { events: 0, eventsExact: true, ms: 0 },
          failure: null,
          quarantined: [],
          rebuild: null,
          lastError: null,
        },
      ],
      // A follower of another module, registered as the composition root registers the write side's.
      followers: [
        {
          name: 'seen',
          state: 'running',
          checkpoint: positionToString(head),
          eventsApplied: 30,
          updatedAt: expect.any(String),
          lag: { events: 0, eventsExact: true, ms: 0 },
          quarantined: 0,
          lastError: null,
        },
      ],
    });
    expect(await seenEventIds(connections.dataSource)).toHaveLength(30);

    await nest.close();
    app = undefined;
    expect(await isLockHeld(connections.dataSource, PROJECTOR_LEASE_KEY)).toBe(false);
  });

  it('only serves the status when it does not run the projections (an API-only process)', async () => {
    const head = await appendTestEvents(connections.store, { streams: 1, perAppend: 4, rounds: 1 });
    const nest = await startApp(false);
    const { body } = await request(nest.getHttpServer()).get('/api/v1/projections/status').expect(200);
    expect(body).toMatchObject({
      head: positionToString(head),
      projector: 'none',
      projections: [{ name: 'counting', state: 'stopped', checkpoint: null, storedVersion: null, lag: { events: 4, eventsExact: true } }],
    });
    expect(body.projections[0].lag.ms).toBeGreaterThanOrEqual(0);
    expect(nest.get(ProjectionRunner).role).toBe('stopped');
  });
});
