/**
 * Turns every error into application/problem+json. A RuleError keeps its code, answered with the status the code has
 * in the catalogues composed with the app (src/error-catalogue.ts); framework and database errors are mapped to
 * common codes here, so a client never sees a stack trace, a SQL message or a bare 500 for bad input.
 */
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { CommonError, type CommonErrorCode } from './common.errors.js';
import { type Problem, PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem.js';
import { type ProblemStatus, RuleError } from './rule-error.js';

/** The token of the code -> status map the app composes from every module's catalogue. */
export const ERROR_STATUSES = Symbol('ERROR_STATUSES');

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(@Inject(ERROR_STATUSES) private readonly statuses: ReadonlyMap<string, ProblemStatus>) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const error = this.toRuleError(exception);
    const status = this.statuses.get(error.code) ?? 500;
    if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    const problem: Problem = {
      type: problemType(error.code),
      title: problemTitle(error.code),
      status,
      detail: error.message,
      code: error.code,
      instance: request.originalUrl?.split('?')[0],
      requestId: request.id,
      ...(error.errors ? { errors: error.errors } : {}),
      ...error.extra,
    };
    // RATE_LIMITED, IDEMPOTENCY_KEY_IN_USE: the wait is in the body and in the standard header.
    if (typeof error.extra?.retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
    }
    response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toRuleError(exception: unknown): RuleError {
    if (exception instanceof RuleError) {
      const rule = exception as RuleError;
      if (this.statuses.has(rule.code)) return rule;
      this.logger.error({ err: rule }, `error code ${rule.code} is in no catalogue`);
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof QueryFailedError) return fromDatabaseError(exception as { code?: unknown });
    if (isBodyParserError(exception)) return fromBodyParserError(exception);
    return new CommonError('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged with the request id.');
  }
}

function fromHttpException(exception: HttpException): CommonError {
  const status = exception.getStatus();
  const byStatus: Record<number, CommonErrorCode> = {
    400: 'VALIDATION_FAILED',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'ROUTE_NOT_FOUND',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    429: 'RATE_LIMITED',
    503: 'SERVICE_UNAVAILABLE',
  };
  const code = byStatus[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL_ERROR');
  const message =
    status === 401 ? 'Authentication is required: send a bearer token or an X-API-Key.' : exception.message;
  return new CommonError(code, message);
}

/** Constraint violations that slipped past the services' own checks are conflicts, not server errors. */
function fromDatabaseError(error: { code?: unknown }): CommonError {
  const sqlState = error.code;
  switch (sqlState) {
    case '23505':
    case '23514':
    case '23503':
    case '40001':
    case '40P01':
      return new CommonError('CONFLICT', 'The change conflicts with the current state; reload and try again.');
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return new CommonError('VALIDATION_FAILED', 'A value is out of range or malformed.');
    // A NUL character (or one the encoding lacks) in a text value: PostgreSQL text cannot hold it.
    case '22021':
    case '22P05':
      return new CommonError('VALIDATION_FAILED', 'A text value holds a character that cannot be stored (e.g. NUL).');
    default:
      return new CommonError('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged with the request id.');
  }
}

interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return (
    typeof e === 'object' &&
    e !== null &&
    'type' in e &&
    'status' in e &&
    typeof (e as BodyParserError).type === 'string'
  );
}

function fromBodyParserError(e: BodyParserError): CommonError {
  if (e.type === 'entity.too.large') return new CommonError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (e.status === 415) return new CommonError('UNSUPPORTED_MEDIA_TYPE', e.message);
  if (e.type === 'entity.invalid') return new CommonError('VALIDATION_FAILED', e.message);
  return new CommonError('VALIDATION_FAILED', 'The request body is not valid JSON.');
}
