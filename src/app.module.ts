import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditReportsModule } from '../projections/audit/audit-reports.module';
import { DashboardModule } from '../projections/dashboard/dashboard.module';
import { TimelineCaseReferences } from '../projections/case-timeline/timeline-case-references';
import { FaqReadModule } from '../projections/faq/faq-read.module';
import { QueueRequestStatuses } from '../projections/operator-queue/queue-request-statuses';
import { ReadModelsModule } from '../projections/read-models.module';
import { ReportsModule } from '../projections/reports/reports.module';
import { ProjectionsModule } from '../projections/runner/projections.module';
import { HashChainFollower } from './hash-chain/hash-chain-follower';
import { HashChainModule } from './hash-chain/hash-chain.module';
import { AuthGuard, AuthModule } from './auth';
import { CasesModule } from './cases/cases.module';
import { Open311Module } from './open311/open311.module';
import { CharterModule } from './charter';
import { CitizenAccessModule } from './citizen-access/citizen-access.module';
import { PortalModule } from './portal/portal.module';
import { FaqModule } from './faq/faq.module';
import { CommandHandlingModule } from './command-handling/command-handling.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { CaseTimersFollower } from './deadlines/timers/case-timers-follower';
import { EventStoreModule } from './event-store/event-store.module';
import { EventStore } from './event-store/event-store.port';
import { MessagingModule } from './messaging/messaging.module';
import { APP_PROJECTIONS } from '../projections/app-projections';
import { HealthModule } from './health/health.module';
import { PublicWriteLimitGuard } from './http/rate-limit.guard';
import { RateLimitModule } from './http/rate-limit.module';
import { PersonalDataModule, personalDataOptionsFrom } from './personal-data';
import { CorrectiveActionsModule } from './corrective-actions/corrective-actions.module';
import { SectorsModule } from './sectors';
import { CLOCK, Clock } from './shared/clock';
import { loggingModule } from './logging/logging.module';
import type { LevelWithSilent } from 'pino';

export interface AppModuleOptions {
  config: AppConfig;
  /** The PostgreSQL that holds read models and keys (the embedded one by default). */
  databaseUrl: string;
  /** Connections the database accepts (the embedded server multiplexes a few). */
  databasePoolSize: number;
  eventStore: { name: string; store: EventStore };
  clock: Clock;
  /** The tables' owner, when the application connects with a least-privilege role (VACUUM FULL of the key table). */
  databaseOwnerUrl?: string;
  /** Overrides config.logLevel (tests quiet the request lines). */
  logLevel?: LevelWithSilent;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    // One instance, imported here and by the runner that follows the log for its timers.
    const deadlines = DeadlinesModule.register({ run: options.config.mode !== 'api', tickIntervalMs: options.config.deadlinesTickMs });
    return {
      module: AppModule,
      imports: [
        loggingModule(options.logLevel ?? options.config.logLevel),
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: options.databaseUrl, poolSize: options.databasePoolSize }),
          autoLoadEntities: true,
        }),
        EventStoreModule.forStore(options.eventStore),
        CommandHandlingModule,
        RateLimitModule,
        AuthModule.register({ jwtSecret: options.config.jwtSecret, tokenTtlSeconds: options.config.tokenTtlSeconds }),
        PersonalDataModule.register(personalDataOptionsFrom(options.config, options.databaseOwnerUrl)),
        CasesModule,
        Open311Module.register({ requestStatuses: QueueRequestStatuses }),
        CitizenAccessModule.register({ caseReferences: TimelineCaseReferences }),
        PortalModule,
        FaqModule,
        FaqReadModule,
        SectorsModule,
        CharterModule,
        deadlines,
        // The one log runner: the read models and the write side's followers (the hash chain, the deadline
        // timers), under one lease, in 'all' and 'projections' modes; 'api' instances only serve (and read the status).
        ProjectionsModule.register({
          run: options.config.mode !== 'api',
          projections: APP_PROJECTIONS,
          followers: { imports: [HashChainModule, deadlines], tokens: [HashChainFollower, CaseTimersFollower] },
        }),
        ReadModelsModule,
        ReportsModule,
        CorrectiveActionsModule,
        AuditReportsModule,
        DashboardModule,
        HealthModule,
        HashChainModule,
        MessagingModule.register({ run: options.config.mode !== 'api', settings: options.config.messaging }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useClass: PublicWriteLimitGuard },
      ],
      exports: [APP_CONFIG, CLOCK],
      global: true,
    };
  }
}
