/**
 * Builds the whole system from a configuration: database (embedded by default), schema
 * migrations, event store adapter, Nest application. `main.ts` and the end-to-end tests
 * both start the system through here, so tests exercise exactly what users run.
 */
import { INestApplication, Logger } from '@nestjs/common';
import type { LevelWithSilent } from 'pino';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import type { EmbeddedPostgres } from './database/embedded-postgres';
import { PreparedDatabase, prepareDatabase } from './database/prepare-database';
import { prepareReadModelTables } from '../projections/runner/read-model-tables';
import { createConfiguredEventStore } from './event-store/event-store.module';
import { ErrorFilter } from './http/error-filter';
import { hardenHttp } from './http/http-hardening';
import { createValidationPipe } from './http/validation';
import { JsonLogger } from './logging/json-logger';
import { requestLog } from './logging/request-log';
import { Clock, systemClock } from './shared/clock';
import { serveWebAssets } from './web/web-assets';
import { serveConsole } from './console/serve-console';

export const API_PREFIX = 'api/v1';

export interface RunningSystem {
  app: INestApplication;
  /** The URL the system connects with (the application role when least-privilege). */
  databaseUrl: string;
  database: PreparedDatabase;
  embeddedDatabase?: EmbeddedPostgres;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Log level list for Nest; tests pass ['error', 'warn']. */
  logger?: ('log' | 'error' | 'warn' | 'debug' | 'verbose')[] | false;
}

export async function startSystem(config: AppConfig, options: StartOptions = {}): Promise<RunningSystem> {
  const database = await prepareDatabase(config);
  const embeddedDatabase = database.embedded;
  const databaseUrl = database.url;
  try {
    const app = await NestFactory.create(
      AppModule.register({
        config,
        databaseUrl,
        databasePoolSize: 10,
        eventStore: createConfiguredEventStore(config, databaseUrl),
        clock: options.clock ?? systemClock,
        databaseOwnerUrl: database.leastPrivilege ? database.ownerUrl : undefined,
        logLevel: options.logger === undefined ? undefined : pinoLevelOf(options.logger),
      }),
      // Throw instead of exiting on a wiring error, so the caller (main, a test) decides.
      // Lines logged while booting wait for the JSON logger, then go through it.
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(JsonLogger));
    configureHttp(app);
    // No enableShutdownHooks: main.ts owns the signals and calls stop() once. With both, one
    // SIGTERM closed the application twice ("Called end on pool more than once").
    // Before any request can arrive: read endpoints find their (empty) tables, never a 500.
    await prepareReadModelTables(app).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    return {
      app,
      databaseUrl,
      database,
      embeddedDatabase,
      async stop() {
        await app.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** The system's logger; an application a spec builds from a few modules has none and logs nothing. */
function applicationLogger(app: INestApplication): JsonLogger {
  try {
    return app.get(JsonLogger);
  } catch {
    return new JsonLogger('silent');
  }
}

/** A test's Nest level list, as the least severe pino level it lets through. */
function pinoLevelOf(levels: NonNullable<StartOptions['logger']>): LevelWithSilent {
  if (levels === false || levels.length === 0) return 'silent';
  if (levels.includes('verbose') || levels.includes('debug')) return 'debug';
  if (levels.includes('log')) return 'info';
  return levels.includes('warn') ? 'warn' : 'error';
}

/** The HTTP layer of a built application, with the bounds and rules of its configuration. */
export function configureHttp(app: INestApplication, config: AppConfig = app.get<AppConfig>(APP_CONFIG)): void {
  // First, so that every answer (a refused body's 413 or 415 too) carries its X-Request-Id and is logged.
  app.use(requestLog(applicationLogger(app).pino));
  hardenHttp(app, config.hardening);
  // The citizens' portal lives at /portale, beside the API.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['portale', 'portale/{*path}'] });
  serveWebAssets(app);
  serveConsole(app);
  app.useGlobalPipes(createValidationPipe({ serviceArea: config.serviceArea }));
  app.useGlobalFilters(new ErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('URP — sistema di registrazione delle pratiche')
      .setDescription(
        'Event-sourced system of record of a municipal URP: citizen contacts, routing to sectors, reminders, replies, quality charter reports.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
}

export function logStartup(system: RunningSystem, config: AppConfig): void {
  const logger = new Logger('Startup');
  const store = config.eventStoreUrl ? `EventStoreDB at ${config.eventStoreUrl}` : 'PostgreSQL event store';
  const database = system.embeddedDatabase
    ? `embedded PostgreSQL in ${system.database.embeddedDir} on 127.0.0.1:${system.embeddedDatabase.port}`
    : 'PostgreSQL from DATABASE_URL';
  logger.log(`URP listening on http://localhost:${config.port}/${API_PREFIX} (OpenAPI at /docs)`);
  logger.log(`Events: ${store}; read models: ${database}`);
}
