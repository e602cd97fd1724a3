/**
 * The cooperatives module's error codes and their HTTP statuses: Cooperatives and their bylaws (COOPERATIVE_NOT_FOUND is common: every tenant route can answer it).
 */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';

export const COOPERATIVES_ERRORS = defineErrors({
  BYLAWS_INVALID: 422,
  BYLAW_IMMUTABLE: 409,
});
export type CooperativesErrorCode = keyof typeof COOPERATIVES_ERRORS;

export class CooperativesError extends RuleError<CooperativesErrorCode | CommonErrorCode> {}
