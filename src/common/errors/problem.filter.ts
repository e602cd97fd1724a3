/**
 * Turns every error into application/problem+json. Domain errors keep their code; framework and database errors
 * are mapped to codes here, so a client never sees a stack trace, a SQL message or a bare 500 for bad input.
 */
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, type ErrorCode, httpStatusOf, isErrorCode } from './domain-error.js';
import { type Problem, PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const error = this.toDomainError(exception);
    const status = httpStatusOf(error.code);
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
    if (error.code === 'RATE_LIMITED' && typeof error.extra?.retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
    }
    response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    if (isRuleError(exception)) return new DomainError(exception.code, exception.message);
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof QueryFailedError) return fromDatabaseError(exception);
    if (isBodyParserError(exception)) return fromBodyParserError(exception);
    return new DomainError('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged with the request id.');
  }
}

function fromHttpException(exception: HttpException): DomainError {
  const status = exception.getStatus();
  const byStatus: Record<number, ErrorCode> = {
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
  const message = status === 401 ? 'Authentication is required: send a bearer token or an X-API-Key.' : exception.message;
  return new DomainError(code, message);
}

/** Constraint violations that slipped past the services' own checks are conflicts, not server errors. */
function fromDatabaseError(error: QueryFailedError): DomainError {
  const sqlState = (error as QueryFailedError & { code?: string }).code;
  switch (sqlState) {
    case '23505':
    case '23514':
    case '23503':
    case '40001':
    case '40P01':
      return new DomainError('CONFLICT', 'The change conflicts with the current state; reload and try again.');
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return new DomainError('VALIDATION_FAILED', 'A value is out of range or malformed.');
    default:
      return new DomainError('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged with the request id.');
  }
}

/** Pure rules files throw their own error classes with a `code`; a code listed in ERROR_CODES passes through. */
function isRuleError(e: unknown): e is Error & { code: ErrorCode } {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && isErrorCode(code);
}

interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof (e as BodyParserError).type === 'string';
}

function fromBodyParserError(e: BodyParserError): DomainError {
  if (e.type === 'entity.too.large') return new DomainError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (e.status === 415) return new DomainError('UNSUPPORTED_MEDIA_TYPE', e.message);
  return new DomainError('VALIDATION_FAILED', 'The request body is not valid JSON.');
}
