/**
 * The credit-fund module's error codes and their HTTP statuses: The solidarity credit fund: its ledger, loans, schedules and repayments. INVALID_COUNT, INVALID_SCHEDULE and
 * INVALID_POLICY guard the pure rules against stored data or bylaws they cannot use (a defect), answered 500 on purpose.
 */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';

export const CREDIT_FUND_ERRORS = defineErrors({
  LOAN_NOT_FOUND: 404,
  CONTRIBUTION_PLAN_NOT_FOUND: 404,
  LOAN_ABOVE_CEILING: 422,
  TERM_TOO_LONG: 422,
  TOO_MANY_LOANS: 422,
  GUARANTEE_REQUIRED: 422,
  GUARANTOR_NOT_ELIGIBLE: 422,
  MEMBER_NOT_ACTIVE: 409,
  INSUFFICIENT_FUND_BALANCE: 409,
  REPAYMENT_EXCEEDS_BALANCE: 422,
  VALUE_DATE_OUT_OF_ORDER: 422,
  SETTLEMENT_AMOUNT_MISMATCH: 422,
  CONFLICT_OF_INTEREST: 403,
  INVALID_PRINCIPAL: 422,
  INVALID_RATE: 422,
  INVALID_TERM: 422,
  INVALID_METHOD: 422,
  INVALID_COUNT: 500,
  INVALID_SCHEDULE: 500,
  INVALID_POLICY: 500,
});
export type CreditFundErrorCode = keyof typeof CREDIT_FUND_ERRORS;

export class CreditFundError extends RuleError<CreditFundErrorCode | CommonErrorCode> {}
