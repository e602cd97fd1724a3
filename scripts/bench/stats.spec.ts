import { growthPer10x, histogram, percentile, sortedCopy } from './stats.js';

describe('percentile (nearest rank, exact)', () => {
  const samples = sortedCopy(Array.from({ length: 100 }, (_, i) => 100 - i)); // 1..100, given in reverse

  it('sorts numerically, not as strings', () => {
    expect(Array.from(sortedCopy([10, 9, 100, 1]))).toEqual([1, 9, 10, 100]);
  });

  it('takes the sample at rank ceil(p * n)', () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(sortedCopy([3, 1, 2]), 50)).toBe(2);
    expect(percentile(sortedCopy([7]), 99)).toBe(7);
  });

  it('is NaN without samples', () => {
    expect(percentile(new Float64Array(0), 50)).toBeNaN();
  });
});

describe('histogram', () => {
  it('counts each sample in the first bucket whose bound holds it, the rest in the last', () => {
    const buckets = histogram(sortedCopy([0.5, 1, 1.5, 7, 2000]), [1, 5]);
    expect(buckets).toEqual([
      { label: '<= 1 ms', count: 2 },
      { label: '<= 5 ms', count: 1 },
      { label: '> 5 ms', count: 2 },
    ]);
  });
});

describe('growthPer10x', () => {
  it('is the plain ratio for sizes ten times apart', () => {
    expect(growthPer10x(10_000, 2, 100_000, 20)).toBeCloseTo(10);
  });

  it('normalises other steps to a tenfold one', () => {
    expect(growthPer10x(10_000, 1, 1_000_000, 100)).toBeCloseTo(10);
    expect(growthPer10x(10_000, 5, 1_000_000, 5)).toBeCloseTo(1);
  });

  it('is NaN when a figure is missing or zero', () => {
    expect(growthPer10x(10, NaN, 100, 1)).toBeNaN();
    expect(growthPer10x(10, 0, 100, 1)).toBeNaN();
  });
});
