/**
 * Largest-remainder (Hamilton) split of a money pool among weighted shares.
 * - Each share first gets pool x weight / total weight rounded down to the minor unit (10^-scale).
 * - The units left over go one each to the largest remainders; equal remainders go to the lower `tieRank`
 *   (the member number) first, then the lower key, so the result never depends on input order.
 * - The lines add up exactly to the pool. A zero weight gets zero; a larger weight never gets less.
 * - A pool of zero gives every key zero, even when there is no weight at all (including an empty list, which
 *   returns an empty map). A positive pool with no positive weight throws ZERO_TOTAL_WEIGHT: the money would
 *   otherwise vanish. Negative weights, a negative pool or a pool finer than the minor unit are rejected.
 * The arithmetic runs on integers (BigInt minor units, weights scaled to integers): the floors and the remainder
 * comparisons are exact whatever the weights' precision, whereas a rounded division could turn two equal
 * remainders into unequal ones and bypass the tie rule.
 */
import { Dec, formatMoney } from './money.js';
import { CommonError } from '../errors/common.errors.js';

export interface AllocationShare {
  /** Identifies the line in the result (e.g. the member id); unique. */
  key: string;
  /** Non-negative decimal string; only the proportions between weights matter. */
  weight: string;
  /** Breaks ties between equal remainders: lower first (the member number). */
  tieRank: number;
}

export type AllocationErrorCode =
  | 'INVALID_SCALE'
  | 'INVALID_POOL'
  | 'INVALID_WEIGHT'
  | 'NEGATIVE_WEIGHT'
  | 'INVALID_TIE_RANK'
  | 'DUPLICATE_KEY'
  | 'ZERO_TOTAL_WEIGHT';

export class AllocationError extends CommonError {
  declare readonly code: AllocationErrorCode;

  constructor(code: AllocationErrorCode, message: string) {
    super(code, message);
  }
}

/** Largest minor-unit scale accepted; no ISO 4217 currency uses more than 4. */
const MAX_SCALE = 18;

/**
 * Splits `pool` (a decimal string with at most `scale` decimals) among `shares` by weight. Returns each key's
 * amount as a string with exactly `scale` decimals, in the order of `shares`.
 */
export function allocateLargestRemainder(
  pool: string,
  shares: readonly AllocationShare[],
  scale: number,
): Map<string, string> {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new AllocationError('INVALID_SCALE', `Scale must be an integer from 0 to ${MAX_SCALE}, got ${scale}`);
  }
  const poolUnits = toPoolUnits(pool, scale);
  const keys = new Set<string>();
  for (const share of shares) {
    if (keys.has(share.key)) throw new AllocationError('DUPLICATE_KEY', `Duplicate allocation key '${share.key}'`);
    keys.add(share.key);
    if (!Number.isFinite(share.tieRank)) {
      throw new AllocationError('INVALID_TIE_RANK', `Tie rank of '${share.key}' must be a finite number`);
    }
  }
  const weights = toIntegerWeights(shares);
  const totalWeight = weights.reduce((a, b) => a + b, 0n);

  if (totalWeight === 0n) {
    if (poolUnits !== 0n) {
      throw new AllocationError('ZERO_TOTAL_WEIGHT', `Cannot split ${pool} when no share has a positive weight`);
    }
    return new Map(shares.map((s) => [s.key, formatUnits(0n, scale)]));
  }

  // pool x weight / total = floor + remainder / total, all in integers.
  const units = weights.map((w) => (poolUnits * w) / totalWeight);
  const remainders = weights.map((w) => (poolUnits * w) % totalWeight);
  // Each remainder is below one unit, so fewer units are left over than there are shares.
  const leftover = Number(poolUnits - units.reduce((a, b) => a + b, 0n));

  const order = shares.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a];
    const rb = remainders[b];
    if (ra !== rb) return ra > rb ? -1 : 1;
    const sa = shares[a];
    const sb = shares[b];
    if (sa.tieRank !== sb.tieRank) return sa.tieRank - sb.tieRank;
    return sa.key < sb.key ? -1 : sa.key > sb.key ? 1 : 0;
  });
  for (let i = 0; i < leftover; i++) units[order[i]] += 1n;

  return new Map(shares.map((s, i) => [s.key, formatUnits(units[i], scale)]));
}

function toPoolUnits(pool: string, scale: number): bigint {
  const value = parseDecimal(pool);
  if (value === null || value.isNegative() || value.decimalPlaces() > scale) {
    throw new AllocationError(
      'INVALID_POOL',
      `Pool must be a non-negative decimal with at most ${scale} decimals, got '${pool}'`,
    );
  }
  return toScaledInteger(value, scale);
}

/** Scales every weight by the same power of ten so that all become integers, keeping their proportions exactly. */
function toIntegerWeights(shares: readonly AllocationShare[]): bigint[] {
  const values = shares.map((s) => {
    const value = parseDecimal(s.weight);
    if (value === null) throw new AllocationError('INVALID_WEIGHT', `Weight of '${s.key}' is not a decimal`);
    if (value.lt(0)) throw new AllocationError('NEGATIVE_WEIGHT', `Weight of '${s.key}' is negative: ${s.weight}`);
    return value;
  });
  const places = values.reduce((max, v) => Math.max(max, v.decimalPlaces()), 0);
  return values.map((v) => toScaledInteger(v.abs(), places));
}

function parseDecimal(value: string): Dec | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = new Dec(value);
    return parsed.isFinite() ? parsed : null;
  } catch {
    return null;
  }
}

/** value x 10^places as an integer; exact because `places` is at least the value's number of decimals. */
function toScaledInteger(value: Dec, places: number): bigint {
  return BigInt(value.toFixed(places).replace('.', ''));
}

function formatUnits(units: bigint, scale: number): string {
  // The exponent form is parsed exactly (no rounding to the Decimal precision).
  return formatMoney(new Dec(`${units}e-${scale}`), scale);
}
