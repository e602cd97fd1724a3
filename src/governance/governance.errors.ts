/**
 * The governance module's error codes and their HTTP statuses: Assemblies, ballots, proxies and tallies. INVALID_TALLY_INPUT and INVALID_ELECTORATE guard the pure tally against
 * stored data it cannot count (a defect, never the input), answered 500 on purpose; so are SEAL_KEY_MISMATCH (the
 * ballot seal master secret is not the one the ballot was opened with: restore it) and SEALED_VOTE_INVALID (a
 * sealed content that does not open under its ballot's key: an altered row).
 */
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';
import type { MembershipErrorCode } from '../membership/membership.errors.js';

export const GOVERNANCE_ERRORS = defineErrors({
  ASSEMBLY_NOT_FOUND: 404,
  BALLOT_NOT_FOUND: 404,
  PROXY_NOT_FOUND: 404,
  NOT_IN_ELECTORATE: 403,
  BALLOT_NOT_OPEN: 409,
  BALLOT_CLOSED: 409,
  BALLOT_STILL_RUNNING: 409,
  BALLOT_NOT_PASSED: 409,
  BALLOT_CANNOT_DECIDE: 409,
  RESULTS_NOT_AVAILABLE: 409,
  ALREADY_VOTED: 409,
  WRONG_VOTING_MODE: 409,
  ASSEMBLY_NOT_IN_SESSION: 409,
  ALREADY_ATTENDING: 409,
  NOT_ATTENDING: 409,
  RECORD_DATE_NOT_REACHED: 409,
  PROXY_LIMIT_REACHED: 409,
  PROXY_ALREADY_APPOINTED: 409,
  PROXY_ALREADY_USED: 409,
  INVALID_PROXY: 422,
  COUNTS_REQUIRED: 409,
  COUNTS_EXCEED_ATTENDANCE: 422,
  INVALID_CHOICE: 422,
  INVALID_BALLOT_DEFINITION: 422,
  INVALID_QUORUM: 422,
  INVALID_TALLY_INPUT: 500,
  INVALID_ELECTORATE: 500,
  SEAL_KEY_MISMATCH: 500,
  SEALED_VOTE_INVALID: 500,
});
export type GovernanceErrorCode = keyof typeof GOVERNANCE_ERRORS;

export class GovernanceError extends RuleError<GovernanceErrorCode | CommonErrorCode> {}

/** The deliberate 500s: stored data or a deployment the module cannot work with, never the caller's input. */
type GovernanceDefectCode = 'INVALID_TALLY_INPUT' | 'INVALID_ELECTORATE' | 'SEAL_KEY_MISMATCH' | 'SEALED_VOTE_INVALID';

/**
 * The codes a governance route lists in the contract (`ApiProblemCodes<GovernanceProblemCode>`): its own but the
 * two deliberate 500s, the common ones, and MEMBER_NOT_FOUND from the member directory it reads.
 */
export type GovernanceProblemCode =
  | Exclude<GovernanceErrorCode, GovernanceDefectCode>
  | CommonErrorCode
  | Extract<MembershipErrorCode, 'MEMBER_NOT_FOUND'>;

/** `@ApiProblemCodes` held to the codes above, so a misspelt code fails the build. */
export const GovernanceProblems = ApiProblemCodes<GovernanceProblemCode>;

export const ballotNotFound = () => new GovernanceError('BALLOT_NOT_FOUND', 'No such ballot in this cooperative.');
export const assemblyNotFound = () =>
  new GovernanceError('ASSEMBLY_NOT_FOUND', 'No such general assembly in this cooperative.');
export const proxyNotFound = () => new GovernanceError('PROXY_NOT_FOUND', 'No such proxy in this cooperative.');

/** What appointing a proxy can refuse, by the secretary or by the member themself (proxy.service.ts, appointIn). */
export const PROXY_APPOINTMENT_REFUSALS = [
  'MEMBER_NOT_FOUND',
  'BALLOT_NOT_FOUND',
  'ASSEMBLY_NOT_FOUND',
  'BALLOT_CLOSED',
  'ASSEMBLY_NOT_IN_SESSION',
  'INVALID_PROXY',
  'NOT_IN_ELECTORATE',
  'PROXY_ALREADY_APPOINTED',
  'PROXY_LIMIT_REACHED',
] as const satisfies readonly GovernanceProblemCode[];
