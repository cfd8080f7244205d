/**
 * What the hash chain specs share: a database with the PostgreSQL event store (one per spec
 * file, emptied before each test: an embedded database takes seconds to start), a superuser
 * connection for tampering, events to chain, and chainers tuned for tests.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ChainDb, pgChainDb } from '../../../src/hash-chain/chain-db';
import { HashChainer } from '../../../src/hash-chain/hash-chainer';
import type { HashChainerSettings } from '../../../src/hash-chain/chainer-settings';
import { EventStore, NewEvent, Position, RecordedEvent } from '../../../src/event-store/event-store.port';
import { comparePositions } from '../../../src/event-store/position';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store';
import { provisionTestDatabase, TestDatabase } from '../../support/database';

export const TEST_CHAINER_NAME = 'urp-hash-chainer-test';

/** Fast retries so that takeovers and resumptions happen within a test. */
export const TEST_CHAINER_SETTINGS: Partial<HashChainerSettings> = { lingerMs: 5, retryMs: 50, standbyRetryMs: 50 };

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

export interface ChainFixture {
  database: TestDatabase;
  store: EventStore;
  /** Superuser session: the tampering an attacker with database access could do. */
  admin: Client;
  chainDb: ChainDb;
  newChainer(settings?: Partial<HashChainerSettings>): HashChainer;
  /** Stops the chainers and empties both tables: each test starts from an empty store. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export async function openChainFixture(): Promise<ChainFixture> {
  const database = await provisionTestDatabase();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 4, pollIntervalMs: 50 });
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  let chainers: HashChainer[] = [];
  const stopChainers = async () => {
    await Promise.all(chainers.map((chainer) => chainer.stop()));
    chainers = [];
  };
  return {
    database,
    store,
    admin,
    chainDb: pgChainDb(admin),
    newChainer(settings = {}) {
      const chainer = testChainer(store, database.url, settings);
      chainers.push(chainer);
      return chainer;
    },
    async reset() {
      await stopChainers();
      await withTriggersDisabled(admin, 'event_hash_chain', 'DELETE FROM event_hash_chain');
      await withTriggersDisabled(admin, 'events', 'DELETE FROM events');
    },
    async dispose() {
      await stopChainers();
      await store.close();
      await admin.end();
      await database.dispose();
    },
  };
}

/** A chainer of `store` writing to the chain table at `databaseUrl`, quiet and quick to retry. */
export function testChainer(store: EventStore, databaseUrl: string, settings: Partial<HashChainerSettings> = {}): HashChainer {
  return new HashChainer({
    store,
    connection: { connectionString: databaseUrl, application_name: TEST_CHAINER_NAME },
    settings: { ...TEST_CHAINER_SETTINGS, ...settings },
    logger: silent,
  });
}

/**
 * `appends` appends of `perAppend` events each, spread over four streams. Resolves once the
 * global log shows them: the PostgreSQL store's readers stop below the oldest running
 * transaction of the whole server, so other work on a shared server may hold them back a while.
 */
export async function appendEvents(store: EventStore, appends: number, perAppend = 3, prefix = `case-${randomUUID().slice(0, 8)}`): Promise<Position> {
  let last: Position | undefined;
  for (let index = 0; index < appends; index++) {
    const events = Array.from({ length: perAppend }, (_, n) => newEvent(index, n));
    last = (await store.appendToStream(`${prefix}-${index % 4}`, events)).position;
  }
  if (!last) throw new Error('appendEvents needs at least one append');
  const appended = last;
  await eventually(async () => isAtOrAfter(await store.headPosition(), appended), 'the appended events to become readable');
  return appended;
}

function isAtOrAfter(head: Position | null, position: Position): boolean {
  return head !== null && comparePositions(head, position) >= 0;
}

function newEvent(append: number, n: number): NewEvent {
  return {
    id: randomUUID(),
    type: n === 0 ? 'CaseRegistered' : 'CaseNoteAdded',
    data: { subject: `Segnalazione ${append}.${n}`, details: { street: 'via Roma', number: append }, tags: ['strade', n] },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'operator-1', role: 'operator' },
      recordedAt: new Date(Date.UTC(2025, 3, 1, 9, append, n)).toISOString(),
      schemaVersion: 1,
    },
  };
}

/** Every event of the store, in global order (test stores are small). */
export async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  return store.readAll({ maxCount: 100_000 });
}

/** Waits until `chainer` has chained everything the store shows now. */
export async function chainEverything(chainer: HashChainer, store: EventStore): Promise<void> {
  const head = await store.headPosition();
  if (head) await chainer.waitUntilChained(head);
}

export interface StoredLink {
  sequence: string;
  position_commit: string;
  position_prepare: string;
  event_id: string;
  hash: string;
  previous_hash: string;
}

export async function storedLinks(admin: Client): Promise<StoredLink[]> {
  const { rows } = await admin.query<StoredLink>(
    'SELECT sequence, position_commit, position_prepare, event_id, hash, previous_hash FROM event_hash_chain ORDER BY sequence',
  );
  return rows;
}

/**
 * Runs `sql` with the table's triggers off, as a superuser can: how the tests tamper. No
 * explicit transaction: nothing else writes meanwhile, and the embedded PGlite server
 * interleaves other connections' messages with an explicit transaction's.
 */
export async function withTriggersDisabled(admin: Client, table: 'events' | 'event_hash_chain', sql: string, values: unknown[] = []): Promise<number> {
  await admin.query(`ALTER TABLE ${table} DISABLE TRIGGER ALL`);
  try {
    return (await admin.query(sql, values)).rowCount ?? 0;
  } finally {
    await admin.query(`ALTER TABLE ${table} ENABLE TRIGGER ALL`);
  }
}

/** Resolves once `condition` holds (a chainer's role changes inside its own loop); the test's timeout bounds it. */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string, attempts = 2000): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Gave up waiting for ${what}`);
}
