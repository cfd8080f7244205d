import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from './event-store.port';
import { createPostgresEventStore } from './postgres/postgres-event-store';
import { createEventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';

export const EVENT_STORE_ADAPTER_NAME = Symbol('EVENT_STORE_ADAPTER_NAME');

/** Picks the adapter: EventStoreDB when EVENTSTORE_URL is set, PostgreSQL otherwise. */
export function createConfiguredEventStore(
  config: AppConfig,
  databaseUrl: string,
  maxConnections?: number,
): { name: string; store: EventStore } {
  if (config.eventStoreUrl) {
    return { name: 'eventstoredb', store: createEventStoreDbEventStore({ connectionString: config.eventStoreUrl }) };
  }
  return { name: 'postgresql', store: createPostgresEventStore({ connectionString: databaseUrl, maxConnections }) };
}

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forStore(adapter: { name: string; store: EventStore }) {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: adapter.store },
        { provide: EVENT_STORE_ADAPTER_NAME, useValue: adapter.name },
      ],
      exports: [EVENT_STORE, EVENT_STORE_ADAPTER_NAME],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
