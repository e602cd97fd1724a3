/**
 * The surplus module's error codes and their HTTP statuses: fiscal years, patronage and distribution plans. Bad input
 * or a plan that cannot be made is a 4xx; INVALID_HOLDING and INVALID_MEMBER guard the pure computation against
 * stored data it cannot use (a defect, never the input) and are answered 500 on purpose.
 */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';

export const SURPLUS_ERRORS = defineErrors({
  /** The surplus is zero or negative: there is nothing to distribute. */
  NON_POSITIVE_SURPLUS: 422,
  /** A fund percentage is not a decimal from 0 to 100. */
  INVALID_PERCENT: 422,
  /** Reserve + education + community percentages exceed 100. */
  FUND_PERCENTS_OVER_100: 422,
  /** The funds, each rounded half-up, add up to more than the surplus (only possible near 100%). */
  FUNDS_EXCEED_SURPLUS: 422,
  /** The interest rate is not a decimal from 0 to 100. */
  INVALID_INTEREST_RATE: 422,
  /** The fiscal year ends before it starts. */
  INVALID_FISCAL_YEAR: 422,
  /** A patronage value or quantity is negative or not a decimal. */
  INVALID_PATRONAGE: 422,
  /** Some eligible members have a patronage value and others only a quantity: the two cannot be added. */
  MIXED_PATRONAGE_BASIS: 422,
  /** There is a patronage pool to refund but no eligible member has any patronage. */
  NO_PATRONAGE: 422,
  FISCAL_YEAR_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  FISCAL_YEAR_OVERLAP: 409,
  FISCAL_YEAR_LOCKED: 409,
  FISCAL_YEAR_NOT_ENDED: 409,
  SURPLUS_NOT_ENTERED: 409,
  PLAN_STALE: 409,
  PLAN_ALREADY_ACTIVE: 409,
  BALLOT_ALREADY_LINKED: 409,
  PLAN_OUTSIDE_BYLAWS: 422,
  PATRONAGE_IMPORT_INVALID: 422,
  PATRONAGE_MEMBER_INELIGIBLE: 422,
  /** A capital holding has a negative or malformed amount, or leaves before it arrives. */
  INVALID_HOLDING: 500,
  /** Two members share an id or a member number, or a member number is not an integer. */
  INVALID_MEMBER: 500,
});
export type SurplusErrorCode = keyof typeof SURPLUS_ERRORS;

export class SurplusError extends RuleError<SurplusErrorCode | CommonErrorCode> {}

/** What computing a plan's figures can refuse, for a new draft and for a recompute (distribution-plan.service.ts). */
export const PLAN_COMPUTATION_REFUSALS = [
  'SURPLUS_NOT_ENTERED',
  'PLAN_OUTSIDE_BYLAWS',
  'NON_POSITIVE_SURPLUS',
  'FUND_PERCENTS_OVER_100',
  'FUNDS_EXCEED_SURPLUS',
  'MIXED_PATRONAGE_BASIS',
  'NO_PATRONAGE',
] as const satisfies readonly SurplusErrorCode[];
