/**
 * The demo runs the real command handlers, but on a clock it moves itself: a Nest
 * application context of its own (no HTTP), sharing the caller's event store and database
 * connections, with a ManualClock as CLOCK. Handlers never know they are simulated.
 */
import { DynamicModule, Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CasesModule } from '../cases/cases.module';
import { CharterModule } from '../charter';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { CitizenDirectory, PersonalDataModule, personalDataOptionsFrom } from '../personal-data';
import { SectorsModule } from '../sectors';
import { CLOCK, ManualClock } from '../shared/clock';

export interface DemoRuntimeDeps {
  eventStore: EventStore;
  /** The application's DataSource: idempotent answers and personal data keys live there. */
  dataSource: DataSource;
  config: AppConfig;
}

export interface DemoRuntime {
  commands: CommandBus;
  clock: ManualClock;
  eventStore: EventStore;
  citizens: CitizenDirectory;
  close(): Promise<void>;
}

/** The caller's connections and the demo's clock, for every module below. */
@Global()
@Module({})
class SharedInfrastructure {
  static with(deps: DemoRuntimeDeps, clock: ManualClock): DynamicModule {
    return {
      module: SharedInfrastructure,
      providers: [
        { provide: EVENT_STORE, useValue: deps.eventStore },
        { provide: DataSource, useValue: deps.dataSource },
        { provide: CLOCK, useValue: clock },
        { provide: APP_CONFIG, useValue: deps.config },
      ],
      exports: [EVENT_STORE, DataSource, CLOCK, APP_CONFIG],
    };
  }
}

/** The command side of the application, as AppModule composes it, minus HTTP and start-up work. */
@Module({})
class DemoSimulationModule {
  static with(deps: DemoRuntimeDeps, clock: ManualClock): DynamicModule {
    return {
      module: DemoSimulationModule,
      imports: [
        SharedInfrastructure.with(deps, clock),
        CqrsModule.forRoot(),
        CommandHandlingModule,
        PersonalDataModule.register(personalDataOptionsFrom(deps.config)),
        SectorsModule,
        CharterModule,
        CasesModule,
      ],
    };
  }
}

export async function openDemoRuntime(deps: DemoRuntimeDeps, start: Date | string): Promise<DemoRuntime> {
  const clock = new ManualClock(start);
  const context: INestApplicationContext = await NestFactory.createApplicationContext(DemoSimulationModule.with(deps, clock), {
    logger: ['error', 'warn'],
  });
  await context.init();
  return {
    commands: context.get(CommandBus),
    clock,
    eventStore: deps.eventStore,
    citizens: context.get(CitizenDirectory),
    // The connections belong to the caller: closing the context must not end them.
    close: () => context.close(),
  };
}
