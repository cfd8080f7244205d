/**
 * The EventStoreDB adapter against the shared event store contract, on a real server
 * (EVENTSTORE_URL, or a container started here). Without one the suite is registered as
 * skipped, and says so in one line, so a run without a server never reads as a pass.
 *
 * All stores of this spec share one server: EventStoreDB has no per-test database, so
 * contract tests see each other's events in $all.
 */
import { EventStore } from '../../src/event-store/event-store.port';
import { createEventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import { EventStoreDbServer, eventStoreDbExpectedSync, eventStoreDbUrlForTests } from '../support/eventstoredb';
import { describeEventStoreContract } from './event-store.contract';

const CONTAINER_START_TIMEOUT_MS = 240_000;

const availability = eventStoreDbExpectedSync();

if ('skipReason' in availability) {
  process.stdout.write(`[eventstoredb] contract suite NOT RUN: ${availability.skipReason}\n`);
  describe.skip('EventStoreDB adapter (no server)', () => {
    describeEventStoreContract('eventstoredb', () => Promise.reject(new Error(availability.skipReason)));
  });
} else {
  describe('EventStoreDB adapter', () => {
    let server: EventStoreDbServer | undefined;

    beforeAll(async () => {
      const found = await eventStoreDbUrlForTests();
      if ('skipReason' in found) {
        throw new Error(`EventStoreDB server expected at collection time but not found: ${found.skipReason}`);
      }
      server = found;
    }, CONTAINER_START_TIMEOUT_MS);

    afterAll(async () => {
      await server?.stop();
    });

    describeEventStoreContract('eventstoredb', async () => {
      if (!server) throw new Error('EventStoreDB server not started');
      const url = server.url;
      const opened: EventStore[] = [];
      const open = async (): Promise<EventStore> => {
        const store = createEventStoreDbEventStore({ connectionString: url });
        opened.push(store);
        return store;
      };
      return {
        store: await open(),
        openAnother: open,
        dispose: async () => {
          await Promise.all(opened.map((store) => store.close()));
        },
      };
    });
  });
}
