/**
 * Domain errors of surplus distribution. Each carries a stable machine `code` that the problem+json filter maps to
 * an HTTP status (all are bad input or a plan that cannot be made, i.e. 422, never a 500).
 */
export type SurplusErrorCode =
  /** The surplus is zero or negative: there is nothing to distribute. */
  | 'NON_POSITIVE_SURPLUS'
  /** An amount is not a decimal, or has more decimals than the currency's minor unit. */
  | 'INVALID_AMOUNT'
  /** The minor-unit scale is not an integer from 0 to 18. */
  | 'INVALID_SCALE'
  /** A fund percentage is not a decimal from 0 to 100. */
  | 'INVALID_PERCENT'
  /** Reserve + education + community percentages exceed 100. */
  | 'FUND_PERCENTS_OVER_100'
  /** The funds, each rounded half-up, add up to more than the surplus (only possible near 100%). */
  | 'FUNDS_EXCEED_SURPLUS'
  /** The interest rate is not a decimal from 0 to 100. */
  | 'INVALID_INTEREST_RATE'
  /** A date is not an existing calendar date written YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** The fiscal year ends before it starts. */
  | 'INVALID_FISCAL_YEAR'
  /** A capital holding has a negative or malformed amount, or leaves before it arrives. */
  | 'INVALID_HOLDING'
  /** A patronage value or quantity is negative or not a decimal. */
  | 'INVALID_PATRONAGE'
  /** Two members share an id or a member number, or a member number is not an integer. */
  | 'INVALID_MEMBER'
  /** Some eligible members have a patronage value and others only a quantity: the two cannot be added. */
  | 'MIXED_PATRONAGE_BASIS'
  /** There is a patronage pool to refund but no eligible member has any patronage. */
  | 'NO_PATRONAGE';

export class SurplusRuleError extends Error {
  override readonly name = 'SurplusRuleError';

  constructor(
    readonly code: SurplusErrorCode,
    message: string,
  ) {
    super(message);
  }
}
