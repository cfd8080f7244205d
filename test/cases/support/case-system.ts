/**
 * The whole system (startSystem, as users run it) on a fresh PostgreSQL database, with two
 * active sectors and one dissolved, the demo users, and helpers to act on cases over HTTP.
 */
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { openTestPool } from '../../support/test-pool';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { startSystem, type RunningSystem } from '../../../src/app';
import { ensureDemoUsers } from '../../../src/auth';
import { loadAppConfig } from '../../../src/config/app-config';
import {
  caseStream,
  charterStandardStream,
  sectorStream,
  type CharterEvent,
  type SectorEvent,
} from '../../../src/contracts';
import { sectorDecider, standardDecider, type AdoptStandard, type SectorCommand } from '../../../src/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../../src/event-store/event-store.port';
import { ManualClock } from '../../../src/shared/clock';
import { MESSAGE_STREAM_PREFIX } from '../../../src/contracts';
import { CharterTerms } from '../../../src/cases/lookups/charter-terms';
import { provisionTestDatabase } from '../../support/database';
import { seedTestCatalogue } from '../../support/test-catalogue';

export const SECTORS = {
  lavoriPubblici: { id: '6f1f7c1e-0000-4000-8000-000000000001', slug: 'lavori-pubblici', name: 'Lavori Pubblici' },
  tributi: { id: '6f1f7c1e-0000-4000-8000-000000000002', slug: 'tributi', name: 'Tributi' },
  dissolved: { id: '6f1f7c1e-0000-4000-8000-000000000003', slug: 'ex-economato', name: 'Economato' },
} as const;

export type Username = 'operator' | 'manager' | 'auditor' | 'admin' | 'referent-lavori-pubblici' | 'referent-tributi';

export interface CaseSystem {
  app: INestApplication;
  clock: ManualClock;
  store: EventStore;
  http(): TestAgent;
  /** A request as the user, with a bearer token. */
  as(user: Username): {
    post(path: string, body?: object, headers?: Record<string, string>): request.Test;
    put(path: string, body?: object, headers?: Record<string, string>): request.Test;
    get(path: string): request.Test;
  };
  userId(user: Username): string;
  /**
   * How many events the store holds, counted in its table. readAll would not do: it shows an
   * event only once every write transaction of the cluster that began before it has ended
   * (see global-log-sql.ts), and other specs share the cluster. The message streams are left
   * out: the outbox dispatcher records its deliveries there in the background, at any moment
   * (a reply sent a moment before a refused request is delivered during it), and no command
   * ever writes them.
   */
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

const ADMIN = { id: 'fixture-admin', role: 'admin' as const };

/** `env`: further configuration, e.g. the mail settings of the delivery spec. */
export async function startCaseSystem(options: { at?: string; env?: Record<string, string> } = {}): Promise<CaseSystem> {
  const clock = new ManualClock(options.at ?? '2026-03-02T09:00:00Z');
  const database = await provisionTestDatabase();
  let system: RunningSystem | undefined;
  try {
    const env = {
      DATABASE_URL: database.url,
      // Not URP_DEMO: the specs seed exactly the sectors and users they use, and nothing else.
      JWT_SECRET: 'cases-e2e-jwt-secret-0123456789',
      PERSONAL_DATA_SECRET: 'cases-e2e-personal-data-secret-0123',
      PERSONAL_DATA_KEK: 'cases-e2e-personal-data-secret-0123-kek',
      // Tokens outlive the months the specs move the clock through.
      TOKEN_TTL_SECONDS: String(400 * 24 * 3600),
      // Deadlines tick only when a spec asks (POST /deadlines/tick), never on wall-clock time.
      URP_DEADLINES_TICK_MS: '0',
      ...options.env,
    };
    system = await startSystem(loadAppConfig(env as NodeJS.ProcessEnv), {
      clock,
      logger: ['error'],
    });
    await system.app.init();
    const store = system.app.get<EventStore>(EVENT_STORE);
    await establishSectors(store, clock);
    const slugs = new Map<string, string>(Object.values(SECTORS).map((sector) => [sector.slug, sector.id]));
    await seedTestCatalogue(store, (slug) => slugs.get(slug) ?? null, clock.now().toISOString());
    const users = await ensureDemoUsers({ eventStore: store, clock }, [SECTORS.lavoriPubblici, SECTORS.tributi]);
    const server = system.app.getHttpServer();
    const http = () => request(server);
    const tokens = new Map<string, string>();
    for (const user of users) {
      const answer = await http().post('/api/v1/auth/token').send({ username: user.username, password: user.password }).expect(200);
      tokens.set(user.username, answer.body.accessToken);
    }
    const running = system;
    const table = openTestPool(database.url, 1);
    return {
      app: running.app,
      clock,
      store,
      http,
      as: (user) => ({
        post: (path, body = {}, headers = {}) =>
          http()
            .post(`/api/v1${path}`)
            .set({ Authorization: `Bearer ${tokens.get(user)}`, ...headers })
            .send(body),
        put: (path, body = {}, headers = {}) =>
          http()
            .put(`/api/v1${path}`)
            .set({ Authorization: `Bearer ${tokens.get(user)}`, ...headers })
            .send(body),
        get: (path) => http().get(`/api/v1${path}`).set({ Authorization: `Bearer ${tokens.get(user)}` }),
      }),
      userId: (user) => users.find((u) => u.username === user)!.id,
      eventCount: async () =>
        (
          await table.query<{ count: number }>('SELECT count(*)::int AS count FROM events WHERE NOT starts_with(stream_name, $1)', [
            MESSAGE_STREAM_PREFIX,
          ])
        ).rows[0].count,
      async stop() {
        await table.end();
        await running.stop();
        await database.dispose();
      },
    };
  } catch (error) {
    await system?.stop();
    await database.dispose();
    throw error;
  }
}

/** What an admin would have done through the sectors API: two sectors in service, one dissolved. */
async function establishSectors(store: EventStore, clock: ManualClock): Promise<void> {
  const at = clock.now().toISOString();
  for (const sector of Object.values(SECTORS)) {
    const commands: SectorCommand[] = [
      { type: 'EstablishSector', actor: ADMIN, at, sectorId: sector.id, name: sector.name, slug: sector.slug },
    ];
    if (sector === SECTORS.dissolved) commands.push({ type: 'DissolveSector', actor: ADMIN, at, sectorId: sector.id });
    let state = sectorDecider.initialState();
    const events: SectorEvent[] = [];
    for (const command of commands) {
      const decided = sectorDecider.decide(command, state);
      state = decided.reduce(sectorDecider.evolve, state);
      events.push(...decided);
    }
    await store.appendToStream(sectorStream(sector.id), events.map((event) => fixtureEvent(event, at)), { expectedRevision: 'no_stream' });
  }
}

/**
 * A standard of the charter, as an admin would adopt it through the charter API. Cases read
 * the charter from memory, kept current by a subscription: this waits until it shows the standard.
 */
export async function adoptStandard(system: CaseSystem, standard: Omit<AdoptStandard, 'type' | 'actor' | 'at' | 'standardId'>): Promise<void> {
  const at = system.clock.now().toISOString();
  const standardId = randomUUID();
  const events: CharterEvent[] = standardDecider.decide(
    { type: 'AdoptStandard', actor: ADMIN, at, standardId, ...standard },
    standardDecider.initialState(),
  );
  await system.store.appendToStream(charterStandardStream(standardId), events.map((event) => fixtureEvent(event, at)), {
    expectedRevision: 'no_stream',
  });
  // Cases read the charter from memory, kept current by a subscription: wait until it shows the standard.
  const charter = system.app.get(CharterTerms);
  for (let waited = 0; !(await charter.knows(standardId)); waited += 20) {
    if (waited > 10_000) throw new Error('The adopted standard never reached the charter in memory');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function fixtureEvent(event: { type: string; data: object }, at: string) {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: ADMIN, recordedAt: at, schemaVersion: 1 },
  };
}

export async function caseEvents(store: EventStore, caseId: string): Promise<RecordedEvent[]> {
  return store.readStream(caseStream(caseId));
}
