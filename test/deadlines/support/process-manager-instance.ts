/**
 * One application instance as far as deadlines go: the case command handlers, the charter
 * and the deadline process manager, in a Nest application context of its own (no HTTP) on
 * the given event store and database, with the given clock, and the log runner with the
 * timers registered, as the composition root wires it. Two of them on one database are two
 * instances of the application; giving one a crashing event store makes it crash. Only the
 * instance that `followsTheLog` starts its runner (the projector process); the others tick
 * on the timers it folds, as 'api' instances do.
 */
import { DynamicModule, Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CasesModule } from '../../../src/cases/cases.module';
import { APP_CONFIG, AppConfig, loadAppConfig } from '../../../src/config/app-config';
import { CharterModule } from '../../../src/charter';
import { CommandHandlingModule } from '../../../src/command-handling/command-handling.module';
import { dataSourceOptions } from '../../../src/database/data-source';
import type { DeadlinesOptions } from '../../../src/deadlines/deadlines-options';
import { DeadlinesModule } from '../../../src/deadlines/deadlines.module';
import { DeadlineTicker } from '../../../src/deadlines/ticker/deadline-ticker';
import { CaseTimersFollower } from '../../../src/deadlines/timers/case-timers-follower';
import { TIMERS_FOLLOWER } from '../../../src/deadlines/timers/timers-checkpoint';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { ProjectionsModule } from '../../../projections/runner/projections.module';
import type { TickReport } from '../../../src/deadlines/ticker/tick-report';
import { EVENT_STORE, EventStore } from '../../../src/event-store/event-store.port';
import { PersonalDataModule } from '../../../src/personal-data';
import { CLOCK, Clock } from '../../../src/shared/clock';

export const PERSONAL_DATA_SECRET = 'deadlines-spec-personal-data-secret';

export interface InstanceDeps {
  databaseUrl: string;
  store: EventStore;
  clock: Clock;
  /** Default: no schedule, the spec ticks by hand on the clock it moves. */
  deadlines?: DeadlinesOptions;
  /** Start the log runner (the timers follower) in this instance. */
  followsTheLog: boolean;
}

export interface ProcessManagerInstance {
  commands: CommandBus;
  tick(): Promise<TickReport>;
  context: INestApplicationContext;
  /** Folds every case event again from the start of the log into empty timers (the runner stopped meanwhile). */
  refoldTimers(): Promise<void>;
  close(): Promise<void>;
}

/** Quick retries and takeovers, so that a spec never waits on production pauses. */
const RUNNER_SETTINGS = { leaseRetryMs: 50, leaseCheckMs: 200, errorRetryMs: 50, waitPollMs: 25 };

@Global()
@Module({})
class InstanceInfrastructure {
  static with(deps: InstanceDeps, dataSource: DataSource): DynamicModule {
    return {
      module: InstanceInfrastructure,
      providers: [
        { provide: EVENT_STORE, useValue: deps.store },
        { provide: DataSource, useValue: dataSource },
        { provide: CLOCK, useValue: deps.clock },
        // Registration answers carry the citizen's access code, keyed by the personal-data secret.
        { provide: APP_CONFIG, useValue: { ...loadAppConfig({ URP_DEMO: '1' }), personalDataSecret: PERSONAL_DATA_SECRET } satisfies AppConfig },
      ],
      exports: [EVENT_STORE, DataSource, CLOCK, APP_CONFIG],
    };
  }
}

@Module({})
class InstanceModule {
  static with(deps: InstanceDeps, dataSource: DataSource): DynamicModule {
    const deadlines = DeadlinesModule.register(deps.deadlines ?? { run: false, tickIntervalMs: 0 });
    return {
      module: InstanceModule,
      imports: [
        InstanceInfrastructure.with(deps, dataSource),
        CqrsModule.forRoot(),
        CommandHandlingModule,
        PersonalDataModule.register({ citizenIdSecret: PERSONAL_DATA_SECRET, keyEncryptionKey: 'deadlines-key-encryption-key-0123' }),
        CharterModule,
        CasesModule,
        deadlines,
        ProjectionsModule.register({
          run: deps.followsTheLog,
          projections: [],
          followers: { imports: [deadlines], tokens: [CaseTimersFollower] },
          settings: RUNNER_SETTINGS,
        }),
      ],
    };
  }
}

export async function openInstance(deps: InstanceDeps): Promise<ProcessManagerInstance> {
  const dataSource = new DataSource(dataSourceOptions({ url: deps.databaseUrl, poolSize: 3 }));
  await dataSource.initialize();
  try {
    const context = await NestFactory.createApplicationContext(InstanceModule.with(deps, dataSource), { logger: ['error'] });
    await context.init();
    const ticker = context.get(DeadlineTicker);
    let closing: Promise<void> | undefined;
    return {
      commands: context.get(CommandBus),
      tick: () => ticker.tick(),
      context,
      async refoldTimers() {
        const runner = context.get(ProjectionRunner);
        await runner.stop();
        await dataSource.query('DELETE FROM case_timers');
        await dataSource.query(
          `UPDATE projection_checkpoints SET checkpoint_commit = NULL, checkpoint_prepare = NULL, events_applied = 0
           WHERE projection = '${TIMERS_FOLLOWER}' AND slot = 'live'`,
        );
        runner.start();
      },
      close() {
        closing ??= context.close().then(() => dataSource.destroy());
        return closing;
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
