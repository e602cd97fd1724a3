/** Pure arithmetic of the benchmark: exact percentiles from every sample, a latency histogram, growth per 10x. */

/** Nearest-rank percentile of samples sorted ascending (exact: no bucketing, no interpolation). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function sortedCopy(samples: number[]): Float64Array {
  return Float64Array.from(samples).sort();
}

export function median(values: number[]): number {
  return percentile(sortedCopy(values), 50);
}

/** Upper bounds (ms) of the histogram buckets; the last bucket holds everything slower. */
export const HISTOGRAM_BOUNDS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

export interface HistogramBucket {
  /** Label such as "<= 5 ms" or "> 1000 ms". */
  label: string;
  count: number;
}

export function histogram(sorted: ArrayLike<number>, bounds: number[] = HISTOGRAM_BOUNDS_MS): HistogramBucket[] {
  const counts = new Array<number>(bounds.length + 1).fill(0);
  for (let i = 0; i < sorted.length; i++) {
    const index = bounds.findIndex((bound) => sorted[i] <= bound);
    counts[index === -1 ? bounds.length : index]++;
  }
  return counts.map((count, i) => ({
    label: i < bounds.length ? `<= ${bounds[i]} ms` : `> ${bounds[bounds.length - 1]} ms`,
    count,
  }));
}

/**
 * How a figure grows for each tenfold increase of the data: (b / a) ^ (1 / log10(sizeB / sizeA)). For sizes
 * exactly 10x apart that is b / a. NaN when a figure is missing or zero.
 */
export function growthPer10x(sizeA: number, a: number, sizeB: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(sizeB > sizeA)) return NaN;
  return Math.pow(b / a, 1 / Math.log10(sizeB / sizeA));
}
