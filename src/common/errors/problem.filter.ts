/**
 * Turns every error into application/problem+json. A RuleError keeps its code, answered with the status the code has
 * in the catalogues composed with the app (src/error-catalogue.ts); framework and database errors are mapped to
 * common codes here, so a client never sees a stack trace, a SQL message or a bare 500 for bad input.
 * Every problem carries the request id (also for errors raised before Nest's pipeline, e.g. by the body parser) and
 * the headers its status calls for: `Allow` on 405, `WWW-Authenticate` on 401, `Retry-After` on 429 and 503.
 * A request no route took is a 404, or a 405 when its path has routes for other methods (OPTIONS there: 204).
 */
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Request, Response } from 'express';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { assignRequestId } from '../context/request-id.middleware.js';
import { routeTableOf } from '../http/route-table.js';
import { CommonError, type CommonErrorCode } from './common.errors.js';
import { type Problem, PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem.js';
import { type ProblemStatus, RuleError } from './rule-error.js';
import { wwwAuthenticate } from './www-authenticate.js';

/** The token of the code -> status map the app composes from every module's catalogue. */
export const ERROR_STATUSES = Symbol('ERROR_STATUSES');

/** Retry-After of a 503 that names no delay: a database restart or failover takes seconds. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(
    @Inject(ERROR_STATUSES) private readonly statuses: ReadonlyMap<string, ProblemStatus>,
    private readonly modules: ModulesContainer,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = assignRequestId(request, response);
    const path = request.originalUrl?.split('?')[0] ?? '';
    const missed = exception instanceof NotFoundException ? this.routeMiss(request, response, path) : undefined;
    if (missed === 'answered') return;
    const error = missed ?? this.toRuleError(exception);
    const status = this.statuses.get(error.code) ?? 500;
    if (status >= 500) this.logger.error({ err: exception, requestId }, 'request failed');
    // Refused by a body check before Nest's middleware, so the HTTP logger never saw it: its one line, from here.
    else if ((request as { log?: unknown }).log === undefined) {
      this.logger.log({ requestId, method: request.method, path, status, code: error.code }, 'request refused');
    }
    const problem: Problem = {
      type: problemType(error.code),
      title: problemTitle(error.code),
      status,
      detail: error.message,
      code: error.code,
      instance: path,
      requestId,
      ...(error.errors ? { errors: error.errors } : {}),
      ...error.extra,
    };
    if (status === 401) response.setHeader('WWW-Authenticate', wwwAuthenticate(request));
    // RATE_LIMITED, IDEMPOTENCY_KEY_IN_USE carry their wait; a 503 gets the default one.
    const retryAfter =
      error.extra?.retryAfterSeconds ?? (status === 503 ? SERVICE_UNAVAILABLE_RETRY_SECONDS : undefined);
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  /**
   * Nest's NotFoundException for a request no route took: a 405 with Allow when its path has routes for other
   * methods, a 204 with Allow for OPTIONS there; undefined for a path no route has (it stays a 404).
   */
  private routeMiss(request: Request, response: Response, path: string): RuleError | 'answered' | undefined {
    const allowed = routeTableOf(this.modules).methodsAt(path);
    const options = request.method === 'OPTIONS';
    if (allowed.length === 0 || (!options && allowed.includes(request.method))) return undefined;
    response.setHeader('Allow', allowed.join(', '));
    if (!options) {
      return new CommonError('METHOD_NOT_ALLOWED', `This path does not take ${request.method}; see the Allow header.`);
    }
    response.status(204).end();
    return 'answered';
  }

  private toRuleError(exception: unknown): RuleError {
    if (exception instanceof RuleError) {
      const rule = exception as RuleError;
      if (this.statuses.has(rule.code)) return rule;
      this.logger.error({ err: rule }, `error code ${rule.code} is in no catalogue`);
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (isDatabaseUnavailable(exception)) {
      return new CommonError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
    }
    if (exception instanceof QueryFailedError) return fromDatabaseError(exception as { code?: unknown });
    if (isBodyParserError(exception)) return fromBodyParserError(exception);
    return new CommonError('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged with the request id.');
  }
}

function fromHttpException(exception: HttpException): CommonError {
  // Nest's Express adapter wraps the body parser's errors; the original says what went wrong in our words.
  if (isBodyParserError(exception.cause)) return fromBodyParserError(exception.cause);
  const status = exception.getStatus();
  const byStatus: Record<number, CommonErrorCode> = {
    400: 'VALIDATION_FAILED',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'ROUTE_NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
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

/**
 * The database cannot be reached or is going away: SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting
 * down, crashed, starting up), 53300 (no connection slot), or the socket errors and pool messages of node-postgres
 * (the API talks to nothing else over the network). An outage, not a defect: 503 with Retry-After.
 * When the connection drops in the middle of a transaction, TypeORM releases its query runner, and the request's next
 * query fails with one of its "already released" errors instead: the same outage (seen by `npm run test:crash`).
 */
function isDatabaseUnavailable(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  if (e instanceof QueryRunnerAlreadyReleasedError || e instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_CODES.has(code))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.startsWith(m));
}

const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

interface BodyParserError {
  type: string;
  status: number;
  message: string;
  limit?: unknown;
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
  if (e.type === 'entity.too.large') {
    const limit = typeof e.limit === 'number' ? ` than ${e.limit} bytes` : '';
    return new CommonError('PAYLOAD_TOO_LARGE', `The request body is larger${limit || ' than allowed'}.`);
  }
  if (e.status === 415) return new CommonError('UNSUPPORTED_MEDIA_TYPE', e.message);
  if (e.type === 'entity.invalid') return new CommonError('VALIDATION_FAILED', e.message);
  if (e.type === 'entity.parse.failed') {
    return new CommonError('VALIDATION_FAILED', `The request body is not valid JSON: ${e.message}`);
  }
  return new CommonError('VALIDATION_FAILED', 'The request body is not valid JSON.');
}
