import { Client } from 'pg';
import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { startRunnerChild } from '../testing/child-process';
import { CountingProjection } from '../testing/counting-projection';
import { CHILD_APPLICATION_NAME } from '../testing/runner-child';
import { appendTestEvents } from '../testing/test-events';
import { Connections, connect, eventually, testRunner } from '../testing/test-harness';

// The child connects over TCP to the test server; the kill ends its real sessions.
describe('exactly once under a real process kill', () => {
  let db: TestDatabase;
  let connections: Connections;
  let admin: Client;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });

  afterEach(async () => {
    await admin.end();
    await connections.close();
    await db.dispose();
  });

  /** Read model and checkpoint in one snapshot. */
  async function progress(): Promise<{ applied: number; rows: number; counted: number; maxApplied: number | null; sleeping: boolean }> {
    const { rows } = await admin.query(`
      SELECT (SELECT events_applied FROM projection_checkpoints WHERE projection = 'counting' AND slot = 'live')::int AS applied,
             (SELECT count(*) FROM counting_events)::int AS rows,
             (SELECT coalesce(sum(events), 0) FROM counting_streams)::int AS counted,
             (SELECT max(applied_count) FROM counting_events) AS "maxApplied",
             EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1
                     AND state = 'active' AND query LIKE '%pg_sleep%') AS sleeping`,
      [CHILD_APPLICATION_NAME],
    );
    return rows[0];
  }

  it('SIGKILLed in the middle of a batch and restarted, it applies every event exactly once', async () => {
    const head = await appendTestEvents(connections.store, { streams: 40, perAppend: 10, rounds: 8 });
    const total = 3200;

    const doomed = startRunnerChild({ DATABASE_URL: db.url, SLEEP_MS: '300', BATCH_SIZE: '250' });
    const midBatch = await eventually(
      async () => {
        if (!(await admin.query("SELECT to_regclass('counting_events') IS NOT NULL AS ready")).rows[0].ready) return false;
        const now = await progress();
        return now.applied >= 500 && now.sleeping && now;
      },
      () => `a batch in flight after some commits (child output: ${doomed.output()})`,
      120_000,
    );
    doomed.process.kill('SIGKILL');
    expect(await doomed.exited).toBe('SIGKILL');
    // The killed batch's session is still sleeping inside its transaction: the kill was mid-batch.
    expect((await progress()).sleeping).toBe(true);
    await eventually(async () => !(await progress()).sleeping, 'the orphaned transaction to end');
    const afterKill = await progress();
    expect(afterKill.applied).toBeGreaterThanOrEqual(midBatch.applied);
    expect(afterKill.applied).toBeLessThan(total);
    expect(afterKill).toMatchObject({ rows: afterKill.applied, counted: afterKill.applied, maxApplied: 1 });

    const restarted = startRunnerChild({ DATABASE_URL: db.url, SLEEP_MS: '0', BATCH_SIZE: '250' });
    try {
      await testRunner(connections, [new CountingProjection()]).waitForPosition(head, 120_000);
    } finally {
      restarted.process.kill('SIGTERM');
    }
    expect(await restarted.exited).toBe(0);
    expect(await progress()).toEqual({ applied: total, rows: total, counted: total, maxApplied: 1, sleeping: false });

    // A fresh rebuild from the log gives the same read model (who wrote each row aside).
    const readModel = async () => ({
      streams: (await admin.query('SELECT * FROM counting_streams ORDER BY stream_name')).rows,
      events: (await admin.query('SELECT event_id, stream_name, position_commit, position_prepare, applied_count FROM counting_events ORDER BY event_id')).rows,
    });
    const projected = await readModel();
    const rebuilt = await testRunner(connections, [new CountingProjection({ writer: 'rebuild' })]).rebuild('counting', { batchSize: 1000 });
    expect(rebuilt.eventsApplied).toBe(total);
    expect(await readModel()).toEqual(projected);
  }, 300_000); // two child processes compile with ts-node: slow on a loaded machine
});
