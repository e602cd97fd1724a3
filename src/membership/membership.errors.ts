/**
 * The membership module's error codes and their HTTP statuses: The member register and its lifecycle. INVALID_HISTORY: a record's stored transitions contradict the lifecycle (a
 * defect of the data, never of the input), answered 500 on purpose.
 */
import type { AuthErrorCode } from '../auth/auth.errors.js';
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';
import type { AdmissionRefusal } from './membership.ports.js';

export const MEMBERSHIP_ERRORS = defineErrors({
  MEMBER_NOT_FOUND: 404,
  EFFECTIVE_DATE_REQUIRED: 400,
  EFFECTIVE_DATE_OUT_OF_ORDER: 422,
  INVALID_CESSATION_REASON: 422,
  DECISION_REFERENCE_REQUIRED: 422,
  MEMBER_ALREADY_LINKED: 409,
  USER_ALREADY_MEMBER: 409,
  INVALID_HISTORY: 500,
});
export type MembershipErrorCode = keyof typeof MEMBERSHIP_ERRORS;

export class MembershipError extends RuleError<MembershipErrorCode | CommonErrorCode> {}

/**
 * What membership's routes can answer besides the inherited codes: its own, the common ones it throws, the auth
 * codes of accepting an invitation, and the refusals of the admission port (share capital's, by name).
 */
export type MembershipProblemCode =
  | MembershipErrorCode
  | CommonErrorCode
  | Extract<AuthErrorCode, 'INVITATION_INVALID' | 'EMAIL_TAKEN'>
  | AdmissionRefusal;

/** The one answer for a member id that names no record of this cooperative (or one the caller may not see). */
export const memberNotFound = () => new MembershipError('MEMBER_NOT_FOUND', 'No such member in this cooperative.');
