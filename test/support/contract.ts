/**
 * Contract conformance: a response is checked against openapi.yaml, so the contract external apps build on is
 * true, not aspirational.
 * - the status is documented for the operation that answered (or the route does not exist and the answer is a
 *   problem+json 404);
 * - 4xx/5xx answers are application/problem+json matching Problem, with `status` equal to the HTTP status, a
 *   `code` that maps to that status and is one of the codes the operation documents for it (`x-problem-codes`),
 *   and a `requestId` equal to the X-Request-Id header;
 * - a 201 whose documentation promises a `Location` header sends one;
 * - success bodies match the documented schema, closed: a property the schema does not declare is a violation;
 *   a documented response without content (204) has no body;
 * - no body carries a secret marker (password or key hashes, argon2 strings).
 *
 * Module e2e tests use it either per response (`expectConforms(res)`) or for every response of a spec file:
 * `const http = conformingHttp(t.http)` and then `http().get(...)` as with `t.http()`.
 */
import type request from 'supertest';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from './test-app.js';
import { ERROR_STATUSES } from '../../src/error-catalogue.js';
import { openApiDocument, type OpenApiDocument, type Operation } from './openapi.js';

export const PROBLEM_SCHEMA = 'Problem';

/** Strings that only appear where a stored secret leaked: column names and hash encodings. */
export const SECRET_MARKERS = ['password_hash', 'passwordHash', 'secret_hash', 'secretHash', '$argon2'] as const;

export interface CheckedResponse {
  method: string;
  path: string;
  status: number;
  operationId?: string;
  text: string;
}

/** Every response a spec file saw, for suite-wide scans (secrets). */
export class ResponseLog {
  readonly entries: CheckedResponse[] = [];

  add(res: Response): CheckedResponse {
    const { method, path } = requestOf(res);
    const operation = openApiDocument().match(method, path);
    const entry = { method, path, status: res.status, operationId: operation?.operationId, text: res.text ?? '' };
    this.entries.push(entry);
    return entry;
  }

  /** Responses whose body contains one of `needles` (secret markers, or real hashes read from the database). */
  leaking(needles: readonly string[]): { response: string; needle: string }[] {
    const found: { response: string; needle: string }[] = [];
    for (const entry of this.entries) {
      for (const needle of needles) {
        if (needle && entry.text.includes(needle)) {
          found.push({ response: `${entry.method} ${entry.path} -> ${entry.status}`, needle });
        }
      }
    }
    return found;
  }
}

export function requestOf(res: Response): { method: string; path: string } {
  const request = res.request as unknown as { method: string; url: string };
  return { method: request.method.toUpperCase(), path: new URL(request.url).pathname };
}

/** The contract violations of one response (empty when it conforms). */
export function contractViolations(res: Response, document: OpenApiDocument = openApiDocument()): string[] {
  const { method, path } = requestOf(res);
  const operation = document.match(method, path);
  const violations: string[] = [];
  const contentType = String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  const isError = res.status >= 400;

  if (res.status >= 500 && res.status !== 503) violations.push(`a server error ${res.status}`);
  if (!operation) {
    if (!isError) violations.push(`${res.status} from a route that openapi.yaml does not document`);
  } else if (!operation.responses[String(res.status)] && !operation.responses.default) {
    violations.push(
      `status ${res.status} is not documented for ${operation.operationId} ` +
        `(documented: ${Object.keys(operation.responses).join(', ')})`,
    );
  }

  if (isError) {
    violations.push(...problemViolations(res, contentType, document));
    if (operation) violations.push(...undocumentedCode(res, operation));
  } else if (operation) {
    violations.push(...successViolations(res, contentType, operation, document));
    const promised = operation.responses[String(res.status)]?.headers ?? {};
    if ('Location' in promised && !res.headers.location) violations.push(`no Location header on the ${res.status}`);
  }

  for (const marker of SECRET_MARKERS) {
    if ((res.text ?? '').includes(marker)) violations.push(`the body contains the secret marker ${marker}`);
  }
  return violations;
}

/** A code the operation does not list for this status: the contract would have hidden it from a client. */
function undocumentedCode(res: Response, operation: Operation): string[] {
  const code = (parseJson(res) as { code?: unknown } | undefined)?.code;
  const listed = operation.responses[String(res.status)]?.['x-problem-codes'];
  if (typeof code !== 'string' || !listed || listed.includes(code)) return [];
  return [
    `code ${code} is not among the ${res.status} codes ${operation.operationId} documents (${listed.join(', ')})`,
  ];
}

function problemViolations(res: Response, contentType: string, document: OpenApiDocument): string[] {
  const violations: string[] = [];
  if (contentType !== 'application/problem+json') {
    violations.push(`an error with content-type "${contentType}", not application/problem+json`);
    return violations;
  }
  const body = parseJson(res);
  if (body === undefined) return ['a problem+json response whose body is not JSON'];
  violations.push(
    ...document.validator.validate({ $ref: `#/components/schemas/${PROBLEM_SCHEMA}` }, body, {
      closed: true,
      // RFC 9457: problem types may add extension members (e.g. retryAfterSeconds).
      openSchemas: [PROBLEM_SCHEMA],
    }),
  );
  const problem = body as { status?: unknown; code?: unknown; requestId?: unknown };
  const requestId = res.headers['x-request-id'];
  if (problem.requestId === undefined || problem.requestId !== requestId) {
    violations.push(`problem.requestId ${String(problem.requestId)} != X-Request-Id ${String(requestId)}`);
  }
  if (problem.status !== res.status) violations.push(`problem.status ${String(problem.status)} != HTTP ${res.status}`);
  const mapped = typeof problem.code === 'string' ? ERROR_STATUSES.get(problem.code) : undefined;
  if (mapped !== undefined && mapped !== res.status) {
    violations.push(`problem.code ${String(problem.code)} maps to ${mapped}, not ${res.status}`);
  }
  return violations;
}

function successViolations(
  res: Response,
  contentType: string,
  operation: Operation,
  document: OpenApiDocument,
): string[] {
  const spec = operation.responses[String(res.status)] ?? operation.responses.default;
  if (!spec) return [];
  const content = spec.content ?? {};
  const types = Object.keys(content);
  if (types.length === 0) {
    return res.text
      ? [`${res.status} documents no content, but the body is ${JSON.stringify(res.text.slice(0, 80))}`]
      : [];
  }
  if (!types.includes(contentType)) return [`content-type "${contentType}" is not one of ${types.join(', ')}`];
  const schema = content[contentType].schema;
  if (!schema || !contentType.endsWith('json')) return [];
  const body = parseJson(res);
  if (body === undefined) return [`a ${contentType} body that is not JSON`];
  return document.validator.validate(schema, body, { closed: true });
}

function parseJson(res: Response): unknown {
  try {
    return JSON.parse(res.text);
  } catch {
    return undefined;
  }
}

export class ContractViolation extends Error {}

/** Throws, naming the request and every violation, when `res` does not conform to openapi.yaml. */
export function expectConforms(res: Response): void {
  const violations = contractViolations(res);
  if (violations.length === 0) return;
  const { method, path } = requestOf(res);
  throw new ContractViolation(
    `${method} ${path} -> ${res.status} breaks the contract:\n  - ${violations.join('\n  - ')}\n` +
      `  body: ${(res.text ?? '').slice(0, 500)}`,
  );
}

type Http = () => ReturnType<typeof request>;
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * Wraps `t.http`: every response awaited through the result is checked by `expectConforms` (and recorded in `log`),
 * so a test reads as usual and fails at the request that broke the contract. OPTIONS (CORS) and HEAD are recorded
 * but not checked: the document does not describe them.
 */
export function conformingHttp(http: Http, log?: ResponseLog): Http {
  return () => {
    const agent = http();
    return new Proxy(agent, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof property !== 'string' || !VERBS.has(property) || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const test = (value as (...a: unknown[]) => any).apply(target, args);
          const then = test.then.bind(test);
          test.then = (onFulfilled?: (r: Response) => unknown, onRejected?: (e: unknown) => unknown) =>
            then((res: Response) => {
              log?.add(res);
              if (property !== 'options' && property !== 'head') expectConforms(res);
              return res;
            }).then(onFulfilled, onRejected);
          return test;
        };
      },
    });
  };
}

/**
 * A test app whose every answer is checked against openapi.yaml (status, body schema, a problem's code among those
 * the operation lists, the Location a 201 promises). The factories call `t.http` too, so the setup is checked as well.
 */
export async function startConformingApp(...args: Parameters<typeof startTestApp>): Promise<TestApp> {
  const t = await startTestApp(...args);
  return { ...t, http: conformingHttp(t.http) };
}
