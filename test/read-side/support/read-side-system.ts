/**
 * The whole application (AppModule, as startSystem builds it, with the case commands) plus
 * the read models and a running projection runner, on a fresh database, with two sectors,
 * the demo users and one referent per sector. The read models are added here only while
 * AppModule does not wire them itself.
 */
import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { GLOBAL_MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { configureHttp } from '../../../src/app';
import { AppModule } from '../../../src/app.module';
import { DemoUser, ensureDemoUsers } from '../../../src/auth';
import { CasesModule } from '../../../src/cases/cases.module';
import { loadAppConfig } from '../../../src/config/app-config';
import { createConfiguredEventStore } from '../../../src/event-store/event-store.module';
import { EVENT_STORE, EventStore } from '../../../src/event-store/event-store.port';
import { comparePositions, Position } from '../../../src/event-store/position';
import { caseStream } from '../../../src/contracts';
import { PersonalDataModule, PersonalDataVault } from '../../../src/personal-data';
import { ManualClock } from '../../../src/shared/clock';
import { READ_MODEL_PROJECTIONS, ReadModelsModule } from '../../../projections/read-models.module';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { ProjectionsModule } from '../../../projections/runner/projections.module';
import { provisionTestDatabase, TestDatabase } from '../../support/database';
import { sectorEstablished } from './case-script';
import { EventWriter } from './event-writer';
import { seedTestCatalogue } from '../../support/test-catalogue';

// The vault must be the one instance whose key cache an erasure clears; until
// PersonalDataModule.register() returns `global: true` (asked of the lead), make it so here.
Reflect.defineMetadata(GLOBAL_MODULE_METADATA, true, PersonalDataModule);

export const SECTORS = {
  lavoriPubblici: { id: randomUUID(), slug: 'lavori-pubblici', name: 'Lavori Pubblici' },
  tributi: { id: randomUUID(), slug: 'tributi', name: 'Tributi' },
};

export type Username = 'operator' | 'manager' | 'auditor' | 'admin' | 'referent-lavori-pubblici' | 'referent-tributi';

export interface ReadSideSystem {
  app: INestApplication;
  clock: ManualClock;
  store: EventStore;
  runner: ProjectionRunner;
  users: DemoUser[];
  get(user: Username, path: string): request.Test;
  post(user: Username, path: string, body?: object): request.Test;
  /** Waits until the read models have applied the last event of each case (the API does not answer positions). */
  caughtUp(caseIds: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startReadSideSystem(at = '2026-03-02T09:00:00.000Z'): Promise<ReadSideSystem> {
  const clock = new ManualClock(at);
  const database: TestDatabase = await provisionTestDatabase();
  // Tokens outlive the days the specs move the clock through.
  const config = loadAppConfig({ DATABASE_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0', MAIL_DISPATCH_INTERVAL_MS: '0', TOKEN_TTL_SECONDS: String(400 * 24 * 3600) } as NodeJS.ProcessEnv);

  const appModule = AppModule.register({
    config,
    databaseUrl: database.url,
    databasePoolSize: 8,
    eventStore: createConfiguredEventStore(config, database.url),
    clock,
    logLevel: 'error', // request lines off: specs read answers, not logs
  });
  const wired = (appModule.imports ?? []).some((imported) => (imported as DynamicModule).module === ProjectionsModule);
  const readModels = wired ? [] : [ProjectionsModule.register({ run: true, projections: READ_MODEL_PROJECTIONS }), ReadModelsModule];

  @Module({ imports: [appModule, CasesModule, ...readModels] })
  class SystemUnderTest {}

  const app = await NestFactory.create(SystemUnderTest, { logger: ['error', 'warn'] });
  try {
    configureHttp(app);
    await app.init();
    const store = app.get<EventStore>(EVENT_STORE);
    const writer = new EventWriter(store, app.get(PersonalDataVault));
    for (const sector of Object.values(SECTORS)) await writer.sector(sector.id, [sectorEstablished(sector.id, sector.name)]);
    const slugs = new Map<string, string>(Object.values(SECTORS).map((sector) => [sector.slug, sector.id]));
    await seedTestCatalogue(store, (slug) => slugs.get(slug) ?? null, clock.now().toISOString());
    const users = await ensureDemoUsers({ eventStore: store, clock }, Object.values(SECTORS));
    const tokens = await signIn(app, users);
    const runner = app.get(ProjectionRunner);
    const http = () => request(app.getHttpServer());
    const bearer = (user: Username) => ({ Authorization: `Bearer ${tokens.get(user)}` });
    return {
      app,
      clock,
      store,
      runner,
      users,
      get: (user, path) => http().get(`/api/v1${path}`).set(bearer(user)),
      post: (user, path, body = {}) => http().post(`/api/v1${path}`).set(bearer(user)).send(body),
      async caughtUp(caseIds) {
        const last = await lastPosition(store, caseIds);
        if (last) await runner.waitForPosition(last, 30_000);
      },
      async stop() {
        await app.close();
        await database.dispose();
      },
    };
  } catch (error) {
    await app.close();
    await database.dispose();
    throw error;
  }
}

async function lastPosition(store: EventStore, caseIds: readonly string[]): Promise<Position | null> {
  let last: Position | null = null;
  for (const caseId of caseIds) {
    const [event] = await store.readStream(caseStream(caseId), { direction: 'backwards', maxCount: 1 });
    if (event && (!last || comparePositions(event.position, last) > 0)) last = event.position;
  }
  return last;
}

async function signIn(app: INestApplication, users: DemoUser[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const user of users) {
    const answer = await request(app.getHttpServer()).post('/api/v1/auth/token').send({ username: user.username, password: user.password }).expect(200);
    tokens.set(user.username, answer.body.accessToken);
  }
  return tokens;
}
