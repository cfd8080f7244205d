/**
 * Wires the runner into Nest. Projections are ordinary providers (they may inject what they
 * need); the runner gets the app's DataSource (TypeOrmModule) and EVENT_STORE
 * (EventStoreModule), which the importing application must provide globally.
 */
import { DynamicModule, Inject, Injectable, Module, Type } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, CLOCK, Clock } from '../../src/read-side';
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
    return {
      module: ProjectionsModule,
      controllers: [ProjectionsStatusController],
      providers: [
        ...options.projections,
        { provide: PROJECTIONS, useFactory: (...projections: Projection[]) => projections, inject: options.projections },
        { provide: RUN_PROJECTIONS, useValue: options.run },
        {
          provide: ProjectionRunner,
          useFactory: (dataSource: DataSource, store: EventStore, projections: Projection[], clock?: Clock) =>
            new ProjectionRunner({ dataSource, store, projections, clock, settings: options.settings }),
          inject: [DataSource, EVENT_STORE, PROJECTIONS, { token: CLOCK, optional: true }],
        },
        ProjectionsLifecycle,
      ],
      exports: [ProjectionRunner, PROJECTIONS],
    };
  }
}
