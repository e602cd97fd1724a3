/**
 * Every error the API returns has a stable machine code. Modules throw `DomainError(code, detail)`; the one
 * exception filter turns it into application/problem+json with the status from `httpStatusOf`.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_CURSOR',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOKEN_EXPIRED',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'COOPERATIVE_NOT_FOUND',
  'USER_NOT_FOUND',
  'API_CLIENT_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'EMAIL_TAKEN',
  'BYLAWS_INVALID',
  'BYLAW_IMMUTABLE',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'ILLEGAL_TRANSITION',
  'EFFECTIVE_DATE_REQUIRED',
  'INVALID_DATE',
  'EFFECTIVE_DATE_OUT_OF_ORDER',
  'INVALID_CESSATION_REASON',
  'DECISION_REFERENCE_REQUIRED',
  'MEMBER_ALREADY_LINKED',
  'USER_ALREADY_MEMBER',
  'INVITATION_INVALID',
  'ASSEMBLY_NOT_FOUND',
  'BALLOT_NOT_FOUND',
  'PROXY_NOT_FOUND',
  'NOT_IN_ELECTORATE',
  'BALLOT_NOT_OPEN',
  'BALLOT_CLOSED',
  'BALLOT_STILL_RUNNING',
  'BALLOT_NOT_PASSED',
  'RESULTS_NOT_AVAILABLE',
  'ALREADY_VOTED',
  'WRONG_VOTING_MODE',
  'ASSEMBLY_NOT_IN_SESSION',
  'ALREADY_ATTENDING',
  'NOT_ATTENDING',
  'RECORD_DATE_NOT_REACHED',
  'VOTING_CONDITION_UNAVAILABLE',
  'PROXY_LIMIT_REACHED',
  'PROXY_ALREADY_APPOINTED',
  'PROXY_ALREADY_USED',
  'INVALID_PROXY',
  'COUNTS_REQUIRED',
  'COUNTS_EXCEED_ATTENDANCE',
  'INVALID_CHOICE',
  'INVALID_BALLOT_DEFINITION',
  'INVALID_QUORUM',
  'IDEMPOTENCY_KEY_IN_USE',
  'CAPITAL_ENTRY_NOT_FOUND',
  'TRANSFER_NOT_FOUND',
  'REDEMPTION_NOT_FOUND',
  'MEMBER_NOT_ELIGIBLE',
  'ENTRY_NOT_REVERSIBLE',
  'ENTRY_ALREADY_REVERSED',
  'SHARES_COMMITTED',
  'OPEN_REQUESTS_PENDING',
  'SHARE_CAP_EXCEEDED',
  'PAID_UP_EXCEEDS_SUBSCRIBED',
  'INSUFFICIENT_SHARES',
  'SHARES_NOT_PAID_UP',
  'MINIMUM_SHARES_REQUIRED',
  'MINIMUM_SHARES_NOT_PAID',
  'REDEMPTION_NOT_PAYABLE_YET',
  'LOAN_NOT_FOUND',
  'CONTRIBUTION_PLAN_NOT_FOUND',
  'LOAN_ABOVE_CEILING',
  'TERM_TOO_LONG',
  'TOO_MANY_LOANS',
  'GUARANTEE_REQUIRED',
  'GUARANTOR_NOT_ELIGIBLE',
  'PAID_UP_CAPITAL_UNKNOWN',
  'MEMBER_NOT_ACTIVE',
  'INSUFFICIENT_FUND_BALANCE',
  'REPAYMENT_EXCEEDS_BALANCE',
  'VALUE_DATE_OUT_OF_ORDER',
  'SETTLEMENT_AMOUNT_MISMATCH',
  'CONFLICT_OF_INTEREST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** Extra members for the problem document (e.g. `retryAfterSeconds`). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The one place where codes meet HTTP. The switch is exhaustive: a new code does not compile until it is mapped. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'INVALID_CURSOR':
    case 'EFFECTIVE_DATE_REQUIRED':
    case 'INVALID_DATE':
      return 400;
    case 'UNAUTHENTICATED':
    case 'REFRESH_TOKEN_INVALID':
    case 'INVALID_CREDENTIALS':
    case 'TOKEN_EXPIRED':
    case 'REFRESH_TOKEN_REUSED':
    case 'INVITATION_INVALID':
      return 401;
    case 'FORBIDDEN':
    case 'NOT_IN_ELECTORATE':
    case 'CONFLICT_OF_INTEREST':
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'COOPERATIVE_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'API_CLIENT_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
    case 'ASSEMBLY_NOT_FOUND':
    case 'BALLOT_NOT_FOUND':
    case 'PROXY_NOT_FOUND':
    case 'CAPITAL_ENTRY_NOT_FOUND':
    case 'TRANSFER_NOT_FOUND':
    case 'REDEMPTION_NOT_FOUND':
    case 'LOAN_NOT_FOUND':
    case 'CONTRIBUTION_PLAN_NOT_FOUND':
      return 404;
    case 'EMAIL_TAKEN':
    case 'BYLAW_IMMUTABLE':
    case 'CONFLICT':
    case 'IDEMPOTENCY_KEY_IN_USE':
    case 'ILLEGAL_TRANSITION':
    case 'MEMBER_ALREADY_LINKED':
    case 'USER_ALREADY_MEMBER':
    case 'BALLOT_NOT_OPEN':
    case 'BALLOT_CLOSED':
    case 'BALLOT_STILL_RUNNING':
    case 'BALLOT_NOT_PASSED':
    case 'RESULTS_NOT_AVAILABLE':
    case 'ALREADY_VOTED':
    case 'WRONG_VOTING_MODE':
    case 'ASSEMBLY_NOT_IN_SESSION':
    case 'ALREADY_ATTENDING':
    case 'NOT_ATTENDING':
    case 'RECORD_DATE_NOT_REACHED':
    case 'VOTING_CONDITION_UNAVAILABLE':
    case 'PROXY_LIMIT_REACHED':
    case 'PROXY_ALREADY_APPOINTED':
    case 'PROXY_ALREADY_USED':
    case 'COUNTS_REQUIRED':
    case 'MEMBER_NOT_ELIGIBLE':
    case 'ENTRY_NOT_REVERSIBLE':
    case 'ENTRY_ALREADY_REVERSED':
    case 'SHARES_COMMITTED':
    case 'OPEN_REQUESTS_PENDING':
    case 'MEMBER_NOT_ACTIVE':
    case 'INSUFFICIENT_FUND_BALANCE':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'BYLAWS_INVALID':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'EFFECTIVE_DATE_OUT_OF_ORDER':
    case 'INVALID_CESSATION_REASON':
    case 'DECISION_REFERENCE_REQUIRED':
    case 'INVALID_PROXY':
    case 'COUNTS_EXCEED_ATTENDANCE':
    case 'INVALID_CHOICE':
    case 'INVALID_BALLOT_DEFINITION':
    case 'INVALID_QUORUM':
    case 'SHARE_CAP_EXCEEDED':
    case 'PAID_UP_EXCEEDS_SUBSCRIBED':
    case 'INSUFFICIENT_SHARES':
    case 'SHARES_NOT_PAID_UP':
    case 'MINIMUM_SHARES_REQUIRED':
    case 'MINIMUM_SHARES_NOT_PAID':
    case 'REDEMPTION_NOT_PAYABLE_YET':
    case 'LOAN_ABOVE_CEILING':
    case 'TERM_TOO_LONG':
    case 'TOO_MANY_LOANS':
    case 'GUARANTEE_REQUIRED':
    case 'GUARANTOR_NOT_ELIGIBLE':
    case 'PAID_UP_CAPITAL_UNKNOWN':
    case 'REPAYMENT_EXCEEDS_BALANCE':
    case 'VALUE_DATE_OUT_OF_ORDER':
    case 'SETTLEMENT_AMOUNT_MISMATCH':
      return 422;
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}
