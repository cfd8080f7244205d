/**
 * `urp demo generate`, `urp projections rebuild | status` and `urp deadlines tick` on a real
 * database, through the same application module the server boots.
 */
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { urp } from './support/run-urp';

describe('urp operations', () => {
  let database: TestDatabase;
  const clock = new ManualClock('2025-12-01T09:00:00Z');

  beforeAll(async () => {
    database = await provisionTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('generates demo cases with progress on stderr and the totals on stdout', async () => {
    const generated = await urp(['demo', 'generate', '--from', '2025-11-03', '--to', '2025-11-14', '--cases-per-year', '300', '--seed', '7'], {
      databaseUrl: database.url,
      clock,
    });
    expect(generated.stderr).toMatch(/^Organisation ready: \d+ sectors/m);
    expect(generated.stderr).toMatch(/^ {2}\d+\/\d+ steps \(2025-11-\d\d\)$/m);
    expect(generated.stdout).toMatch(/^Done in [\d.]+ s: [1-9]\d* cases\./);
    expect(generated.code).toBe(0);
  });

  it('rebuilds a projection with progress on stderr, then reports it in status', async () => {
    const rebuild = await urp(['projections', 'rebuild', 'operator_queue', '--batch', '20'], { databaseUrl: database.url, clock });
    expect(rebuild.stderr).toMatch(/^operator_queue: [\d,]+ events, [\d,]+\/s, \d+% \(est\.\), .*left$/m);
    expect(rebuild.stderr).toMatch(/operator_queue: rebuilt from [1-9]\d* events in [\d.]+ s and swapped in/);
    expect(rebuild.code).toBe(0);
    const result = JSON.parse(rebuild.stdout);
    expect(result).toMatchObject({ projection: 'operator_queue', eventsApplied: expect.any(Number) });

    const status = await urp(['projections', 'status'], { databaseUrl: database.url, clock });
    expect(status.code).toBe(0);
    const queue = JSON.parse(status.stdout).projections.find((projection: { name: string }) => projection.name === 'operator_queue');
    expect(queue).toMatchObject({ state: 'stopped', checkpoint: result.checkpoint, eventsApplied: result.eventsApplied });
  });

  it('exits 1 with the reason for an unknown projection', async () => {
    expect(await urp(['projections', 'rebuild', 'nope'], { databaseUrl: database.url })).toMatchObject({ code: 1, stderr: 'urp: Unknown projection "nope"\n' });
  });

  it('runs one deadline tick and prints its report', async () => {
    clock.set('2026-01-20T09:00:00Z');
    const tick = await urp(['deadlines', 'tick'], { databaseUrl: database.url, clock });
    expect(tick.code).toBe(0);
    const report = JSON.parse(tick.stdout);
    expect(report).toMatchObject({ at: '2026-01-20T09:00:00.000Z', failed: 0 });
    // Two months on, the cases the demo left open are past their terms.
    expect(report.timersCheckpoint).toMatch(/^\d+\/\d+$/);
    expect(report.reminders + report.dueSoon + report.overdue).toBeGreaterThan(0);
  });
});
