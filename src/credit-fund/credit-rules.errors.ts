/**
 * Errors raised by the credit fund's pure rules, each with a stable machine `code` for the problem+json filter.
 * Also the input guards the rules share: money arrives as a plain decimal string ("1234.50", never "1e3" or a
 * JavaScript number) with no more decimals than the currency's minor unit; rates and multiples are non-negative
 * decimal strings of any scale; counts are safe integers.
 */
import { Dec, hasAtMostScale } from '../common/money/money.js';
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { CreditFundError, type CreditFundErrorCode } from './credit-fund.errors.js';

export type CreditRuleErrorCode = CreditFundErrorCode | CommonErrorCode;

/** A broken credit rule, naming the offending input field when there is one. */
export class CreditRuleError extends CreditFundError {
  constructor(
    code: CreditRuleErrorCode,
    message: string,
    /** The offending input field, when there is one. */
    readonly field?: string,
  ) {
    super(code, message);
  }
}

/** Highest minor-unit scale accepted (ISO 4217 uses 0 to 4). */
export const MAX_SCALE = 8;

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

export function assertScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new CreditRuleError('INVALID_SCALE', `scale must be an integer from 0 to ${MAX_SCALE}`, 'scale');
  }
}

/**
 * Parses a money amount: a plain decimal string with at most `scale` decimals, non-negative, and positive when
 * `positive` is set.
 */
export function parseMoney(
  value: unknown,
  scale: number,
  field: string,
  code: CreditRuleErrorCode,
  { positive = false }: { positive?: boolean } = {},
): Dec {
  if (typeof value !== 'string' || !hasAtMostScale(value, scale) || value.startsWith('-')) {
    throw new CreditRuleError(
      code,
      `${field} must be a non-negative decimal string with at most ${scale} decimals`,
      field,
    );
  }
  const amount = new Dec(value);
  if (positive && amount.isZero()) throw new CreditRuleError(code, `${field} must be greater than zero`, field);
  return amount;
}

/** Parses a non-negative decimal string of any scale (a rate, a percent, a multiple). */
export function parseNonNegativeDecimal(value: unknown, field: string, code: CreditRuleErrorCode): Dec {
  if (typeof value !== 'string' || !PLAIN_DECIMAL.test(value)) {
    throw new CreditRuleError(code, `${field} must be a non-negative decimal string`, field);
  }
  return new Dec(value);
}

/** Checks a count is an integer within [min, max]. */
export function assertInteger(
  value: unknown,
  field: string,
  code: CreditRuleErrorCode,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CreditRuleError(code, `${field} must be an integer from ${min} to ${max}`, field);
  }
  return value;
}
