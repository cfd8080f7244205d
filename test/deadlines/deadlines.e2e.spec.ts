/**
 * The application as startSystem builds it (read models included): an admin runs a tick
 * over HTTP, and the operator queue shows what the process manager recorded, to the
 * operator and to the sector's referent.
 */
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openTestPool } from '../support/test-pool';
import request from 'supertest';
import { startSystem, type RunningSystem } from '../../src/app';
import { ensureDemoUsers } from '../../src/auth';
import { loadAppConfig } from '../../src/config/app-config';
import { sectorStream } from '../../src/contracts';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { provisionTestDatabase, type TestDatabase } from '../support/database';
import { logVisible } from './support/log-visible';
import { romeTime, TICK_HOUR } from './support/rome-clock';

const SECTOR = { id: randomUUID(), slug: 'lavori-pubblici', name: 'Lavori Pubblici' };
type Username = 'operator' | 'admin' | 'referent-lavori-pubblici';

describe('deadlines over HTTP, seen in the operator queue', () => {
  const clock = new ManualClock(romeTime('2026-03-02', 9));
  let database: TestDatabase;
  let system: RunningSystem;
  let app: INestApplication;
  let store: EventStore;
  let pool: Pool;
  const tokens = new Map<string, string>();
  const as = (user: Username) => ({ Authorization: `Bearer ${tokens.get(user)}` });
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await provisionTestDatabase();
    const config = loadAppConfig({
      DATABASE_URL: database.url,
      JWT_SECRET: 'deadlines-e2e-jwt-secret-0123456789',
      PERSONAL_DATA_SECRET: 'deadlines-e2e-personal-data-secret',
      PERSONAL_DATA_KEK: 'deadlines-e2e-personal-data-secret-kek',
      // Tokens outlive the month the spec moves the clock through.
      TOKEN_TTL_SECONDS: String(400 * 24 * 3600),
      // No schedule: this spec ticks when it says so.
      URP_DEADLINES_TICK_MS: '0',
    } as NodeJS.ProcessEnv);
    system = await startSystem(config, { clock, logger: ['error'] });
    await system.app.init();
    app = system.app;
    store = app.get<EventStore>(EVENT_STORE);
    pool = openTestPool(database.url, 1);
    await establishSector(store, clock.now().toISOString());
    for (const user of await ensureDemoUsers({ eventStore: store, clock }, [SECTOR])) {
      const answer = await http().post('/api/v1/auth/token').send({ username: user.username, password: user.password }).expect(200);
      tokens.set(user.username, answer.body.accessToken);
    }
  });
  afterAll(async () => {
    await pool?.end();
    await system?.stop();
    await database?.dispose();
  });

  async function tickAt(day: string) {
    clock.set(romeTime(day, TICK_HOUR));
    await logVisible(pool, store);
    return http().post('/api/v1/deadlines/tick').set(as('admin'));
  }

  /** The queue's row of the case, once the read models have applied everything written so far. */
  async function queueRow(user: Username, caseId: string) {
    const written = await logVisible(pool, store);
    await app.get(ProjectionRunner).waitForPosition(written!, 30_000, ['operator_queue']);
    const page = await http().get('/api/v1/queue').set(as(user)).expect(200);
    return page.body.items.find((item: { caseId: string }) => item.caseId === caseId);
  }

  it('an admin runs a tick; reminders and the overdue state reach the queue of the operator and of the referent', async () => {
    const registered = await http()
      .post('/api/v1/cases')
      .set(as('operator'))
      .send({
        channel: 'email',
        kind: 'report',
        description: 'Una buca profonda davanti al civico 12 di via Roma.',
        citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' },
        location: 'Via Roma 12',
      })
      .expect(201);
    const caseId: string = registered.body.id;
    clock.set(romeTime('2026-03-03', 9));
    await http().post(`/api/v1/cases/${caseId}/route`).set(as('operator')).send({ sectorId: SECTOR.id }).expect(200);

    const nothingYet = await tickAt('2026-03-13');
    const forbidden = await http().post('/api/v1/deadlines/tick').set(as('operator'));
    const firstReminder = await tickAt('2026-03-14');
    const afterFirst = await queueRow('referent-lavori-pubblici', caseId);
    const late = await tickAt('2026-04-02');
    const operatorView = await queueRow('operator', caseId);
    const referentView = await queueRow('referent-lavori-pubblici', caseId);

    expect(nothingYet.status).toBe(200);
    expect(nothingYet.body).toMatchObject({ casesDue: 0, reminders: 0, dueSoon: 0, overdue: 0, failed: 0 });
    expect(forbidden.status).toBe(403);
    expect(firstReminder.body).toMatchObject({ at: romeTime('2026-03-14', TICK_HOUR), casesDue: 1, reminders: 1, failed: 0 });
    expect(afterFirst).toMatchObject({ remindersSent: 1, overdueMarked: false });
    // Due on 1 April: on the 2nd the second reminder (ten days after the first) and the overdue marking.
    expect(late.body).toMatchObject({ reminders: 1, dueSoon: 0, overdue: 1, failed: 0 });
    expect(operatorView).toMatchObject({ status: 'routed', remindersSent: 2, overdueMarked: true, slaState: 'overdue', finalReplyDueDate: '2026-04-01' });
    expect(referentView).toMatchObject({ remindersSent: 2, overdueMarked: true });
  });
});

async function establishSector(store: EventStore, at: string): Promise<void> {
  const admin = { id: 'admin-fixture', role: 'admin' as const };
  await store.appendToStream(
    sectorStream(SECTOR.id),
    [
      {
        id: randomUUID(),
        type: 'SectorEstablished',
        data: { sectorId: SECTOR.id, name: SECTOR.name, slug: SECTOR.slug, establishedAt: at },
        metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: admin, recordedAt: at, schemaVersion: 1 },
      },
    ],
    { expectedRevision: 'no_stream' },
  );
}
