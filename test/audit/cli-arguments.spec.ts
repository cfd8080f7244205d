import { AuditUsageError, parseAuditArguments } from '../../src/audit/cli-arguments';

describe('audit CLI arguments', () => {
  it('parses verify-chain with a published head', () => {
    expect(parseAuditArguments(['verify-chain', '--published-head', `12:${'A'.repeat(64)}`, '--json'])).toEqual({
      command: 'verify-chain',
      json: true,
      publishedHead: { sequence: 12, hash: 'a'.repeat(64) },
    });
  });

  it('parses chain-head and help', () => {
    expect(parseAuditArguments(['chain-head'])).toEqual({ command: 'chain-head', json: false });
    expect(parseAuditArguments([])).toEqual({ command: 'help' });
  });

  it.each([[['rebuild']], [['verify-chain', '--published-head']], [['verify-chain', '--published-head', '12:abc']], [['chain-head', '--fast']]])(
    'refuses %j',
    (args) => {
      expect(() => parseAuditArguments(args)).toThrow(AuditUsageError);
    },
  );
});
