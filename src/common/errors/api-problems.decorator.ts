/**
 * What an operation can refuse with, in the contract. A route lists the codes of its own rules once:
 *
 *   @ApiProblemCodes('MEMBER_NOT_FOUND', 'ILLEGAL_TRANSITION')
 *
 * and src/openapi/problem-responses.ts adds the codes every route of its kind can answer (401/403/404 from its access
 * rule, 400 for its parameters and body, 413/415 for a body, 409/422 for an Idempotency-Key, 412 for If-Match, 503),
 * groups them by the status their catalogue gives them and writes one response per status, each with its codes
 * (`x-problem-codes`) and an example per code. A code in no catalogue fails the document's build.
 */
import { ApiExtension } from '@nestjs/swagger';

export const PROBLEM_CODES_EXTENSION = 'x-problem-codes';
/** On the few operations that never touch the database (liveness): no 503 is inherited. */
export const WITHOUT_DATABASE_EXTENSION = 'x-without-database';

export const ApiProblemCodes = <Code extends string>(...codes: Code[]) =>
  ApiExtension(PROBLEM_CODES_EXTENSION, [...new Set(codes)].sort());
