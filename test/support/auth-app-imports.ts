/**
 * The modules below an HTTP spec of users and tokens (auth, hash chain): the PostgreSQL event
 * store and the clock as globals with the default configuration, the read-model database, the
 * command bus and the shared write path the user commands go through, and AuthModule.
 */
import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../../src/auth/auth.module';
import type { AuthOptions } from '../../src/auth/auth-options';
import { CommandHandlingModule } from '../../src/command-handling/command-handling.module';
import { APP_CONFIG, loadAppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { EVENT_STORE } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { CLOCK, type Clock } from '../../src/shared/clock';

export function authAppImports(options: { databaseUrl: string; clock: Clock; auth: AuthOptions; pollIntervalMs?: number }): (Type | DynamicModule)[] {
  const { databaseUrl, clock, pollIntervalMs } = options;

  @Global()
  @Module({
    providers: [
      {
        provide: EVENT_STORE,
        useFactory: () => createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 4, ...(pollIntervalMs ? { pollIntervalMs } : {}) }),
      },
      { provide: CLOCK, useValue: clock },
      // The defaults of every bound and limit (the HTTP layer and the rate limiter read them).
      { provide: APP_CONFIG, useValue: loadAppConfig({ URP_DEMO: '1' }) },
    ],
    exports: [EVENT_STORE, CLOCK, APP_CONFIG],
  })
  class InfrastructureModule {}

  return [
    InfrastructureModule,
    TypeOrmModule.forRoot(dataSourceOptions({ url: databaseUrl, poolSize: 2 })),
    CqrsModule.forRoot(),
    CommandHandlingModule,
    AuthModule.register(options.auth),
  ];
}
