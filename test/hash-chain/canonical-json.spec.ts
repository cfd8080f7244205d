import { canonicalJson } from '../../src/hash-chain/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in (jsonb reorders them)', () => {
    const written = { type: 'CaseRegistered', data: { subject: 'Buca', citizen: { name: 'Anna', email: 'a@b.it' } } };
    const reordered = { data: { citizen: { email: 'a@b.it', name: 'Anna' }, subject: 'Buca' }, type: 'CaseRegistered' };
    expect(canonicalJson(reordered)).toBe(canonicalJson(written));
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes numbers and strings as JSON does', () => {
    expect(canonicalJson([1.5, -0, 1e21, 0.1 + 0.2, 10, 'è "q" \n \u2028'])).toBe(
      '[1.5,0,1e+21,0.30000000000000004,10,"è \\"q\\" \\n \u2028"]',
    );
  });

  it('sorts keys by UTF-16 code units', () => {
    expect(canonicalJson({ b: 0, a: 0, B: 0, é: 0, '1': 0 })).toBe('{"1":0,"B":0,"a":0,"b":0,"é":0}');
  });

  it('leaves out undefined members, as JSON has none', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a bigint', { n: BigInt(1) }],
    ['a Date', { at: new Date(0) }],
    ['undefined', undefined],
  ])('refuses %s rather than hash something JSON cannot hold', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
