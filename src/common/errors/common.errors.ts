/**
 * The cross-cutting codes: input that fails validation, authentication and authorisation, paging, idempotency, the
 * HTTP layer, optimistic concurrency (If-Match), and the state-machine refusal every module shares. A module's own codes live in its catalogue.
 */
import { defineErrors, RuleError } from './rule-error.js';

export const COMMON_ERRORS = defineErrors({
  VALIDATION_FAILED: 400,
  INVALID_CURSOR: 400,
  INVALID_DATE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  COOPERATIVE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  ILLEGAL_TRANSITION: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  INVALID_AMOUNT: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  // The largest-remainder split's guards (common/money/largest-remainder.ts): its callers pass validated amounts,
  // so any of these is a defect of the caller, answered 500 on purpose.
  INVALID_SCALE: 500,
  INVALID_POOL: 500,
  INVALID_WEIGHT: 500,
  NEGATIVE_WEIGHT: 500,
  INVALID_TIE_RANK: 500,
  DUPLICATE_KEY: 500,
  ZERO_TOTAL_WEIGHT: 500,
});
export type CommonErrorCode = keyof typeof COMMON_ERRORS;

export class CommonError extends RuleError<CommonErrorCode> {}
