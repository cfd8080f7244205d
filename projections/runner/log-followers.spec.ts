import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { CountingProjection } from '../testing/counting-projection';
import { SEEN_EVENTS_DDL, SeenFollower, seenEventIds } from '../testing/seen-follower';
import { appendTestEvents, readAllEvents } from '../testing/test-events';
import { Connections, connect, eventually, testRunner } from '../testing/test-harness';

describe('followers without tables are registrations of the one runner', () => {
  let db: TestDatabase;
  let connections: Connections;

  beforeAll(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
    await connections.dataSource.query(SEEN_EVENTS_DDL);
  });

  afterAll(async () => {
    await connections.close();
    await db.dispose();
  });

  it('follows every event once, in global order, under the runner lease, and shows on the status view', async () => {
    await appendTestEvents(connections.store, { streams: 2, perAppend: 3, rounds: 1, streamPrefix: 'case' });
    const last = await appendTestEvents(connections.store, { streams: 1, perAppend: 2, rounds: 1, streamPrefix: 'sector' });
    const follower = new SeenFollower();
    const leader = testRunner(connections, [new CountingProjection()], {}, [follower]);
    const standby = testRunner(connections, [new CountingProjection()], {}, [new SeenFollower()]);
    const seen = async (runner = leader) => (await runner.status()).followers.find((f) => f.name === 'seen')!;

    expect(await seen()).toMatchObject({ state: 'not-installed', checkpoint: null, quarantined: 0, lag: { events: 8, eventsExact: true } });
    // It skips nothing: the failing batches are rolled back and tried again from the checkpoint.
    follower.failures = 2;
    leader.start();
    try {
      await leader.waitForPosition(last, 30_000, ['seen']);
      standby.start();
      await eventually(async () => standby.role === 'standby', 'the second runner to stand by');
      expect(await seenEventIds(connections.dataSource)).toEqual((await readAllEvents(connections.store)).map((event) => event.id));
      expect(follower.failures).toBe(0);
      expect(await seen()).toMatchObject({ state: 'running', checkpoint: last, eventsApplied: 8, lag: { events: 0 }, lastError: null });
      expect((await seen(standby)).state).toBe('standby');

      await connections.dataSource.query(
        `INSERT INTO follower_quarantine (follower, subject, stage, error_message, first_failed_at, last_failed_at, next_retry_at)
         VALUES ('seen', 'case-1', 'fold', 'boom', now(), now(), now())`,
      );
      expect((await seen()).quarantined).toBe(1);
      await expect(leader.rebuild('seen')).rejects.toThrow(/never rebuilt/);
    } finally {
      await standby.stop();
      await leader.stop();
    }
    expect((await seen()).state).toBe('stopped');
  });

  it('refuses a follower named like a projection', () => {
    const clash = Object.assign(new SeenFollower(), { name: 'counting' });
    expect(() => testRunner(connections, [new CountingProjection()], {}, [clash])).toThrow(/Two log followers are named "counting"/);
  });
});
