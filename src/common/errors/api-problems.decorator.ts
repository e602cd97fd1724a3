import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` lists each field.',
  401: 'Missing, invalid or expired credentials.',
  403: 'The caller may not use this route.',
  404: 'Not found, or not visible to the caller.',
  409: 'Conflicts with the current state.',
  413: 'The request body is too large.',
  422: 'Well-formed but refused by a rule.',
  429: 'Too many requests; see Retry-After.',
  503: 'A dependency (the database) is unavailable.',
};

/** Documents the problem+json error responses a route can give (401/403 come with the access decorators). */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error.',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
