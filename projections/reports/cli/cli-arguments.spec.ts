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

  it('reads what-if with repeated --target, or a --proposal file', () => {
    expect(parseReportsCliArguments(['what-if', '--year', '2026', '--target', 'URP-03=60', '--target=URP-05=70%', '--out', 'x'])).toEqual({
      command: 'what-if',
      year: 2026,
      targets: ['URP-03=60', 'URP-05=70%'],
      proposalFile: null,
      outDir: 'x',
    });
    expect(parseReportsCliArguments(['what-if', '--year', '2026', '--proposal', 'p.json', '--out', 'x'])).toMatchObject({ targets: [], proposalFile: 'p.json' });
    expect(() => parseReportsCliArguments(['what-if', '--year', '2026', '--out', 'x'])).toThrow('what-if needs --target CODE=value (repeatable) or --proposal <file>, not both');
    expect(() => parseReportsCliArguments(['quality-report', '--year', '2026', '--target', 'URP-03=60', '--out', 'x'])).toThrow('Unknown argument "--target"');
  });
});
