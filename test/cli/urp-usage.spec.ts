/** The command line is checked before anything boots: a wrong one exits 2 naming the rule, without touching a database. */
import { urp } from './support/run-urp';

// No database at all: any attempt to boot would fail with exit 1, not 2.
const NO_DATABASE = { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', URP_DEMO: '1' } };

describe('urp command line', () => {
  it('lists the areas with --help and exits 0', async () => {
    const help = await urp(['--help'], NO_DATABASE);
    expect(help.code).toBe(0);
    for (const area of ['projections', 'reports', 'audit', 'demo', 'deadlines', 'personal-data']) expect(help.stdout).toContain(area);
  });

  it.each([
    [['drop'], "unknown command 'drop'"],
    [['projections', 'rebuild'], "missing required argument 'name'"],
    [['projections', 'rebuild', 'x', '--batch', '0'], 'a whole number of at least 1 is needed'],
    [['projections', 'rebuild', 'x', 'y'], 'too many arguments'],
    [['projections', 'rebuild', 'x', '--fast'], "unknown option '--fast'"],
    [['reports', 'quality-report', '--year', '2026'], "required option '--out <dir>' not specified"],
    [['reports', 'quality-report', '--year', '1999', '--out', 'x'], 'a year from 2000 to 2100 is needed'],
    [['audit', 'verify'], "required option '--year <year>' not specified"],
    [['audit', 'as-of', '--year', '2026', '--at', 'yesterday'], 'an ISO-8601 instant is needed'],
    [['audit', 'verify-chain', '--published-head', '12:abc'], '<sequence>:<64 hex digits> is needed'],
    [['audit', 'chain-head', '--fast'], "unknown option '--fast'"],
    [['demo', 'generate', '--from', '2025-02-30'], 'a date YYYY-MM-DD is needed'],
    [['demo', 'generate', '--seed', '-1'], 'a whole number of at least 1 is needed'],
    [['demo', 'generate', '--from', '2025-05-01', '--to', '2025-04-01'], '--to (2025-04-01) is before --from (2025-05-01)'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await urp(args, NO_DATABASE);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
  });

  it('exits 1 naming the cause when the database cannot be reached, 2 for the hash chain (could not verify)', async () => {
    const status = await urp(['projections', 'status'], NO_DATABASE);
    expect(status.code).toBe(1);
    expect(status.stderr).toMatch(/^urp: .*ECONNREFUSED/m);
    expect((await urp(['audit', 'verify-chain'], NO_DATABASE)).code).toBe(2);
  });

  it('passes personal-data maintenance on, with its own exit code', async () => {
    expect(await urp(['personal-data', 'keys-rotate'], { env: { URP_DEMO: '1' } })).toMatchObject({ code: 2, stderr: expect.stringContaining('DATABASE_URL is required') });
  });

  it('names the configuration variable that is wrong', async () => {
    const result = await urp(['projections', 'status'], { env: { DATABASE_URL: 'postgres://x@127.0.0.1:1/x', URP_DEMO: '1', PORT: 'eighty' } });
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('PORT must be') });
  });
});
