/**
 * Wires the runner into Nest. Projections are ordinary providers (they may inject what they
 * need); the other followers of the log are providers of the write side's modules, which
 * the composition root lists here with the modules that export them, so src/ registers with
 * the runner without importing it. The runner gets the app's DataSource (TypeOrmModule) and
 * EVENT_STORE (EventStoreModule), which the importing application must provide globally.
 */
import { DynamicModule, Inject, Injectable, Module, Type } from '@nestjs/common';
import type { BeforeApplicationShutdown, InjectionToken, ModuleMetadata, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, CLOCK, Clock, LOG_FOLLOWERS, LOG_FOLLOWING, type LogFollower } from '../../src/read-side';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ProjectionsStatusController } from './projections-status.controller';
import type { RunnerSettings } from './runner-settings';

/** The projection instances, in registration order. */
export const PROJECTIONS = Symbol('PROJECTIONS');
const RUN_PROJECTIONS = Symbol('RUN_PROJECTIONS');

export interface ProjectionsModuleOptions {
  /** Start the runner at bootstrap (URP_MODE 'all' or 'projections'); the status endpoint is served either way. */
  run: boolean;
  projections: Type<Projection>[];
  /** The other registrations: the providers' tokens, and the modules that export them. */
  followers?: { imports: NonNullable<ModuleMetadata['imports']>; tokens: InjectionToken[] };
  settings?: Partial<RunnerSettings>;
}

@Injectable()
export class ProjectionsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(RUN_PROJECTIONS) private readonly run: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.run) this.runner.start();
  }

  /** Before the DataSource and the event store close (they do in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}

@Module({})
export class ProjectionsModule {
  static register(options: ProjectionsModuleOptions): DynamicModule {
    const followers = options.followers ?? { imports: [], tokens: [] };
    return {
      module: ProjectionsModule,
      // Global, so a registered follower's module can wait on the runner (LOG_FOLLOWING) without importing it.
      global: true,
      imports: followers.imports,
      controllers: [ProjectionsStatusController],
      providers: [
        ...options.projections,
        { provide: PROJECTIONS, useFactory: (...projections: Projection[]) => projections, inject: options.projections },
        { provide: LOG_FOLLOWERS, useFactory: (...registered: LogFollower[]) => registered, inject: followers.tokens },
        { provide: RUN_PROJECTIONS, useValue: options.run },
        {
          provide: ProjectionRunner,
          useFactory: (dataSource: DataSource, store: EventStore, projections: Projection[], registered: LogFollower[], clock?: Clock) =>
            new ProjectionRunner({ dataSource, store, projections, followers: registered, clock, settings: options.settings }),
          inject: [DataSource, EVENT_STORE, PROJECTIONS, LOG_FOLLOWERS, { token: CLOCK, optional: true }],
        },
        { provide: LOG_FOLLOWING, useExisting: ProjectionRunner },
        ProjectionsLifecycle,
      ],
      exports: [ProjectionRunner, PROJECTIONS, LOG_FOLLOWERS, LOG_FOLLOWING],
    };
  }
}
