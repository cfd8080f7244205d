import { CliUsageError, parseCliArguments } from './cli-arguments';

describe('the projections CLI arguments', () => {
  it('parses status and rebuild with its options', () => {
    expect(parseCliArguments(['status'])).toEqual({ command: 'status' });
    expect(parseCliArguments(['rebuild', 'operator_queue'])).toEqual({ command: 'rebuild', projection: 'operator_queue', batchSize: undefined, resume: false });
    expect(parseCliArguments(['rebuild', '--batch', '2000', 'operator_queue', '--resume'])).toEqual({
      command: 'rebuild',
      projection: 'operator_queue',
      batchSize: 2000,
      resume: true,
    });
    expect(parseCliArguments(['rebuild', 'x', '--batch=50'])).toMatchObject({ batchSize: 50 });
    expect(parseCliArguments([])).toEqual({ command: 'help' });
  });

  it.each([
    [['rebuild'], 'needs the name'],
    [['rebuild', 'x', '--batch', '0'], 'positive integer'],
    [['rebuild', 'x', '--batch'], 'positive integer'],
    [['rebuild', 'x', 'y'], 'Unexpected argument'],
    [['rebuild', 'x', '--fast'], 'Unknown option'],
    [['status', 'x'], 'no arguments'],
    [['drop'], 'Unknown command'],
  ])('refuses %j', (args, message) => {
    expect(() => parseCliArguments(args)).toThrow(CliUsageError);
    expect(() => parseCliArguments(args)).toThrow(message);
  });
});
