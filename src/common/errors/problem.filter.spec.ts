import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { COMMON_ERRORS } from './common.errors.js';
import type { ProblemStatus } from './rule-error.js';
import { ProblemFilter, SERVICE_UNAVAILABLE_RETRY_SECONDS } from './problem.filter.js';

/** The common catalogue is all these problems need (the composed one is the composition level's, above common). */
const COMMON_STATUSES = new Map<string, ProblemStatus>(Object.entries(COMMON_ERRORS));

/** The problem the filter answers for `exception`: status, headers and body. */
function answer(exception: unknown) {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: string } = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    status(status: number) {
      sent.status = status;
      return response;
    },
    type: () => response,
    send(body: string) {
      sent.body = body;
      return response;
    },
  };
  const request = { method: 'POST', originalUrl: '/v1/cooperatives', headers: { 'x-request-id': 'req-1' }, log: {} };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) };
  new ProblemFilter(COMMON_STATUSES, new ModulesContainer()).catch(exception, host as never);
  const body = JSON.parse(sent.body!) as { code: string; status: number };
  return { status: sent.status, code: body.code, retryAfter: headers['retry-after'] };
}

describe('ProblemFilter: a database lost in the middle of a request', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  // When the connection drops mid-transaction, TypeORM releases the query runner; the service's next query then
  // throws these instead of a driver error (seen by `npm run test:crash` when the postmaster is killed).
  it.each([
    ['QueryRunnerAlreadyReleasedError', new QueryRunnerAlreadyReleasedError()],
    ['QueryRunnerProviderAlreadyReleasedError', new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s is 503 SERVICE_UNAVAILABLE with Retry-After, not 500', (_name, error) => {
    expect(answer(error)).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: String(SERVICE_UNAVAILABLE_RETRY_SECONDS),
    });
  });

  it('a connection refused is 503 too, and an unknown error stays 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect([answer(refused).status, answer(refused).code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect([answer(new Error('boom')).status, answer(new Error('boom')).code]).toEqual([500, 'INTERNAL_ERROR']);
  });
});
