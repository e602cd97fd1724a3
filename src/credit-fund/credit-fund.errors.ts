/**
 * The credit-fund module's error codes and their HTTP statuses (the solidarity credit fund: its ledger, loans,
 * schedules and repayments). INVALID_COUNT, INVALID_SCHEDULE and INVALID_POLICY guard the pure rules against stored
 * data or bylaws they cannot use (a defect), answered 500 on purpose. Below the catalogue: the codes the routes list
 * in the contract, grouped as the services throw them.
 */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';
import type { MembershipErrorCode } from '../membership/membership.errors.js';

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

/** A code a credit-fund route can answer: its own, a shared one, or the member register's MEMBER_NOT_FOUND. */
export type CreditProblemCode =
  CreditFundErrorCode | CommonErrorCode | Extract<MembershipErrorCode, 'MEMBER_NOT_FOUND'>;

/** `@ApiProblemCodes` held to the codes above, so a misspelt code fails the build. */
export const CreditProblems = (...codes: CreditProblemCode[]) => ApiProblemCodes(...codes);

/**
 * What checking an application against the bylaws refuses (loan-application.service.ts, on applying and again on
 * approving): the borrower no longer active, a guarantor who is not another active member, then each broken rule.
 */
export const APPLICATION_REFUSALS = [
  'MEMBER_NOT_ACTIVE',
  'GUARANTOR_NOT_ELIGIBLE',
  'LOAN_ABOVE_CEILING',
  'TERM_TOO_LONG',
  'TOO_MANY_LOANS',
  'GUARANTEE_REQUIRED',
] as const satisfies readonly CreditProblemCode[];

/**
 * What every write on one loan can refuse: no such loan (lockLoan), a status that does not allow the action
 * (loanTransition), a date before the loan's last event (assertNotBefore), a caller with a stake in it
 * (assertNoConflictOfInterest).
 */
export const LOAN_WRITE_REFUSALS = [
  'LOAN_NOT_FOUND',
  'ILLEGAL_TRANSITION',
  'VALUE_DATE_OUT_OF_ORDER',
  'CONFLICT_OF_INTEREST',
] as const satisfies readonly CreditProblemCode[];
