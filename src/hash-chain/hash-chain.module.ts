/**
 * Tamper evidence for the event log: the chainer (started at bootstrap when `run`, stopped
 * before the event store closes) and the auditors' endpoints, served in every mode. Needs
 * EVENT_STORE and the application's DataSource (TypeOrmModule) from global modules.
 */
import { DynamicModule, Inject, Injectable, Module } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { HashChainController } from './hash-chain.controller';
import { chainerConnectionFor } from './chainer-connection';
import type { HashChainerSettings } from './chainer-settings';
import { HashChainer } from './hash-chainer';

export interface HashChainModuleOptions {
  /** Start the chainer in this process. Other processes may run one too: only one writes. */
  run: boolean;
  settings?: Partial<HashChainerSettings>;
}

const RUN_HASH_CHAINER = Symbol('RUN_HASH_CHAINER');

@Injectable()
export class HashChainLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly chainer: HashChainer,
    @Inject(RUN_HASH_CHAINER) private readonly run: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.run) this.chainer.start();
  }

  /** Before the event store and the DataSource close (they do in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.chainer.stop();
  }
}

@Module({})
export class HashChainModule {
  static register(options: HashChainModuleOptions): DynamicModule {
    return {
      module: HashChainModule,
      controllers: [HashChainController],
      providers: [
        { provide: RUN_HASH_CHAINER, useValue: options.run },
        {
          provide: HashChainer,
          useFactory: (dataSource: DataSource, store: EventStore) =>
            new HashChainer({ store, connection: chainerConnectionFor(dataSource), settings: options.settings }),
          inject: [DataSource, EVENT_STORE],
        },
        HashChainLifecycle,
      ],
      exports: [HashChainer],
    };
  }
}
