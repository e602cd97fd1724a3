import fc from 'fast-check';

import { canonicalJson } from './canonical-json.js';

/** The same object with its members in another order, at every depth. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([name, member]) => [name, reordered(member)]),
  );
}

describe('canonicalJson', () => {
  it('sorts members by name at every depth, keeps arrays in order, and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives one text for the same members in another order, and another text for another array order', () => {
    expect(canonicalJson({ name: 'Coop', bylaws: { currency: 'HNL', shareParValue: '500' } })).toBe(
      canonicalJson({ bylaws: { shareParValue: '500', currency: 'HNL' }, name: 'Coop' }),
    );
    expect(canonicalJson({ selection: ['a', 'b'] })).not.toBe(canonicalJson({ selection: ['b', 'a'] }));
  });

  it('sorts names by UTF-16 code units, as RFC 8785 does (upper case before lower, digits first)', () => {
    expect(canonicalJson({ b: 0, B: 0, '1': 0, é: 0, a: 0 })).toBe('{"1":0,"B":0,"a":0,"b":0,"é":0}');
  });

  it('writes scalars as JSON does, escapes names, and leaves out undefined members as JSON.stringify does', () => {
    expect(canonicalJson('a "quoted"\nline')).toBe('"a \\"quoted\\"\\nline"');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(-0.5)).toBe('-0.5');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ 'a"b': 1, gone: undefined })).toBe('{"a\\"b":1}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson({ at: new Date('2021-03-01T00:00:00Z') })).toBe('{"at":"2021-03-01T00:00:00.000Z"}');
  });

  it('is the same for every member order, and parses back to the value it writes (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reordered(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});
