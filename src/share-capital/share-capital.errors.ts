/**
 * The share-capital module's error codes and their HTTP statuses: The share-capital ledger, its requests (transfers, redemptions) and admission's minimum shares.
 */
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';
import type { MembershipErrorCode } from '../membership/membership.errors.js';

export const SHARE_CAPITAL_ERRORS = defineErrors({
  CAPITAL_ENTRY_NOT_FOUND: 404,
  TRANSFER_NOT_FOUND: 404,
  REDEMPTION_NOT_FOUND: 404,
  MEMBER_NOT_ELIGIBLE: 409,
  ENTRY_NOT_REVERSIBLE: 409,
  ENTRY_ALREADY_REVERSED: 409,
  SHARES_COMMITTED: 409,
  OPEN_REQUESTS_PENDING: 409,
  SHARE_CAP_EXCEEDED: 422,
  PAID_UP_EXCEEDS_SUBSCRIBED: 422,
  INSUFFICIENT_SHARES: 422,
  SHARES_NOT_PAID_UP: 422,
  MINIMUM_SHARES_REQUIRED: 422,
  MINIMUM_SHARES_NOT_PAID: 422,
  REDEMPTION_NOT_PAYABLE_YET: 422,
});
export type ShareCapitalErrorCode = keyof typeof SHARE_CAPITAL_ERRORS;

export class ShareCapitalError extends RuleError<ShareCapitalErrorCode | CommonErrorCode> {}

/**
 * The codes a share-capital route lists in the contract (`@ApiProblemCodes`), typed: its own, the membership codes
 * its steps meet (a member that does not exist, dates out of order) and the common ones (a stale cursor).
 */
export const ApiCapitalProblems = (...codes: (ShareCapitalErrorCode | MembershipErrorCode | CommonErrorCode)[]) =>
  ApiProblemCodes(...codes);
