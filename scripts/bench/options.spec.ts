import { DEFAULT_SIZES, OptionsError, parseOptions, parseSize } from './options.js';

const KNOWN = ['http-overhead', 'login-and-read', 'cold-start'];

describe('bench options', () => {
  it('runs every size and scenario by default', () => {
    const options = parseOptions([], KNOWN);
    expect(options.sizes).toEqual(DEFAULT_SIZES);
    expect(options.scenarios).toEqual(KNOWN);
    expect(options.out).toBe('docs/benchmarks.md');
  });

  it('--quick runs 10,000 members only, with 5 s load loops unless --duration says otherwise', () => {
    expect(parseOptions(['--quick'], KNOWN)).toMatchObject({ sizes: [10_000], durationSeconds: 5 });
    expect(parseOptions(['--quick', '--duration', '8'], KNOWN).durationSeconds).toBe(8);
    expect(parseOptions([], KNOWN).durationSeconds).toBe(10);
  });

  it('reads sizes and scenarios, with or without "=", keeping the registry order', () => {
    const options = parseOptions(['--sizes=100k,10000', '--scenarios', 'cold-start,http-overhead'], KNOWN);
    expect(options.sizes).toEqual([10_000, 100_000]);
    expect(options.scenarios).toEqual(['http-overhead', 'cold-start']);
  });

  it('runs one API worker per core unless --workers says otherwise', () => {
    expect(parseOptions([], KNOWN, 2).workers).toBe(2);
    expect(parseOptions(['--workers', '1'], KNOWN, 2).workers).toBe(1);
    expect(() => parseOptions(['--workers', '0'], KNOWN)).toThrow(OptionsError);
  });

  it('accepts k and M suffixes', () => {
    expect(parseSize('1M')).toBe(1_000_000);
    expect(parseSize('2.5k')).toBe(2_500);
  });

  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--scenarios', 'tally'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--fast'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--quick', '--sizes', '1M'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--sizes', 'ten'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--sizes', '10'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--duration', '0'], KNOWN)).toThrow(OptionsError);
    expect(() => parseOptions(['--out'], KNOWN)).toThrow(OptionsError);
  });
});
