/**
 * What the hash chain specs share: a database with the PostgreSQL event store (one per spec
 * file, emptied before each test: an embedded database takes seconds to start), a superuser
 * connection for tampering, events to chain, and chainers tuned for tests: each one a log
 * runner with the chain as its only registration, as a process running the projector is.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ProjectionRunner } from '../../../projections/runner/projection-runner';
import type { RunnerSettings } from '../../../projections/runner/runner-settings';
import { dataSourceOptions } from '../../../src/database/data-source';
import { HASH_CHAIN_FOLLOWER } from '../../../src/hash-chain/append-links';
import { ChainDb, pgChainDb } from '../../../src/hash-chain/chain-db';
import { HashChainFollower } from '../../../src/hash-chain/hash-chain-follower';
import { EventStore, NewEvent, Position, RecordedEvent } from '../../../src/event-store/event-store.port';
import { comparePositions } from '../../../src/event-store/position';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store';
import { provisionTestDatabase, TestDatabase } from '../../support/database';

/** Fast retries so that takeovers and resumptions happen within a test. */
export const TEST_CHAINER_SETTINGS: Partial<RunnerSettings> = { leaseRetryMs: 50, leaseCheckMs: 200, errorRetryMs: 50, waitPollMs: 25 };

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A process that follows the log with the hash chain registered. */
export interface TestChainer {
  readonly runner: ProjectionRunner;
  start(): void;
  stop(): Promise<void>;
  /** Resolves once the chain covers `position`, whichever process wrote it. */
  waitUntilChained(position: Position): Promise<void>;
}

export interface ChainFixture {
  database: TestDatabase;
  store: EventStore;
  /** Superuser session: the tampering an attacker with database access could do. */
  admin: Client;
  chainDb: ChainDb;
  newChainer(settings?: Partial<RunnerSettings>): Promise<TestChainer>;
  /** Stops the chainers and empties both tables: each test starts from an empty store. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export async function openChainFixture(): Promise<ChainFixture> {
  const database = await provisionTestDatabase();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 4, pollIntervalMs: 50 });
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  let chainers: TestChainer[] = [];
  const stopChainers = async () => {
    await Promise.all(chainers.map((chainer) => chainer.stop()));
    chainers = [];
  };
  return {
    database,
    store,
    admin,
    chainDb: pgChainDb(admin),
    async newChainer(settings = {}) {
      const chainer = await openTestChainer(store, database.url, settings);
      chainers.push(chainer);
      return chainer;
    },
    async reset() {
      await stopChainers();
      await forgetChain(admin);
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

/** A runner of `store` with the chain registered, writing to the database at `databaseUrl`, quiet and quick to retry. */
export async function openTestChainer(store: EventStore, databaseUrl: string, settings: Partial<RunnerSettings> = {}): Promise<TestChainer> {
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 2 }));
  await dataSource.initialize();
  const runner = new ProjectionRunner({
    dataSource,
    store,
    projections: [],
    followers: [new HashChainFollower()],
    logger: silent,
    settings: { ...TEST_CHAINER_SETTINGS, ...settings },
  });
  return {
    runner,
    start: () => runner.start(),
    /** Stops the runner (releasing the lease) and closes its connections: a chainer is not started twice. */
    stop: async () => {
      await runner.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
    waitUntilChained: (position) => runner.waitForPosition(position, 30_000, [HASH_CHAIN_FOLLOWER]),
  };
}

/** Empties the chain and moves its checkpoint back to the start of the log, as for a chain built anew. */
export async function forgetChain(admin: Client): Promise<void> {
  await withTriggersDisabled(admin, 'event_hash_chain', 'DELETE FROM event_hash_chain');
  await admin.query(
    `UPDATE projection_checkpoints SET checkpoint_commit = NULL, checkpoint_prepare = NULL, events_applied = 0
     WHERE projection = '${HASH_CHAIN_FOLLOWER}' AND slot = 'live'`,
  );
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
export async function chainEverything(chainer: TestChainer, store: EventStore): Promise<void> {
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
 * explicit transaction: nothing else writes meanwhile.
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
