/**
 * The hash chain over the EventStoreDB adapter: the chainer and verify-chain only use the
 * event store port, the chain table stays in PostgreSQL. Needs a server (EVENTSTORE_URL, or
 * a container started here); without one the suite is registered as skipped and says why
 * in one line. The server's $all is shared with other specs: the checks allow for events
 * appended meanwhile, and tampering (impossible through EventStoreDB's API) is left to the
 * PostgreSQL specs.
 */
import { Client } from 'pg';
import { verifyChain } from '../../src/hash-chain/verify-chain';
import { pgChainDb } from '../../src/hash-chain/chain-db';
import { EventStore } from '../../src/event-store/event-store.port';
import { createEventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { EventStoreDbServer, eventStoreDbExpectedSync, eventStoreDbUrlForTests } from '../support/eventstoredb';
import { appendEvents, forgetChain, openTestChainer, storedLinks, withTriggersDisabled } from './support/chain-fixture';

const CONTAINER_START_TIMEOUT_MS = 240_000;

const availability = eventStoreDbExpectedSync();

if ('skipReason' in availability) {
  process.stdout.write(`[eventstoredb] hash chain suite NOT RUN: ${availability.skipReason}\n`);
  describe.skip('hash chain over EventStoreDB (no server)', () => {
    it('chains and verifies the log', () => undefined);
  });
} else {
  describe('hash chain over EventStoreDB', () => {
    let server: EventStoreDbServer | undefined;
    let database: TestDatabase;
    let store: EventStore;
    let admin: Client;

    beforeAll(async () => {
      const found = await eventStoreDbUrlForTests();
      if ('skipReason' in found) throw new Error(`EventStoreDB server expected at collection time but not found: ${found.skipReason}`);
      server = found;
      store = createEventStoreDbEventStore({ connectionString: found.url });
      database = await provisionTestDatabase();
      admin = new Client({ connectionString: database.url });
      await admin.connect();
    }, CONTAINER_START_TIMEOUT_MS);

    afterAll(async () => {
      await store?.close();
      await admin?.end();
      await database?.dispose();
      await server?.stop();
    });

    it('chains the log, verifies it intact, and builds the identical chain again from scratch', async () => {
      const appended = await appendEvents(store, 6);
      const chainer = await openTestChainer(store, database.url);
      chainer.start();
      await chainer.waitUntilChained(appended);
      await chainer.stop();

      const verification = await verifyChain(store, pgChainDb(admin), { pageSize: 7 });
      expect(verification.firstMismatch).toBeNull();
      expect(verification.chainedEvents).toBeGreaterThanOrEqual(18);

      const original = await storedLinks(admin);
      const last = original[original.length - 1];
      await forgetChain(admin);
      const rebuilder = await openTestChainer(store, database.url, { batchSize: 3 });
      rebuilder.start();
      await rebuilder.waitUntilChained({ commit: Number(last.position_commit), prepare: Number(last.position_prepare) });
      await rebuilder.stop();
      expect((await storedLinks(admin)).slice(0, original.length)).toEqual(original);
    });
  });
}
