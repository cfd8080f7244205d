/**
 * What the PostgreSQL adapter promises beyond the shared contract: an append-only table,
 * a global order that survives transactions committing out of order, prompt wake-ups,
 * bounded subscription reads, and clear errors.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { openTestPool } from '../support/test-pool';
import { EventStoreUnavailableError } from '../../src/event-store/errors';
import { EventFilter, NewEvent, Position, RecordedEvent } from '../../src/event-store/event-store.port';
import { comparePositions, START_POSITION } from '../../src/event-store/position';
import { AppendListener } from '../../src/event-store/postgres/append-listener';
import { GlobalLogPages, PostgresAllSubscription } from '../../src/event-store/postgres/all-subscription';
import { createPostgresEventStore, PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { readHeadPosition, readPageBetween } from '../../src/event-store/postgres/read-global-log';
import { PageRead, SharedLogReads } from '../../src/event-store/postgres/shared-log-reads';
import { provisionTestDatabase, TestDatabase } from '../support/database';


let database: TestDatabase;
let store: PostgresEventStore;
let raw: Client;
/** Pools of the spec's own, ended before the database is dropped. */
const pools: Pool[] = [];
/** Set once the spec is over, so that a wait left behind by a failed test stops instead of spinning for ever. */
let tornDown = false;

beforeAll(async () => {
  database = await provisionTestDatabase();
  store = openStore();
  raw = await connect();
});

afterAll(async () => {
  tornDown = true;
  await raw?.end();
  await store?.close();
  await Promise.all(pools.map((pool) => pool.end()));
  await database?.dispose();
});

/** Polls often: some scenarios below commit without notifying (raw SQL). */
function openStore(): PostgresEventStore {
  return createPostgresEventStore({
    connectionString: database.url,
    maxConnections: 4,
    pollIntervalMs: 20,
  });
}

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: database.url });
  // A failed test may leave a client open until the database is dropped under it.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

describe('the events table is append-only, whoever connects', () => {
  let stream: string;

  beforeAll(async () => {
    stream = uniqueStream('immutable');
    await store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' });
  });

  it('refuses UPDATE', async () => {
    await expect(raw.query(`UPDATE events SET event_type = 'Forged' WHERE stream_name = $1`, [stream])).rejects.toThrow(
      /append-only: UPDATE on events refused/,
    );
    expect((await store.readStream(stream))[0].type).toBe('SomethingHappened');
  });

  it('refuses DELETE', async () => {
    await expect(raw.query('DELETE FROM events WHERE stream_name = $1', [stream])).rejects.toThrow(
      /append-only: DELETE on events refused/,
    );
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('refuses TRUNCATE', async () => {
    await expect(raw.query('TRUNCATE events')).rejects.toThrow(/append-only: TRUNCATE on events refused/);
    expect(await store.readStream(stream)).toHaveLength(1);
  });
});

describe('global order with transactions that commit out of order', () => {
  it('an open transaction hides later commits from readers until it ends; then all arrive in position order', async () => {
    const prefix = uniquePrefix('held-back');
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
    const delivered = collect(subscription);
    const slow = await connect();
    try {
      await slow.query('BEGIN');
      const slowEvent = await insertRaw(slow, `${prefix}slow`);
      const fast = await store.appendToStream(`${prefix}fast`, [newEvent()]);

      // Committed, but an older transaction is still open: not readable from the global log yet.
      expect(await store.readAll({ filter: { streamPrefixes: [prefix] } })).toEqual([]);
      const head = await store.headPosition();
      expect(head === null || comparePositions(head, fast.position) < 0).toBe(true);
      expect(await store.readStream(`${prefix}fast`)).toHaveLength(1);

      await slow.query('COMMIT');
      await delivered.atLeast(2);
      expect(delivered.events.map((event) => event.id)).toEqual([slowEvent.id, (await store.readStream(`${prefix}fast`))[0].id]);
      expect(comparePositions(delivered.events[0].position, delivered.events[1].position)).toBe(-1);
    } finally {
      await slow.query('ROLLBACK').catch(() => undefined);
      await slow.end();
      await subscription.close();
    }
  });

  it(
    'a transaction that took an earlier sequence number but commits after a subscriber passed later events is still delivered, after them',
    async () => {
      const prefix = uniquePrefix('late-commit');
      const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
      const delivered = collect(subscription);
      const early = await connect();
      const late = await connect();
      try {
        // `early` gets its transaction id first, `late` inserts (takes a sequence number) first.
        await early.query('BEGIN');
        await early.query('SELECT pg_current_xact_id()');
        await late.query('BEGIN');
        const lateEvent = await insertRaw(late, `${prefix}late`);
        const earlyEvent = await insertRaw(early, `${prefix}early`);
        await early.query('COMMIT');

        await delivered.atLeast(1);
        expect(delivered.events[0].id).toBe(earlyEvent.id);

        await late.query('COMMIT');
        await delivered.atLeast(2);
        const [first, second] = delivered.events;
        expect(second.id).toBe(lateEvent.id);
        // Ordered by sequence alone the late event would come first, and a cursor already
        // past `first` would have skipped it for ever.
        expect(second.position.prepare).toBeLessThan(first.position.prepare);
        expect(comparePositions(first.position, second.position)).toBe(-1);
        expect((await store.readAll({ filter: { streamPrefixes: [prefix] } })).map((event) => event.id)).toEqual([
          earlyEvent.id,
          lateEvent.id,
        ]);
      } finally {
        for (const client of [early, late]) {
          await client.query('ROLLBACK').catch(() => undefined);
          await client.end();
        }
        await subscription.close();
      }
    },
  );

  it('a write transaction open in another database of the server holds no reader back', async () => {
    const other = await provisionTestDatabase({ migrate: false });
    const elsewhere = new Client({ connectionString: other.url });
    elsewhere.on('error', () => undefined);
    await elsewhere.connect();
    const prefix = uniquePrefix('other-database');
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
    const delivered = collect(subscription);
    try {
      await elsewhere.query('CREATE TABLE unrelated (value int)');
      await elsewhere.query('BEGIN');
      await elsewhere.query('INSERT INTO unrelated VALUES (1)');
      const appended = await store.appendToStream(`${prefix}stream`, [newEvent()]);
      // The other database's transaction is still open: pg_snapshot_xmin alone would hide the event.
      await untilReadable(appended.position);
      await delivered.atLeast(1);
      expect(delivered.events[0].position).toEqual(appended.position);
      const { rows } = await raw.query<{ stalled: boolean }>(
        'SELECT pg_snapshot_xmin(pg_current_snapshot()) <= $1::xid8 AS stalled',
        [String(appended.position.commit)],
      );
      expect(rows[0].stalled).toBe(true);
    } finally {
      await elsewhere.query('ROLLBACK').catch(() => undefined);
      await elsewhere.end();
      await subscription.close();
      await other.dispose();
    }
  });

  it('a transaction of this database that wrote another table first still holds readers back until it ends', async () => {
    const prefix = uniquePrefix('same-database');
    const early = await connect();
    try {
      await raw.query('CREATE TABLE IF NOT EXISTS unrelated_here (value int)');
      await early.query('BEGIN');
      await early.query('INSERT INTO unrelated_here VALUES (1)');
      const appended = await store.appendToStream(`${prefix}stream`, [newEvent()]);
      const head = await store.headPosition();
      expect(head === null || comparePositions(head, appended.position) < 0).toBe(true);
      // It may still append with its older transaction id: readers must not have passed it.
      const lateEvent = await insertRaw(early, `${prefix}late`);
      await early.query('COMMIT');
      await untilReadable(appended.position);
      const read = await store.readAll({ filter: { streamPrefixes: [prefix] } });
      expect(read.map((event) => event.id)[0]).toBe(lateEvent.id);
      expect(read).toHaveLength(2);
    } finally {
      await early.query('ROLLBACK').catch(() => undefined);
      await early.end();
    }
  });

  it('gives the events of one append one transaction id (commit) and increasing sequence numbers (prepare)', async () => {
    const stream = uniqueStream('one-transaction');
    await store.appendToStream(stream, [newEvent(), newEvent(), newEvent()]);
    const positions = (await store.readStream(stream)).map((event) => event.position);
    expect(new Set(positions.map((position) => position.commit)).size).toBe(1);
    expect(positions[0].prepare).toBeLessThan(positions[1].prepare);
    expect(positions[1].prepare).toBeLessThan(positions[2].prepare);
  });
});

describe('live wake-ups', () => {
  it('every append notifies the LISTEN connection on commit', async () => {
    const listener = new AppendListener(database.url, 50);
    let notifications = 0;
    listener.onAppend(() => notifications++);
    try {
      // The listener also wakes everyone once it starts listening; count from there.
      await until(() => notifications >= 1);
      const before = notifications;
      await store.appendToStream(uniqueStream('notify'), [newEvent()]);
      await until(() => notifications > before);
    } finally {
      await listener.stop();
    }
  });

  it('polling alone delivers live events to a subscription', async () => {
    const prefix = uniquePrefix('polling');
    const pages = new CountingPages(pagesOf(poolFor(database)));
    // Built without the store, so no notification can ever wake it.
    const subscription = new PostgresAllSubscription({
      pages,
      fromPosition: 'start',
      filter: { streamPrefixes: [prefix] },
      pageSize: 16,
      pollIntervalMs: 10,
      onClosed: () => undefined,
    });
    const delivered = collect(subscription);
    try {
      // A second look at the head means it found nothing and went to polling.
      await until(() => pages.headReads >= 2);
      const event = newEvent();
      await store.appendToStream(`${prefix}a`, [event]);
      await delivered.atLeast(1);
      expect(delivered.events[0].id).toBe(event.id);
    } finally {
      await subscription.close();
    }
  });
});

describe('subscription reads stay bounded', () => {
  it('reads one page at a time, only as the consumer advances', async () => {
    const prefix = uniquePrefix('paging');
    const stream = `${prefix}a`;
    await store.appendToStream(stream, Array.from({ length: 40 }, () => newEvent()));
    const pages = new CountingPages(pagesOf(poolFor(database)));
    const subscription = new PostgresAllSubscription({
      pages,
      fromPosition: 'start',
      filter: { streamPrefixes: [prefix] },
      pageSize: 8,
      pollIntervalMs: 10,
      onClosed: () => undefined,
    });
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      const consumed: RecordedEvent[] = [];
      for (let taken = 0; taken < 10; taken++) consumed.push((await iterator.next()).value as RecordedEvent);
      expect(pages.limits.every((limit) => limit === 8)).toBe(true);
      expect(pages.rowsRead).toBeLessThanOrEqual(consumed.length + 8);

      while (consumed.length < 40) consumed.push((await iterator.next()).value as RecordedEvent);
      expect(consumed.map((event) => event.revision)).toEqual(Array.from({ length: 40 }, (_, revision) => revision));
    } finally {
      await subscription.close();
    }
  });

  it('a filtered subscription does not rescan the events its filter skipped', async () => {
    const prefix = uniquePrefix('skip');
    const skipped = await store.appendToStream(`${prefix}noise`, Array.from({ length: 30 }, () => newEvent()));
    await untilReadable(skipped.position);
    const pages = new CountingPages(pagesOf(poolFor(database)));
    const subscription = new PostgresAllSubscription({
      pages,
      fromPosition: 'start',
      filter: { streamPrefixes: [`${prefix}wanted`] },
      pageSize: 8,
      pollIntervalMs: 10,
      onClosed: () => undefined,
    });
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      const first = iterator.next();
      await until(() => pages.afters.length >= 1);
      const wanted = newEvent();
      await store.appendToStream(`${prefix}wanted`, [wanted]);
      expect(((await first).value as RecordedEvent).id).toBe(wanted.id);
      expect(pages.afters.length).toBeGreaterThanOrEqual(2);
      for (const after of pages.afters.slice(1)) expect(comparePositions(after, skipped.position)).toBeGreaterThanOrEqual(0);
    } finally {
      await subscription.close();
    }
  });
});

describe('one read of the log for all the subscriptions of a store', () => {
  it('an append wakes every subscription, and they read the head and the page once between them', async () => {
    const prefix = uniquePrefix('fan-out');
    // Polls would add reads of their own, at each subscription's pace: only wake-ups here.
    const fanOut = createPostgresEventStore({ connectionString: database.url, maxConnections: 4, pollIntervalMs: 60_000 });
    const subscriptions = [
      fanOut.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [`${prefix}a`] } }),
      fanOut.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [`${prefix}b`] } }),
      fanOut.subscribeToAll({ fromPosition: 'end', filter: { eventTypes: ['SomethingHappened'] } }),
      fanOut.subscribeToAll({ fromPosition: 'end' }),
    ];
    const collected = subscriptions.map(collect);
    try {
      // Let them all catch up and go to sleep on the same position.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = fanOut.sharedReads.statements;
      const a = newEvent();
      const b = newEvent();
      await fanOut.appendToStream(`${prefix}a`, [a]);
      await fanOut.appendToStream(`${prefix}b`, [b]);
      await Promise.all([collected[0].atLeast(1), collected[1].atLeast(1), collected[2].atLeast(2), collected[3].atLeast(2)]);
      expect(collected[0].events.map((event) => event.id)).toEqual([a.id]);
      expect(collected[1].events.map((event) => event.id)).toEqual([b.id]);
      expect(collected[3].events.map((event) => event.id)).toEqual([a.id, b.id]);
      // Two appends, each one round (a head read and a page read) for the four together, plus at
      // most one more round when its NOTIFY arrives while the previous round reads: ≤ 8
      // statements, where each subscription reading for itself made 16.
      expect(fanOut.sharedReads.statements - before).toBeLessThanOrEqual(8);
    } finally {
      await fanOut.close();
    }
  });
});

describe('lifecycle and errors', () => {
  it('close() ends the subscriptions of the store, then refuses further calls', async () => {
    const closing = openStore();
    const subscription = closing.subscribeToAll({ filter: { streamPrefixes: [uniquePrefix('closing')] } });
    const delivered = collect(subscription);
    await closing.close();
    await delivered.finished;
    expect(delivered.events).toEqual([]);
    await expect(closing.readStream('anything')).rejects.toThrow(/closed/);
    expect(() => closing.subscribeToAll()).toThrow(/closed/);
  });

  it('reports an unreachable server as EventStoreUnavailableError', async () => {
    const unreachable = createPostgresEventStore({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    try {
      await expect(unreachable.readStream('anything')).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(unreachable.appendToStream('anything', [newEvent()])).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await unreachable.close();
    }
  });

  it('refuses event ids that are not uuids, writing nothing', async () => {
    const stream = uniqueStream('bad-id');
    await expect(store.appendToStream(stream, [{ ...newEvent(), id: 'not-a-uuid' }])).rejects.toThrow(RangeError);
    expect(await store.readStream(stream)).toEqual([]);
  });
});

// --- helpers ---

function poolFor(target: TestDatabase): Pool {
  const pool = openTestPool(target.url, 2);
  pools.push(pool);
  return pool;
}

/** The reads a store gives its subscriptions, on a pool of the spec's own. */
function pagesOf(pool: Pool): GlobalLogPages {
  return new SharedLogReads({
    readHead: () => readHeadPosition(pool),
    readPage: (after, upTo, limit, filters) => readPageBetween(pool, after, upTo, limit, filters),
  });
}

/** Records what a subscription asks for. */
class CountingPages implements GlobalLogPages {
  readonly limits: number[] = [];
  readonly afters: Position[] = [];
  rowsRead = 0;
  headReads = 0;

  constructor(private readonly inner: GlobalLogPages) {}

  async readHead(): Promise<Position | null> {
    const head = await this.inner.readHead();
    this.headReads++;
    return head;
  }

  async readPage(after: Position, upTo: Position, limit: number, filter?: EventFilter): Promise<PageRead> {
    const page = await this.inner.readPage(after, upTo, limit, filter);
    this.limits.push(limit);
    this.afters.push(after);
    this.rowsRead += page.events.length;
    return page;
  }
}

/** Inserts one event as a foreign writer would, inside the client's open transaction. */
async function insertRaw(client: Client, stream: string): Promise<NewEvent> {
  const event = newEvent();
  await client.query(
    `INSERT INTO events (stream_name, stream_revision, event_id, event_type, data, metadata)
     VALUES ($1, 0, $2, $3, $4, $5)`,
    [stream, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata)],
  );
  return event;
}

interface Collected {
  events: RecordedEvent[];
  /** Resolves once `count` events arrived; fails at once if the iteration ends (or throws) before. */
  atLeast(count: number): Promise<void>;
  finished: Promise<void>;
}

/** Iterates a subscription in the background. */
function collect(subscription: AsyncIterable<RecordedEvent>): Collected {
  const events: RecordedEvent[] = [];
  let ended = false;
  const finished = (async () => {
    try {
      for await (const event of subscription) events.push(event);
    } finally {
      ended = true;
    }
  })();
  finished.catch(() => undefined); // surfaced through atLeast()
  const atLeast = async (count: number) => {
    await Promise.race([until(() => events.length >= count || ended), finished]);
    if (events.length < count) throw new Error(`The subscription ended after ${events.length} of ${count} events`);
  };
  return { events, atLeast, finished };
}

async function untilReadable(position: Position): Promise<void> {
  await until(async () => comparePositions((await store.headPosition()) ?? START_POSITION, position) >= 0);
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) {
    if (tornDown) throw new Error('The spec ended while still waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function uniquePrefix(label: string): string {
  return `pg-${label}-${randomUUID().slice(0, 8)}-`;
}

function uniqueStream(label: string): string {
  return `${uniquePrefix(label)}stream`;
}

function newEvent(): NewEvent {
  return {
    id: randomUUID(),
    type: 'SomethingHappened',
    data: { value: randomUUID() },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'operatore-1', role: 'operator' },
      recordedAt: '2025-11-24T09:30:00.000Z',
      schemaVersion: 1,
    },
  };
}
