/**
 * Every command runs inside the application itself: the same configuration, database
 * preparation (embedded by default, migrations, roles) and AppModule as the server, as a Nest
 * application context without HTTP. Background work (projector, chainer, deadline schedule,
 * mail dispatch) stays off, as in an 'api' instance: a command starts only what it needs.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { AppConfig, loadAppConfig } from '../config/app-config';
import { prepareDatabase, PreparedDatabase } from '../database/prepare-database';
import { createConfiguredEventStore } from '../event-store/event-store.module';
import { systemClock } from '../shared/clock';
import type { CliIo } from './cli-io';

export interface CliContext {
  app: INestApplicationContext;
  config: AppConfig;
  database: PreparedDatabase;
}

export async function withCliContext<T>(io: CliIo, work: (context: CliContext) => Promise<T>): Promise<T> {
  const config = loadAppConfig(io.env);
  const database = await prepareDatabase(config);
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.register({
        config: { ...config, mode: 'api' },
        databaseUrl: database.url,
        databasePoolSize: 4,
        eventStore: createConfiguredEventStore(config, database.url, 4),
        clock: io.clock ?? systemClock,
      }),
      // Nest's own lines would mix with the command's output; warnings and errors still show.
      { logger: ['error', 'warn'], abortOnError: false },
    );
    try {
      await app.init();
      return await work({ app, config, database });
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}
