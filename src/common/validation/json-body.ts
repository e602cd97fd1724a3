/**
 * Checks on a parsed JSON body before anything else reads it (guards, the idempotency hash, validation):
 * - nesting is capped: class-transformer recurses once per level, so a few kilobytes of `[[[[...]]]]` would overflow
 *   the stack and answer 500, and no DTO nests more than a few levels;
 * - strings are well-formed Unicode: a `\ud800` escape yields an unpaired surrogate, which makes validators throw
 *   (validator.js's isEmail calls encodeURI) and which PostgreSQL cannot store faithfully.
 * One iterative walk, no recursion, linear in the body.
 */
import type { NextFunction, Request, Response } from 'express';

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
