/**
 * The whole application as `startSystem` builds it (AppModule, HTTP configuration, a fresh
 * migrated database), plus the modules under test, so the specs exercise what users run
 * whether or not AppModule imports those modules yet (Nest imports a module only once).
 */
import { randomUUID } from 'node:crypto';
import { INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { configureHttp } from '../../../src/app';
import { AppModule } from '../../../src/app.module';
import { DemoUser, ensureDemoUsers } from '../../../src/auth';
import { loadAppConfig } from '../../../src/config/app-config';
import { createConfiguredEventStore } from '../../../src/event-store/event-store.module';
import { EVENT_STORE, EventStore, RecordedEvent } from '../../../src/event-store/event-store.port';
import { comparePositions, Position } from '../../../src/event-store/position';
import { Clock } from '../../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../../support/database';

export interface TestSystem {
  app: INestApplication;
  database: TestDatabase;
  eventStore: EventStore;
  users: DemoUser[];
  http(): ReturnType<typeof request>;
  /**
   * Waits until every event appended so far is visible in the global log. The PostgreSQL
   * store shows an event to readAll only once every older transaction of the server has
   * ended, so on a busy shared server a read right after a write can miss it.
   */
  settle(): Promise<void>;
  /** How many events the streams with the prefix hold, once settled. */
  countEvents(streamPrefix: string): Promise<number>;
  /** Every event of the streams with the prefix, in log order, once settled. */
  events(streamPrefix: string): Promise<RecordedEvent[]>;
  /** A bearer header for a demo user (operator, manager, auditor, admin). */
  bearer(username: string): Promise<{ Authorization: string }>;
  stop(): Promise<void>;
}

export async function startTestSystem(modules: Type[], clock: Clock): Promise<TestSystem> {
  const database = await provisionTestDatabase();
  const config = loadAppConfig({ DATABASE_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' } as NodeJS.ProcessEnv);

  @Module({
    imports: [
      AppModule.register({
        config,
        databaseUrl: database.url,
        databasePoolSize: 4,
        eventStore: createConfiguredEventStore(config, database.url),
        clock,
        logLevel: 'error', // request lines off: specs read answers, not logs
      }),
      ...modules,
    ],
  })
  class SystemUnderTest {}

  const app = await NestFactory.create(SystemUnderTest, { logger: ['error', 'warn'] });
  configureHttp(app);
  await app.init();
  const eventStore = app.get<EventStore>(EVENT_STORE);
  const users = await ensureDemoUsers({ eventStore, clock }, []);
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const settle = () => waitUntilVisible(eventStore);
  const events = async (streamPrefix: string) => {
    await settle();
    const found: RecordedEvent[] = [];
    for await (const event of readAllPages(eventStore, streamPrefix)) found.push(event);
    return found;
  };
  return {
    app,
    database,
    eventStore,
    users,
    http,
    settle,
    events,
    countEvents: async (streamPrefix) => (await events(streamPrefix)).length,
    async bearer(username) {
      if (!tokens.has(username)) {
        const response = await http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
        tokens.set(username, response.body.accessToken);
      }
      return { Authorization: `Bearer ${tokens.get(username)}` };
    },
    async stop() {
      await app.close();
      await database.dispose();
    },
  };
}

/** Appends a marker and polls until readAll shows it: then everything appended before shows too. */
async function waitUntilVisible(store: EventStore): Promise<void> {
  const stream = `test-settle-${randomUUID()}`;
  const metadata = { correlationId: stream, causationId: stream, actor: { id: 'test', role: 'system' as const }, recordedAt: new Date().toISOString(), schemaVersion: 1 };
  await store.appendToStream(stream, [{ id: randomUUID(), type: 'TestSettled', data: {}, metadata }]);
  for (let attempt = 0; attempt < 600; attempt++) {
    if ((await store.readAll({ filter: { streamPrefixes: [stream] }, maxCount: 1 })).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The global log did not catch up within 30 s');
}

async function* readAllPages(store: EventStore, streamPrefix: string): AsyncGenerator<RecordedEvent> {
  let after: Position | null = null;
  for (;;) {
    const page: RecordedEvent[] = await store.readAll({ fromPosition: after ?? 'start', maxCount: 1001, filter: { streamPrefixes: [streamPrefix] } });
    const fresh: RecordedEvent[] = after ? page.filter((e) => comparePositions(e.position, after!) > 0) : page;
    yield* fresh;
    if (page.length < 1001 || fresh.length === 0) return;
    after = fresh[fresh.length - 1].position;
  }
}

/** `field:rule` for each violation of a 400 answer. */
export function violationsOf(body: { violations?: { field: string; rule: string }[] }): string[] {
  return (body.violations ?? []).map((v) => `${v.field}:${v.rule}`);
}
