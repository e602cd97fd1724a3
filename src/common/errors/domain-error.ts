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
    case 'CONFLICT_OF_INTEREST':
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'COOPERATIVE_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'API_CLIENT_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
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
