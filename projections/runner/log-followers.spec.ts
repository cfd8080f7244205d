import { Client } from 'pg';
import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { CountingProjection } from '../testing/counting-projection';
import { appendTestEvents } from '../testing/test-events';
import { Connections, connect, testRunner } from '../testing/test-harness';

describe('the status view lists every follower of the log', () => {
  let db: TestDatabase;
  let connections: Connections;

  beforeAll(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
  });

  afterAll(async () => {
    await connections.close();
    await db.dispose();
  });

  it('shows the deadline timers and the hash chain from the one checkpoint table, with lag, state and quarantine', async () => {
    // 2 case streams x 3 events, and 2 events of a stream that is not a case.
    await appendTestEvents(connections.store, { streams: 2, perAppend: 3, rounds: 1, streamPrefix: 'case' });
    const last = await appendTestEvents(connections.store, { streams: 1, perAppend: 2, rounds: 1, streamPrefix: 'sector' });
    const runner = testRunner(connections, [new CountingProjection()]);
    const follower = async (name: string) => (await runner.status()).followers.find((f) => f.name === name)!;

    let timers = await follower('case_timers');
    expect(timers).toMatchObject({ state: 'on-tick', checkpoint: null, quarantined: 0 });
    expect(timers.lag).toMatchObject({ events: 6, eventsExact: true });
    let chain = await follower('hash_chain');
    expect(chain).toMatchObject({ state: 'stopped', checkpoint: null });
    expect(chain.lag.events).toBe(8);

    await connections.dataSource.query(
      `UPDATE projection_checkpoints SET checkpoint_commit = $1, checkpoint_prepare = $2 WHERE projection = 'case_timers'`,
      [last.commit, last.prepare],
    );
    await connections.dataSource.query(
      `INSERT INTO follower_quarantine (follower, subject, stage, error_message, first_failed_at, last_failed_at, next_retry_at)
       VALUES ('deadlines', 'case-1', 'fold', 'boom', now(), now(), now())`,
    );
    const chainer = new Client({ connectionString: db.url });
    await chainer.connect();
    try {
      await chainer.query('SELECT pg_advisory_lock($1::bigint)', ['8462950222037870958']);
      timers = await follower('case_timers');
      expect(timers).toMatchObject({ checkpoint: last, quarantined: 1 });
      expect(timers.lag.events).toBe(0);
      chain = await follower('hash_chain');
      expect(chain.state).toBe('running');
    } finally {
      await chainer.end();
    }
  });
});
