/**
 * The application as startSystem builds it (AppModule, HTTP configuration, a fresh migrated
 * database) serving the report endpoints, with a projector of its own running the report
 * projections: the deployment of an 'api' process beside a projector process. So the specs
 * hold whether or not AppModule registers the report modules and projections yet.
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
import { CorrectiveActionsModule } from '../../../src/corrective-actions/corrective-actions.module';
import { ManualClock } from '../../../src/shared/clock';
import { CharterComplianceProjection } from '../../../projections/charter-compliance/charter-compliance.projection';
import { ReportsModule } from '../../../projections/reports/reports.module';
import { DEFAULT_REPORT_SETTINGS, REPORT_SETTINGS, ReportSettings } from '../../../projections/reports/report-settings';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { SectorPerformanceProjection } from '../../../projections/sector-performance/sector-performance.projection';
import { FAST_SETTINGS, recordingLogger } from '../../../projections/testing/test-harness';
import { provisionTestDatabase } from '../../support/database';

export interface ReportSystem {
  app: INestApplication;
  store: EventStore;
  clock: ManualClock;
  http(): ReturnType<typeof request>;
  /** A bearer header for a demo user: operator, manager, auditor, admin, referent-<sector slug>. */
  bearer(username: string): Promise<{ Authorization: string }>;
  /**
   * Waits until the report projections have applied everything up to the position (that of
   * the last append): the head of the log would not do, it lags behind open transactions.
   */
  caughtUp(position: Position): Promise<void>;
  stop(): Promise<void>;
}

export async function startReportSystem(options: {
  clock: ManualClock;
  sectors: { id: string; slug: string }[];
  settings?: Partial<ReportSettings>;
}): Promise<ReportSystem> {
  const database = await provisionTestDatabase();
  // An 'api' process: the application's own projector and schedulers stay off.
  const env = { DATABASE_URL: database.url, URP_DEMO: '1', URP_MODE: 'api', TOKEN_TTL_SECONDS: String(400 * 24 * 3600) };
  const config = loadAppConfig(env as NodeJS.ProcessEnv);
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({
        config,
        databaseUrl: database.url,
        databasePoolSize: 4,
        eventStore: createConfiguredEventStore(config, database.url),
        clock: options.clock,
        logLevel: 'error', // request lines off: specs read answers, not logs
      }),
      ReportsModule,
      CorrectiveActionsModule,
    ],
  })
    .overrideProvider(REPORT_SETTINGS)
    .useValue({ ...DEFAULT_REPORT_SETTINGS, ...options.settings })
    .compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureHttp(app);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const runner = new ProjectionRunner({
    dataSource: app.get(DataSource),
    store,
    clock: options.clock,
    projections: [new SectorPerformanceProjection(), new CharterComplianceProjection()],
    logger: recordingLogger(),
    settings: FAST_SETTINGS,
  });
  runner.start();
  await ensureDemoUsers({ eventStore: store, clock: options.clock }, options.sectors);
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    store,
    clock: options.clock,
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
