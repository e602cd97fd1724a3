/**
 * The error responses of an operation, written from the codes it can answer: the route's own (`@ApiProblemCodes`)
 * and those every route of its kind can give. One response per status, listing its codes (`x-problem-codes`, in the
 * description too) with an example problem per code. `code` itself stays an open string (schema `ProblemCode`): a
 * client that meets a code newer than its copy of the contract goes by the status.
 */
import type { ExampleObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { problemTitle, problemType } from '../common/errors/problem.js';
import { PROBLEM_CODES_EXTENSION, WITHOUT_DATABASE_EXTENSION } from '../common/errors/api-problems.decorator.js';
import { type AccessRule, RATE_LIMIT_EXTENSION } from '../common/access/access.decorator.js';
import { VERSIONED_EXTENSION } from '../common/concurrency/versioned.js';
import { ERROR_STATUSES } from '../error-catalogue.js';

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is malformed: a parameter or a field of the body is invalid (`errors` lists each).',
  401: 'No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted.',
  403: 'The caller is known but lacks the role or the API-key scope this operation needs.',
  404: 'Not found, or not visible to the caller (another cooperative’s ids are answered the same way).',
  409: 'Conflicts with the current state of the resource.',
  412: 'The `If-Match` tag is not the resource’s current `ETag`: someone changed it since it was read.',
  413: 'The request body is larger than the server accepts.',
  415: 'The request body is not of a media type this operation accepts.',
  422: 'Well-formed, but refused by a rule of the cooperative.',
  429: 'Too many requests; wait the seconds `Retry-After` gives.',
  503: 'The database is unreachable for the moment; retry after the seconds `Retry-After` gives.',
};

/** What the examples say, where a code's name alone reads awkwardly. Anything else gets its status's text. */
const DETAILS: Partial<Record<string, string>> = {
  VALIDATION_FAILED: 'The request is invalid.',
  UNAUTHENTICATED: 'Missing or invalid credentials.',
  FORBIDDEN: 'This needs one of the roles: treasurer.',
  COOPERATIVE_NOT_FOUND: 'No such cooperative, or it is not visible to you.',
  PAYLOAD_TOO_LARGE: 'The body is larger than 1 MB.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  IDEMPOTENCY_KEY_IN_USE: 'A request with this Idempotency-Key is still being processed; retry shortly.',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was used with a different request.',
  PRECONDITION_FAILED: 'The resource changed since it was read: version 4 now, If-Match named 3.',
  SERVICE_UNAVAILABLE: 'The database is unavailable; retry shortly.',
  RATE_LIMITED: 'Too many requests: 3000 are allowed every 60 s; wait 42 s.',
};

/** The codes any operation of this shape can answer, besides its own. */
export function inheritedCodes(operation: OperationObject, method: string, access: AccessRule | undefined): string[] {
  const extensions = operation as unknown as Record<string, unknown>;
  const codes = extensions[WITHOUT_DATABASE_EXTENSION] ? [] : ['SERVICE_UNAVAILABLE'];
  if (extensions[RATE_LIMIT_EXTENSION] !== false) codes.push('RATE_LIMITED');
  if (access && access.kind !== 'public') codes.push('UNAUTHENTICATED', 'TOKEN_EXPIRED');
  if (access?.kind === 'superadmin' || access?.kind === 'cooperative') codes.push('FORBIDDEN');
  if (access?.kind === 'cooperative') codes.push('COOPERATIVE_NOT_FOUND');
  const parameters = (operation.parameters ?? []) as { in?: string; name?: string }[];
  if (operation.requestBody || parameters.some((p) => p.in === 'path' || p.in === 'query')) {
    codes.push('VALIDATION_FAILED');
  }
  if (parameters.some((p) => p.in === 'query' && p.name === 'cursor')) codes.push('INVALID_CURSOR');
  if (operation.requestBody) codes.push('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')) {
    codes.push('IDEMPOTENCY_KEY_IN_USE', 'IDEMPOTENCY_KEY_REUSED');
  }
  if (extensions[VERSIONED_EXTENSION] && method !== 'get') codes.push('PRECONDITION_FAILED');
  return codes;
}

/** Replaces the operation's error responses by one per status of `codes`. Throws on a code no catalogue has. */
export function writeProblemResponses(operation: OperationObject, codes: readonly string[]): void {
  const byStatus = new Map<number, string[]>();
  for (const code of [...new Set(codes)].sort()) {
    const status = ERROR_STATUSES.get(code);
    if (status === undefined) throw new Error(`${operation.operationId}: ${code} is in no error catalogue`);
    if (status >= 500 && status !== 503) {
      throw new Error(`${operation.operationId}: ${code} is a ${status}, a defect, not a documented answer`);
    }
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  delete (operation as unknown as Record<string, unknown>)[PROBLEM_CODES_EXTENSION];

  for (const key of Object.keys(operation.responses)) if (Number(key) >= 400) delete operation.responses[key];
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    operation.responses[String(status)] = problemResponse(status, statusCodes);
  }
}

function problemResponse(status: number, codes: readonly string[]): ResponseObject {
  const listed = codes.length ? ` Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.` : '';
  return {
    description: `${STATUS_TEXT[status] ?? 'Refused.'}${listed}`,
    'x-problem-codes': [...codes],
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        examples: Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/examples/${code}` }])),
      },
    },
  } as ResponseObject;
}

/** One example problem per code, shared by the operations that answer it (`components.examples`). */
export function problemExamples(codes: Iterable<string>): Record<string, ExampleObject> {
  return Object.fromEntries(
    [...codes].sort().map((code) => [code, { summary: problemTitle(code), value: exampleProblem(code) }]),
  );
}

function exampleProblem(code: string): Record<string, unknown> {
  const status = ERROR_STATUSES.get(code)!;
  return {
    type: problemType(code),
    title: problemTitle(code),
    status,
    detail: DETAILS[code] ?? STATUS_TEXT[status] ?? 'Refused.',
    code,
    instance: '/v1/cooperatives/0b6f1f4e-2a7c-4d0e-9c51-3e8a7d2b6f10/members/3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b',
    requestId: '6d1f3a52-8e0b-4c9a-a7d2-51f0c3b4e9a1',
    ...(code === 'VALIDATION_FAILED' ? { errors: [{ field: 'email', message: 'email must be an email' }] } : {}),
  };
}
