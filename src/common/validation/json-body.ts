/**
 * What a request body must be, checked before anything reads it (guards, the idempotency hash, validation).
 * Its media type: a POST, PUT or PATCH that carries a body must send it as a type its route consumes (JSON, unless the
 * route declares another with `@ApiConsumes`, as the CSV imports do), else 415; the route is looked up only for a
 * body that is not JSON, so JSON requests pay one header test. A request with no body (no Content-Length, or 0)
 * needs no Content-Type: action routes take none. Other methods' bodies are ignored, as before.
 * Then, once parsed:
 * - nesting is capped: class-transformer recurses once per level, so a few kilobytes of `[[[[...]]]]` would overflow
 *   the stack and answer 500, and no DTO nests more than a few levels;
 * - strings are well-formed Unicode: a `\ud800` escape yields an unpaired surrogate, which makes validators throw
 *   (validator.js's isEmail calls encodeURI) and which PostgreSQL cannot store faithfully.
 * One iterative walk, no recursion, linear in the body.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CommonError } from '../errors/common.errors.js';
import { JSON_MEDIA_TYPE, type RouteTable } from '../http/route-table.js';

export const MAX_JSON_DEPTH = 32;

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` is refused, or null when it is fine. */
export function jsonBodyProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (UNPAIRED_SURROGATE.test(current)) return 'The request body holds a string that is not valid Unicode.';
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > maxDepth) return `The request body nests deeper than ${maxDepth} levels.`;
    for (const [key, child] of Object.entries(current)) {
      stack.push([key, depth], [child, depth + 1]);
    }
  }
  return null;
}

/** Shaped like a body-parser error, so the problem filter maps it to a 400 VALIDATION_FAILED. */
export class InvalidJsonBodyError extends Error {
  readonly status = 400;
  readonly type = 'entity.invalid';
}

/** Express middleware, right after the JSON body parser. */
export function rejectInvalidJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  const problem = jsonBodyProblem(request.body);
  next(problem ? new InvalidJsonBodyError(problem) : undefined);
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Express middleware, before the JSON body parser: 415 for a body its route cannot read (see above). */
export function rejectUnsupportedMediaTypes(routes: RouteTable): RequestHandler {
  return (request, _response, next) => {
    if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request) || request.is(JSON_MEDIA_TYPE)) return next();
    const route = routes.route(request.method, request.path);
    // No route: the 404 or 405 says more than a 415 would. A CSV route given JSON: its own interceptor answers.
    if (route === undefined || request.is([...route.consumes])) return next();
    const wanted = route.consumes.join(' or ');
    next(new CommonError('UNSUPPORTED_MEDIA_TYPE', `Send the request body as ${wanted} (the Content-Type header).`));
  };
}

/** A body follows the headers: chunked, or a Content-Length above 0 (type-is counts `Content-Length: 0` as one). */
function hasBody(request: Request): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isNaN(length) || length > 0;
}
