import { TestDatabase, provisionTestDatabase } from '../test/support/database';
import { positionToString } from '../src/event-store/position';
import { runProjectionsCli } from './cli';
import { DefaultCountingProjection } from './testing/counting-projection';
import { appendTestEvents } from './testing/test-events';
import { Connections, connect } from './testing/test-harness';

function capture() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

describe('the projections CLI', () => {
  let db: TestDatabase;
  let connections: Connections;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
  });

  afterEach(async () => {
    await connections.close();
    await db.dispose();
  });

  async function cli(...args: string[]) {
    const stdout = capture();
    const stderr = capture();
    const code = await runProjectionsCli(args, {
      env: { DATABASE_URL: db.url },
      projections: [DefaultCountingProjection],
      stdout,
      stderr,
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  it('rebuilds a projection with a progress line on stderr, then reports it in status', async () => {
    const head = await appendTestEvents(connections.store, { streams: 10, perAppend: 10, rounds: 3 });
    const rebuild = await cli('rebuild', 'counting', '--batch', '50');
    expect(rebuild.stderr).toMatch(/^counting: [\d,]+ events, [\d,]+\/s, \d+% \(est\.\), .*left$/m);
    expect(rebuild.stderr).toContain('counting: rebuilt from 300 events');
    expect(rebuild.code).toBe(0);
    expect(JSON.parse(rebuild.stdout)).toMatchObject({ projection: 'counting', eventsApplied: 300, checkpoint: positionToString(head) });

    const status = await cli('status');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      head: positionToString(head),
      projector: 'none',
      projections: [{ name: 'counting', state: 'stopped', checkpoint: positionToString(head), eventsApplied: 300, lag: { events: 0, ms: 0 } }],
    });
  });

  it('exits 1 with the reason for an unknown projection, and 2 with the usage for a wrong command line', async () => {
    expect(await cli('rebuild', 'nope')).toMatchObject({ code: 1, stderr: 'Unknown projection "nope"\n' });
    const usage = await cli('rebuild');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage');
  });
});
