/**
 * Builds the whole system from a configuration: database (embedded by default), schema
 * migrations, event store adapter, Nest application. `main.ts` and the end-to-end tests
 * both start the system through here, so tests exercise exactly what users run.
 */
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { runMigrations } from './database/data-source';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { createConfiguredEventStore } from './event-store/event-store.module';
import { ErrorFilter } from './http/error-filter';
import { hardenHttp } from './http/http-hardening';
import { createValidationPipe } from './http/validation';
import { Clock, systemClock } from './shared/clock';
import { serveWebAssets } from './web/web-assets';

export const API_PREFIX = 'api/v1';

/**
 * The embedded server runs one query at a time and queues the rest, so connections are
 * cheap there; what matters is that every pool (read models, event store, its listener,
 * the projector's lease) fits under the server's limit.
 */
const EMBEDDED_CONNECTIONS = 32;
const EMBEDDED_POOL_SIZE = 8;

export interface RunningSystem {
  app: INestApplication;
  databaseUrl: string;
  embeddedDatabase?: EmbeddedPostgres;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Log level list for Nest; tests pass ['error', 'warn']. */
  logger?: ('log' | 'error' | 'warn' | 'debug' | 'verbose')[] | false;
}

export async function startSystem(config: AppConfig, options: StartOptions = {}): Promise<RunningSystem> {
  const embeddedDatabase = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: join(config.dataDir, 'pglite'),
        port: config.embeddedDatabasePort,
        maxConnections: EMBEDDED_CONNECTIONS,
      });
  const databaseUrl = config.databaseUrl ?? embeddedDatabase!.url;
  try {
    await runMigrations(databaseUrl);
    const app = await NestFactory.create(
      AppModule.register({
        config,
        databaseUrl,
        databasePoolSize: embeddedDatabase ? EMBEDDED_POOL_SIZE : 10,
        eventStore: createConfiguredEventStore(config, databaseUrl, embeddedDatabase ? EMBEDDED_POOL_SIZE : undefined),
        clock: options.clock ?? systemClock,
      }),
      // Throw instead of exiting on a wiring error, so the caller (main, a test) decides.
      { logger: options.logger ?? ['log', 'error', 'warn'], abortOnError: false },
    );
    configureHttp(app);
    app.enableShutdownHooks();
    return {
      app,
      databaseUrl,
      embeddedDatabase,
      async stop() {
        await app.close();
        await embeddedDatabase?.stop();
      },
    };
  } catch (error) {
    await embeddedDatabase?.stop();
    throw error;
  }
}

export function configureHttp(app: INestApplication): void {
  hardenHttp(app);
  app.setGlobalPrefix(API_PREFIX);
  serveWebAssets(app);
  app.useGlobalPipes(createValidationPipe());
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
    ? `embedded PostgreSQL (PGlite) in ${join(config.dataDir, 'pglite')}, served at ${system.databaseUrl}`
    : 'PostgreSQL from DATABASE_URL';
  logger.log(`URP listening on http://localhost:${config.port}/${API_PREFIX} (OpenAPI at /docs)`);
  logger.log(`Events: ${store}; read models: ${database}`);
}
