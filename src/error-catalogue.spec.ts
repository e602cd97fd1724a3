import type { ArgumentsHost } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { RuleError } from './common/errors/rule-error.js';
import { composeCatalogues, ERROR_CATALOGUES, ERROR_STATUSES } from './error-catalogue.js';

/** Runs the filter on one exception and returns the status and problem document it answered with. */
function answer(exception: unknown): { status: number; body: { code: string; status: number } } {
  const sent: { status: number; body: string } = { status: 0, body: '' };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type() {
      return this;
    },
    setHeader() {
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ id: 'r1', originalUrl: '/x', method: 'GET', headers: {}, log: {} }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemFilter(ERROR_STATUSES, new ModulesContainer()).catch(exception, host);
  return { status: sent.status, body: JSON.parse(sent.body) as { code: string; status: number } };
}

describe('error catalogues', () => {
  const entries = Object.entries(ERROR_CATALOGUES).flatMap(([module, catalogue]) =>
    Object.entries(catalogue).map(([code, status]) => ({ module, code, status })),
  );

  it('answer every code of every catalogue with the status its module gives it', () => {
    for (const { code, status } of entries) {
      const { status: sent, body } = answer(new RuleError(code, 'detail'));
      expect({ code, sent, body: [body.code, body.status] }).toEqual({ code, sent: status, body: [code, status] });
    }
    expect(entries.length).toBe(ERROR_STATUSES.size);
  });

  it('answer 5xx only for the codes that name a defect or an outage, on purpose', () => {
    const fiveHundreds = entries.filter((e) => e.status >= 500).map((e) => e.code);
    expect(fiveHundreds.sort()).toEqual(
      [
        'DUPLICATE_KEY',
        'INTERNAL_ERROR',
        'INVALID_COUNT',
        'INVALID_ELECTORATE',
        'INVALID_HISTORY',
        'INVALID_HOLDING',
        'INVALID_MEMBER',
        'INVALID_POLICY',
        'INVALID_POOL',
        'INVALID_SCALE',
        'INVALID_SCHEDULE',
        'INVALID_TALLY_INPUT',
        'INVALID_TIE_RANK',
        'INVALID_WEIGHT',
        'NEGATIVE_WEIGHT',
        'SEAL_KEY_MISMATCH',
        'SEALED_VOTE_INVALID',
        'SERVICE_UNAVAILABLE',
        'ZERO_TOTAL_WEIGHT',
      ].sort(),
    );
  });

  it('refuse to compose two catalogues that claim one code', () => {
    expect(() => composeCatalogues({ a: { SAME: 409 }, b: { SAME: 422 } })).toThrow(
      'Error code SAME is claimed by both a and b',
    );
  });

  it('answer a rule error whose code is in no catalogue as a logged 500 INTERNAL_ERROR', () => {
    const { status, body } = answer(new RuleError('NOT_A_CODE', 'detail'));
    expect([status, body.code]).toEqual([500, 'INTERNAL_ERROR']);
  });
});
