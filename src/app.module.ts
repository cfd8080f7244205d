import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard, AuthModule } from './auth';
import { CasesModule } from './cases/cases.module';
import { CommandHandlingModule } from './command-handling/command-handling.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { EventStoreModule } from './event-store/event-store.module';
import { EventStore } from './event-store/event-store.port';
import { HealthController } from './health/health.controller';
import { PersonalDataModule } from './personal-data';
import { CLOCK, Clock } from './shared/clock';

export interface AppModuleOptions {
  config: AppConfig;
  /** The PostgreSQL that holds read models and keys (the embedded one by default). */
  databaseUrl: string;
  /** Connections the database accepts (the embedded server multiplexes a few). */
  databasePoolSize: number;
  eventStore: { name: string; store: EventStore };
  clock: Clock;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: options.databaseUrl, poolSize: options.databasePoolSize }),
          autoLoadEntities: true,
        }),
        EventStoreModule.forStore(options.eventStore),
        CommandHandlingModule,
        AuthModule.register({ jwtSecret: options.config.jwtSecret, tokenTtlSeconds: options.config.tokenTtlSeconds }),
        PersonalDataModule.register({ citizenIdSecret: options.config.personalDataSecret }),
        CasesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock },
        { provide: APP_GUARD, useExisting: AuthGuard },
      ],
      exports: [APP_CONFIG, CLOCK],
      global: true,
    };
  }
}
