/**
 * The application (AppModule) with the audit endpoints, on a fresh migrated database, and a
 * projector of its own running the report projections, as test/reports/support/report-system.ts
 * builds it; AuditReportsModule is added here so the specs hold before AppModule imports it.
 */
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureHttp } from '../../../src/app';
import { AppModule } from '../../../src/app.module';
import { ensureDemoUsers } from '../../../src/auth';
import { loadAppConfig } from '../../../src/config/app-config';
import { createConfiguredEventStore } from '../../../src/event-store/event-store.module';
import { EVENT_STORE, EventStore } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import { ManualClock } from '../../../src/shared/clock';
import { AuditReportsModule } from '../../../projections/audit/audit-reports.module';
import { CharterComplianceProjection } from '../../../projections/charter-compliance/charter-compliance.projection';
import { DEFAULT_REPORT_SETTINGS, REPORT_SETTINGS } from '../../../projections/reports/report-settings';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { SectorPerformanceProjection } from '../../../projections/sector-performance/sector-performance.projection';
import { FAST_SETTINGS, recordingLogger } from '../../../projections/testing/test-harness';
import { provisionTestDatabase } from '../../support/database';

export interface AuditSystem {
  app: INestApplication;
  dataSource: DataSource;
  store: EventStore;
  http(): ReturnType<typeof request>;
  bearer(username: string): Promise<{ Authorization: string }>;
  caughtUp(position: Position): Promise<void>;
  stop(): Promise<void>;
}

export async function startAuditSystem(clock: ManualClock, sectors: { id: string; slug: string }[]): Promise<AuditSystem> {
  const database = await provisionTestDatabase();
  const env = { DATABASE_URL: database.url, URP_DEMO: '1', URP_MODE: 'api', TOKEN_TTL_SECONDS: String(400 * 24 * 3600) };
  const config = loadAppConfig(env as NodeJS.ProcessEnv);
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({ config, databaseUrl: database.url, databasePoolSize: 4, eventStore: createConfiguredEventStore(config, database.url), clock, logLevel: 'error' }),
      AuditReportsModule,
    ],
  })
    .overrideProvider(REPORT_SETTINGS)
    .useValue(DEFAULT_REPORT_SETTINGS)
    .compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureHttp(app);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const dataSource = app.get(DataSource);
  const runner = new ProjectionRunner({
    dataSource,
    store,
    clock,
    projections: [new SectorPerformanceProjection(), new CharterComplianceProjection()],
    logger: recordingLogger(),
    settings: FAST_SETTINGS,
  });
  runner.start();
  await ensureDemoUsers({ eventStore: store, clock }, sectors);
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    dataSource,
    store,
    http,
    async bearer(username) {
      if (!tokens.has(username)) {
        const response = await http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
        tokens.set(username, response.body.accessToken);
      }
      return { Authorization: `Bearer ${tokens.get(username)}` };
    },
    caughtUp: (position) => runner.waitForPosition(position, 30_000),
    async stop() {
      await runner.stop();
      await app.close();
      await database.dispose();
    },
  };
}
