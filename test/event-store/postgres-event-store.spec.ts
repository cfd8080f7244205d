/** The PostgreSQL adapter against the shared contract, on a database of its own. */
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { provisionTestDatabase } from '../support/database';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('PostgreSQL', async () => {
  const database = await provisionTestDatabase();
  // Two stores, each with a LISTEN connection, must fit in what the database accepts.
  const maxConnections = Math.min(8, Math.floor(database.maxConnections / 2) - 2);
  const open = () => createPostgresEventStore({ connectionString: database.url, maxConnections, pollIntervalMs: 50 });
  const store = open();
  return {
    store,
    openAnother: async () => open(),
    async dispose() {
      await store.close();
      await database.dispose();
    },
  };
});
