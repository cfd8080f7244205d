/**
 * The hash chain on a real database (the test PostgreSQL server: DATABASE_URL, a container or the embedded one):
 * the chainer follows the PostgreSQL event store through the port, verify-chain walks it,
 * and the tampering an attacker with database access could do is caught and named.
 */
import { Client } from 'pg';
import { appendLinks, ChainMovedError } from '../../src/hash-chain/append-links';
import { linksFor } from '../../src/hash-chain/chain-link';
import { readChainTail } from '../../src/hash-chain/chain-table';
import { verifyChain } from '../../src/hash-chain/verify-chain';
import { RecordedEvent } from '../../src/event-store/event-store.port';
import {
  allEvents,
  appendEvents,
  ChainFixture,
  chainEverything,
  eventually,
  openChainFixture,
  storedLinks,
  forgetChain,
  withTriggersDisabled,
} from './support/chain-fixture';

describe('hash chain over the PostgreSQL event store', () => {
  let fixture: ChainFixture;

  beforeAll(async () => {
    fixture = await openChainFixture();
  });

  beforeEach(async () => {
    await fixture.reset();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  /** Appends, chains everything with one chainer, stops it; returns the events in global order. */
  async function chainedStore(appends = 8, perAppend = 3): Promise<RecordedEvent[]> {
    await appendEvents(fixture.store, appends, perAppend);
    const chainer = await fixture.newChainer();
    chainer.start();
    await chainEverything(chainer, fixture.store);
    await chainer.stop();
    return allEvents(fixture.store);
  }

  it('chains every event in global order, live, and verifies it intact', async () => {
    await appendEvents(fixture.store, 4);
    const chainer = await fixture.newChainer({ batchSize: 5 });
    chainer.start();
    await chainEverything(chainer, fixture.store);
    // Events appended while the chainer waits on the subscription.
    await appendEvents(fixture.store, 6, 2);
    await chainEverything(chainer, fixture.store);

    const events = await allEvents(fixture.store);
    const links = await storedLinks(fixture.admin);
    expect(links.map((link) => Number(link.sequence))).toEqual(events.map((_, index) => index + 1));
    expect(links.map((link) => link.event_id)).toEqual(events.map((event) => event.id));
    expect(links.map((link) => [Number(link.position_commit), Number(link.position_prepare)])).toEqual(
      events.map((event) => [event.position.commit, event.position.prepare]),
    );

    const verification = await verifyChain(fixture.store, fixture.chainDb, { pageSize: 7 });
    expect(verification).toEqual({
      checkedEvents: 24,
      chainedEvents: 24,
      firstMismatch: null,
      unchainedTail: 0,
      head: { sequence: 24, hash: links[23].hash },
    });
  });

  it('reports events appended after the last link as an unchained tail, not as a mismatch', async () => {
    await chainedStore(3);
    await appendEvents(fixture.store, 2);
    const verification = await verifyChain(fixture.store, fixture.chainDb, { pageSize: 4 });
    expect(verification).toMatchObject({ checkedEvents: 15, chainedEvents: 9, unchainedTail: 6, firstMismatch: null });
  });

  it("names exactly the event whose data was edited: content_changed", async () => {
    const events = await chainedStore();
    const victim = events[10];
    const links = await storedLinks(fixture.admin);
    await withTriggersDisabled(fixture.admin, 'events', `UPDATE events SET data = jsonb_set(data, '{subject}', '"ritirata"') WHERE event_id = $1`, [victim.id]);

    const verification = await verifyChain(fixture.store, fixture.chainDb, { pageSize: 4 });
    expect(verification.firstMismatch).toMatchObject({
      reason: 'content_changed',
      sequence: 11,
      eventId: victim.id,
      streamName: victim.streamName,
      revision: victim.revision,
      position: victim.position,
      storedHash: links[10].hash,
    });
    expect(verification.firstMismatch?.expectedHash).not.toBe(links[10].hash);
    expect(verification.chainedEvents).toBe(10);
  });

  it('catches an edit of the metadata alone (who did it, and when)', async () => {
    const events = await chainedStore();
    const victim = events[3];
    await withTriggersDisabled(fixture.admin, 'events', `UPDATE events SET metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"') WHERE event_id = $1`, [victim.id]);
    const verification = await verifyChain(fixture.store, fixture.chainDb);
    expect(verification.firstMismatch).toMatchObject({ reason: 'content_changed', sequence: 4, eventId: victim.id });
  });

  it('names a deleted event at its link: event_missing', async () => {
    const events = await chainedStore();
    const victim = events[16];
    const deleted = await withTriggersDisabled(fixture.admin, 'events', 'DELETE FROM events WHERE event_id = $1', [victim.id]);
    expect(deleted).toBe(1);

    const verification = await verifyChain(fixture.store, fixture.chainDb, { pageSize: 5 });
    expect(verification.firstMismatch).toMatchObject({
      reason: 'event_missing',
      sequence: 17,
      eventId: victim.id,
      position: victim.position,
      streamName: null,
    });
  });

  it('names the most recent chained event deleted too', async () => {
    const events = await chainedStore(2);
    const last = events[events.length - 1];
    await withTriggersDisabled(fixture.admin, 'events', 'DELETE FROM events WHERE event_id = $1', [last.id]);
    const verification = await verifyChain(fixture.store, fixture.chainDb);
    expect(verification.firstMismatch).toMatchObject({ reason: 'event_missing', sequence: events.length, eventId: last.id });
  });

  it('names an event slipped into the middle of the log: event_inserted', async () => {
    const events = await chainedStore();
    // The last event of one transaction: a row in that transaction sorts after it and before the next one.
    const index = events.findIndex((event, i) => i + 1 < events.length && events[i + 1].position.commit > event.position.commit);
    const host = events[index];
    const intruderId = '00000000-0000-4000-8000-00000000beef';
    await withTriggersDisabled(
      fixture.admin,
      'events',
      `INSERT INTO events (transaction_id, global_position, stream_name, stream_revision, event_id, event_type, data, metadata)
       VALUES ($1::xid8, 900000000, 'case-forged', 0, $2, 'CaseRegistered', '{}', $3)`,
      [host.position.commit, intruderId, JSON.stringify(host.metadata)],
    );

    const verification = await verifyChain(fixture.store, fixture.chainDb, { pageSize: 4 });
    expect(verification.firstMismatch).toMatchObject({
      reason: 'event_inserted',
      sequence: index + 2,
      eventId: intruderId,
      streamName: 'case-forged',
      position: { commit: host.position.commit, prepare: 900000000 },
    });
  });

  it('names a link removed from the chain table: chain_broken', async () => {
    const events = await chainedStore();
    await withTriggersDisabled(fixture.admin, 'event_hash_chain', 'DELETE FROM event_hash_chain WHERE sequence = 5');
    const verification = await verifyChain(fixture.store, fixture.chainDb);
    expect(verification.firstMismatch).toMatchObject({ reason: 'chain_broken', sequence: 5, eventId: events[4].id });
  });

  it('catches an event edited together with its own link: the next link no longer continues it', async () => {
    const events = await chainedStore();
    const victim = events[6];
    await withTriggersDisabled(fixture.admin, 'events', `UPDATE events SET data = '{"subject":"altro"}' WHERE event_id = $1`, [victim.id]);
    // The attacker recomputes link 7 for the forged content, but not the links after it.
    const forgedEvent = (await allEvents(fixture.store))[6];
    const [forgedLink] = linksFor((await storedTail(fixture.admin, 6)), [forgedEvent]);
    await withTriggersDisabled(fixture.admin, 'event_hash_chain', 'UPDATE event_hash_chain SET hash = $1 WHERE sequence = 7', [forgedLink.hash]);

    const verification = await verifyChain(fixture.store, fixture.chainDb);
    expect(verification.firstMismatch).toMatchObject({ reason: 'chain_broken', sequence: 8, eventId: events[7].id });
  });

  it('the chain table refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await chainedStore(2);
    await expect(fixture.admin.query("UPDATE event_hash_chain SET hash = repeat('a', 64) WHERE sequence = 1")).rejects.toThrow(/append-only: UPDATE/);
    await expect(fixture.admin.query('DELETE FROM event_hash_chain WHERE sequence = 6')).rejects.toThrow(/append-only: DELETE/);
    await expect(fixture.admin.query('TRUNCATE event_hash_chain')).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await storedLinks(fixture.admin)).toHaveLength(6);
  });

  it('the chain table refuses a link that does not continue the last one', async () => {
    const events = await chainedStore(2);
    const tail = await readChainTail(fixture.chainDb);
    const insert = (sequence: number, previousHash: string, prepare: number) =>
      fixture.admin.query(
        `INSERT INTO event_hash_chain (sequence, position_commit, position_prepare, event_id, hash, previous_hash)
         VALUES ($1, $2, $3, gen_random_uuid(), repeat('b', 64), $4)`,
        [sequence, events[5].position.commit + 1000, prepare, previousHash],
      );
    await expect(insert(tail.sequence + 2, tail.hash, 1)).rejects.toThrow(/has no link/);
    await expect(insert(tail.sequence + 1, 'c'.repeat(64), 1)).rejects.toThrow(/does not continue/);
    await expect(
      fixture.admin.query(
        `INSERT INTO event_hash_chain (sequence, position_commit, position_prepare, event_id, hash, previous_hash)
         VALUES ($1, $2, $3, gen_random_uuid(), repeat('b', 64), $4)`,
        [tail.sequence + 1, events[0].position.commit, events[0].position.prepare, tail.hash],
      ),
    ).rejects.toThrow(/not after link/);
  });

  it('a writer whose view of the chain is stale is refused and told so', async () => {
    const events = await chainedStore(2);
    const tail = await readChainTail(fixture.chainDb);
    await appendEvents(fixture.store, 1);
    const newer = (await allEvents(fixture.store)).slice(events.length);
    const writer = new Client({ connectionString: fixture.database.url });
    await writer.connect();
    try {
      await appendLinks(writer, linksFor(tail, newer));
      // The same links again, as a second writer that read the same tail would write them.
      await expect(appendLinks(writer, linksFor(tail, newer))).rejects.toBeInstanceOf(ChainMovedError);
    } finally {
      await writer.end();
    }
    expect(await storedLinks(fixture.admin)).toHaveLength(events.length + newer.length);
    expect((await verifyChain(fixture.store, fixture.chainDb)).firstMismatch).toBeNull();
  });

  it('resumes after a restart without repeating or skipping an event', async () => {
    await chainedStore(4);
    await appendEvents(fixture.store, 5);
    const restarted = await fixture.newChainer();
    restarted.start();
    await chainEverything(restarted, fixture.store);

    const events = await allEvents(fixture.store);
    const links = await storedLinks(fixture.admin);
    expect(links.map((link) => link.event_id)).toEqual(events.map((event) => event.id));
    expect((await verifyChain(fixture.store, fixture.chainDb)).firstMismatch).toBeNull();
  });

  it('builds the identical chain again from scratch (determinism), whatever the batch size', async () => {
    await chainedStore(6, 4);
    const original = await storedLinks(fixture.admin);
    await forgetChain(fixture.admin);
    expect(await storedLinks(fixture.admin)).toEqual([]);

    const rebuilder = await fixture.newChainer({ batchSize: 3 });
    rebuilder.start();
    await chainEverything(rebuilder, fixture.store);
    expect(await storedLinks(fixture.admin)).toEqual(original);
  });

  it('two chainers started together: one sound chain, every event once, written by the one holding the lease', async () => {
    const first = await fixture.newChainer({ batchSize: 4 });
    const second = await fixture.newChainer({ batchSize: 4 });
    first.start();
    second.start();
    const appended = await appendEvents(fixture.store, 10);
    await eventually(async () => (await storedLinks(fixture.admin)).length === 30, 'all 30 events chained');

    const links = await storedLinks(fixture.admin);
    expect(links.map((link) => link.event_id)).toEqual((await allEvents(fixture.store)).map((event) => event.id));
    expect(Number(links[29].position_prepare)).toBe(appended.prepare);
    expect((await verifyChain(fixture.store, fixture.chainDb)).firstMismatch).toBeNull();
    expect([first.runner.role, second.runner.role].sort()).toEqual(['leader', 'standby']);
  });

  it('with the lease, one chainer writes while the other stands by, then takes over', async () => {
    const first = await fixture.newChainer();
    const second = await fixture.newChainer();
    first.start();
    await eventually(() => first.runner.role === 'leader', 'the first chainer to take the lease');
    second.start();
    await eventually(() => second.runner.role === 'standby', 'the second chainer to stand by');
    await appendEvents(fixture.store, 5);
    await chainEverything(first, fixture.store);
    expect(await storedLinks(fixture.admin)).toHaveLength(15);
    expect(second.runner.role).toBe('standby');

    await first.stop();
    await appendEvents(fixture.store, 3);
    await chainEverything(second, fixture.store);
    expect(second.runner.role).toBe('leader');
    expect(await storedLinks(fixture.admin)).toHaveLength(24);
    expect((await verifyChain(fixture.store, fixture.chainDb)).firstMismatch).toBeNull();
  });

  it('holds no transaction open while it waits for events', async () => {
    await appendEvents(fixture.store, 2);
    const chainer = await fixture.newChainer();
    chainer.start();
    await chainEverything(chainer, fixture.store);
    const { rows } = await fixture.admin.query<{ state: string }>(
      "SELECT state FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    );
    expect(rows).toEqual([]);
    // And the store's subscribers still see new events: the chainer's own subscription chains them.
    await appendEvents(fixture.store, 1);
    await chainEverything(chainer, fixture.store);
  });
});

async function storedTail(admin: Client, sequence: number) {
  const { rows } = await admin.query<{ hash: string; position_commit: string; position_prepare: string }>(
    'SELECT hash, position_commit, position_prepare FROM event_hash_chain WHERE sequence = $1',
    [sequence],
  );
  return { sequence, hash: rows[0].hash, position: { commit: Number(rows[0].position_commit), prepare: Number(rows[0].position_prepare) } };
}
