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
  'IDEMPOTENCY_KEY_IN_USE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // Surplus distribution: the pure rules' codes (surplus.errors.ts) that input can reach, then the module's own.
  'NON_POSITIVE_SURPLUS',
  'INVALID_AMOUNT',
  'INVALID_PERCENT',
  'FUND_PERCENTS_OVER_100',
  'FUNDS_EXCEED_SURPLUS',
  'INVALID_INTEREST_RATE',
  'INVALID_FISCAL_YEAR',
  'INVALID_PATRONAGE',
  'MIXED_PATRONAGE_BASIS',
  'NO_PATRONAGE',
  'FISCAL_YEAR_NOT_FOUND',
  'PLAN_NOT_FOUND',
  'FISCAL_YEAR_OVERLAP',
  'FISCAL_YEAR_LOCKED',
  'FISCAL_YEAR_NOT_ENDED',
  'SURPLUS_NOT_ENTERED',
  'PLAN_STALE',
  'PLAN_ALREADY_ACTIVE',
  'BALLOT_NOT_PASSED',
  'BALLOT_ALREADY_LINKED',
  'PLAN_OUTSIDE_BYLAWS',
  'PATRONAGE_IMPORT_INVALID',
  'PATRONAGE_MEMBER_INELIGIBLE',
  'CAPITAL_MODULE_UNAVAILABLE',
  'GOVERNANCE_MODULE_UNAVAILABLE',
  'CREDIT_FUND_MODULE_UNAVAILABLE',
  'CAPITAL_HOLDINGS_INVALID',
  'POSTING_MISMATCH',
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
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'COOPERATIVE_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'API_CLIENT_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
    case 'FISCAL_YEAR_NOT_FOUND':
    case 'PLAN_NOT_FOUND':
      return 404;
    case 'EMAIL_TAKEN':
    case 'BYLAW_IMMUTABLE':
    case 'CONFLICT':
    case 'IDEMPOTENCY_KEY_IN_USE':
    case 'ILLEGAL_TRANSITION':
    case 'MEMBER_ALREADY_LINKED':
    case 'USER_ALREADY_MEMBER':
    case 'FISCAL_YEAR_OVERLAP':
    case 'FISCAL_YEAR_LOCKED':
    case 'FISCAL_YEAR_NOT_ENDED':
    case 'SURPLUS_NOT_ENTERED':
    case 'PLAN_STALE':
    case 'PLAN_ALREADY_ACTIVE':
    case 'BALLOT_NOT_PASSED':
    case 'BALLOT_ALREADY_LINKED':
    case 'CAPITAL_MODULE_UNAVAILABLE':
    case 'GOVERNANCE_MODULE_UNAVAILABLE':
    case 'CREDIT_FUND_MODULE_UNAVAILABLE':
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
    case 'NON_POSITIVE_SURPLUS':
    case 'INVALID_AMOUNT':
    case 'INVALID_PERCENT':
    case 'FUND_PERCENTS_OVER_100':
    case 'FUNDS_EXCEED_SURPLUS':
    case 'INVALID_INTEREST_RATE':
    case 'INVALID_FISCAL_YEAR':
    case 'INVALID_PATRONAGE':
    case 'MIXED_PATRONAGE_BASIS':
    case 'NO_PATRONAGE':
    case 'PLAN_OUTSIDE_BYLAWS':
    case 'PATRONAGE_IMPORT_INVALID':
    case 'PATRONAGE_MEMBER_INELIGIBLE':
      return 422;
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL_ERROR':
    case 'CAPITAL_HOLDINGS_INVALID':
    case 'POSTING_MISMATCH':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}
