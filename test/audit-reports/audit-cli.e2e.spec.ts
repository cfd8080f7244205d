/** `urp audit verify | drill-down | as-of` against a database the report projections have caught up with. */
import { caseTallyKeys, moveOneTally } from './support/tamper-tallies';
import { ManualClock } from '../../src/shared/clock';
import { urp } from '../cli/support/run-urp';
import { startReportProjections, ReportProjections } from '../reports/support/report-projections';
import { appendTwoSectorYear, on, STANDARD_IDS } from '../reports/support/two-sectors-scenario';

describe('audit CLI', () => {
  let system: ReportProjections;
  let url: string;

  beforeAll(async () => {
    system = await startReportProjections();
    await system.caughtUp(await appendTwoSectorYear(system.store));
    url = (system.dataSource.options as { url: string }).url;
  });

  afterAll(() => system?.close());

  const cli = async (...args: string[]) => {
    const result = await urp(['audit', ...args], { databaseUrl: url, clock: new ManualClock(on('2027-01-31')) });
    return { code: result.code, stdout: { json: () => JSON.parse(result.stdout) }, stderr: { text: result.stderr } };
  };

  it('drill-down prints the figure with its cases; as-of the report replayed to the instant', async () => {
    const drilled = await cli('drill-down', '--year', '2026', '--figure', `standard:${STANDARD_IDS.urp02}:2026-03-01:within`);
    expect(drilled.code).toBe(0);
    expect(drilled.stdout.json().contributions.map((c: { caseId: string }) => c.caseId)).toEqual(['case-05', 'case-13']);
    const asOf = await cli('as-of', '--year', '2026', '--at', '2026-01-31T23:00:00Z');
    expect(asOf.code).toBe(0);
    // By the end of January the office had received cases 1, 2, 3, 7, 8 and 9.
    expect(asOf.stdout.json().report.summary.received).toBe(6);
  });

  it('verify exits 0 when the tables agree with the replay, 1 with the differences when they do not', async () => {
    const agreed = await cli('verify', '--year', '2026');
    expect([agreed.code, agreed.stdout.json().differences]).toEqual([0, []]);
    // Case 1's take-charge counted 20 days later in the tallies the report reads.
    const keys = await caseTallyKeys(system.dataSource, 'case-01');
    await moveOneTally(system.dataSource, { metric: 'taken', day: keys.routedDay!, kind: keys.kind, from: String(keys.takeChargeDays), to: String(keys.takeChargeDays! + 20) });
    const tampered = await cli('verify', '--year', '2026');
    expect(tampered.code).toBe(1);
    expect(tampered.stdout.json().differences.map((d: { figure: string }) => d.figure)).toContain('standards[standardId=' + STANDARD_IDS.urp03 + ',from=2026-01-01].measured.value');
  });

  it('says how to use it when the arguments are wrong', async () => {
    const wrong = await cli('verify');
    expect([wrong.code, wrong.stderr.text]).toEqual([2, expect.stringContaining("required option '--year <year>' not specified")]);
  });
});
