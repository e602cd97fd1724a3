/**
 * Exact money arithmetic. Amounts travel as decimal strings ("1234.50") and are computed with decimal.js,
 * never with JavaScript numbers. A currency's minor-unit scale (2 for EUR, 0 for JPY, 3 for KWD) comes from the
 * cooperative's bylaws.
 */
import { Decimal } from 'decimal.js';

/** A Decimal constructor with enough precision for any ledger sum and no silent rounding. */
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Rounds half-up (away from zero at .5) to `scale` decimal places. */
export function roundHalfUp(value: Decimal.Value, scale: number): Decimal {
  return new Dec(value).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
}

/** Rounds down (towards zero) to `scale` decimal places. */
export function roundDown(value: Decimal.Value, scale: number): Decimal {
  return new Dec(value).toDecimalPlaces(scale, Decimal.ROUND_DOWN);
}

/** Formats an amount with exactly `scale` decimals, as the API returns money. */
export function formatMoney(value: Decimal.Value, scale: number): string {
  return new Dec(value).toFixed(scale);
}

/** Sums decimal strings exactly. */
export function sum(values: Iterable<Decimal.Value>): Decimal {
  let total = new Dec(0);
  for (const v of values) total = total.plus(v);
  return total;
}

/** True when `value` is a finite decimal with no more than `scale` decimals. */
export function hasAtMostScale(value: string, scale: number): boolean {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(value);
  return match !== null && (match[1]?.length ?? 0) <= scale;
}
