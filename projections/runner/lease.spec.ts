import { Client } from 'pg';
import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { comparePositions } from '../../src/read-side';
import { COUNTED, CountingProjection } from '../testing/counting-projection';
import { appendTestEvents, readAllEvents } from '../testing/test-events';
import { Connections, connect, eventually, testRunner } from '../testing/test-harness';
import { PROJECTOR_LEASE_KEY } from './advisory-lease';

describe('the projector lease', () => {
  let db: TestDatabase;
  let first: Connections;
  let second: Connections;
  let admin: Client;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    // Two runners as two processes would have them: nothing shared but the database.
    first = await connect(db.url);
    second = await connect(db.url);
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });

  afterEach(async () => {
    await admin.end();
    await first.close();
    await second.close();
    await db.dispose();
  });

  async function terminateLeaseHolder(): Promise<void> {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_locks
       WHERE locktype = 'advisory' AND classid = $1::bigint::oid AND objid = $2::bigint::oid AND objsubid = 2 AND granted
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [PROJECTOR_LEASE_KEY.namespace, PROJECTOR_LEASE_KEY.id],
    );
    expect(rows).toEqual([{ terminated: true }]);
  }

  it('lets one runner write while the other stands by, and hands over exactly once when the holder dies', async () => {
    // The first would retry only after a minute: the takeover is the second's to make.
    const a = testRunner(first, [new CountingProjection({ writer: 'A' })], { leaseRetryMs: 60_000, batchSize: 20 });
    const b = testRunner(second, [new CountingProjection({ writer: 'B' })], { leaseRetryMs: 50, batchSize: 20 });
    try {
      a.start();
      await eventually(async () => a.role === 'leader', 'the first runner to take the lease');
      b.start();
      const early = await appendTestEvents(first.store, { streams: 5, perAppend: 10, rounds: 2 });
      await a.waitForPosition(early, 30_000);
      expect(b.role).toBe('standby');
      const standby = await b.status();
      expect(standby.projector).toBe('another-process');
      expect(standby.projections[0].state).toBe('standby');

      // Events keep coming while the holder's session is killed.
      let appending = true;
      const appender = (async () => {
        let round = 0;
        while (appending) await appendTestEvents(second.store, { streams: 2, perAppend: 3, rounds: 1, streamPrefix: `live-${round++}` });
      })();
      await eventually(async () => (await first.dataSource.query('SELECT count(*)::int AS n FROM counting_events'))[0].n > 120, 'some live events applied');
      await terminateLeaseHolder();
      await eventually(async () => b.role === 'leader', 'the second runner to take over');
      // The first stands by once its batch in flight, if any, has ended (refused by the fence or committed before).
      await eventually(async () => a.role === 'standby', 'the first runner to stand by');
      await eventually(async () => (await second.dataSource.query("SELECT count(*)::int AS n FROM counting_events WHERE writer = 'B'"))[0].n > 0, 'the second runner to write');
      appending = false;
      await appender;
      const head = (await second.store.headPosition())!;
      await b.waitForPosition(head, 30_000);

      const rows: { writer: string; applied_count: number; commit: string; prepare: string }[] = await second.dataSource.query(
        'SELECT writer, applied_count, position_commit AS commit, position_prepare AS prepare FROM counting_events ORDER BY position_commit, position_prepare',
      );
      expect(rows).toHaveLength((await readAllEvents(second.store, { eventTypes: [COUNTED] })).length);
      expect(rows.every((row) => row.applied_count === 1)).toBe(true);
      // A wrote a prefix of the log, B the rest: never both at once.
      const lastOfA = rows.map((row) => row.writer).lastIndexOf('A');
      const firstOfB = rows.map((row) => row.writer).indexOf('B');
      expect(lastOfA + 1).toBe(firstOfB);
      expect(comparePositions(head, { commit: Number(rows.at(-1)!.commit), prepare: Number(rows.at(-1)!.prepare) })).toBe(0);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
