/**
 * The auth module's error codes and their HTTP statuses: Authentication, sessions, users, their invitations and API clients.
 */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';

export const AUTH_ERRORS = defineErrors({
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  REFRESH_TOKEN_INVALID: 401,
  REFRESH_TOKEN_REUSED: 401,
  INVITATION_INVALID: 401,
  USER_NOT_FOUND: 404,
  API_CLIENT_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
});
export type AuthErrorCode = keyof typeof AUTH_ERRORS;

export class AuthError extends RuleError<AuthErrorCode | CommonErrorCode> {}
