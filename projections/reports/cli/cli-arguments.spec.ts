import { parseReportsCliArguments, ReportsCliUsageError } from './cli-arguments';

describe('reports CLI arguments', () => {
  it('reads quality-report --year and --out, in either form', () => {
    expect(parseReportsCliArguments(['quality-report', '--year', '2026', '--out', 'out/relazioni'])).toEqual({ command: 'quality-report', year: 2026, outDir: 'out/relazioni' });
    expect(parseReportsCliArguments(['quality-report', '--out=dir', '--year=2025'])).toEqual({ command: 'quality-report', year: 2025, outDir: 'dir' });
  });

  it('no command, help, -h: the usage', () => {
    for (const args of [[], ['help'], ['-h'], ['--help']]) expect(parseReportsCliArguments(args)).toEqual({ command: 'help' });
  });

  it('says what is wrong', () => {
    const wrong = (args: string[]) => () => parseReportsCliArguments(args);
    expect(wrong(['quality-report', '--out', 'x'])).toThrow(new ReportsCliUsageError('quality-report needs --year'));
    expect(wrong(['quality-report', '--year', '26', '--out', 'x'])).toThrow('--year needs a year from 2000 to 2100 (got "26")');
    expect(wrong(['quality-report', '--year', '2026'])).toThrow('quality-report needs --out <dir>');
    expect(wrong(['quality-report', '--year'])).toThrow('--year needs a value');
    expect(wrong(['quality-report', '--year', '2026', '--out', 'x', '--pages'])).toThrow('Unknown argument "--pages"');
    expect(wrong(['sector-report'])).toThrow('Unknown command "sector-report"');
  });
});
