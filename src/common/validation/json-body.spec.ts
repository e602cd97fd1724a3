import { jsonBodyProblem } from './json-body.js';

const deep = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

describe('jsonBodyProblem', () => {
  it('accepts ordinary bodies, unicode included', () => {
    expect(
      jsonBodyProblem({ name: 'Cooperativa 😀 مرحبا', bylaws: { quorumPercent: '50' }, roles: ['admin'] }),
    ).toBeNull();
    expect(jsonBodyProblem(undefined)).toBeNull();
    expect(jsonBodyProblem(deep(32))).toBeNull();
  });

  it('refuses nesting deeper than the cap', () => {
    expect(jsonBodyProblem(deep(33))).toMatch(/nests deeper than 32 levels/);
    expect(jsonBodyProblem({ a: [1, { b: [] }] }, 3)).toMatch(/deeper than 3/);
    expect(jsonBodyProblem({ a: [1, { b: [] }] }, 4)).toBeNull();
  });

  it('copes with depths that would overflow a recursive walk', () => {
    expect(jsonBodyProblem(deep(200_000))).toMatch(/deeper/);
  });

  it('refuses unpaired surrogates in values and in keys', () => {
    expect(jsonBodyProblem(JSON.parse('{"email":"\\ud800@x.org"}'))).toMatch(/not valid Unicode/);
    expect(jsonBodyProblem(JSON.parse('{"\\udc00":1}'))).toMatch(/not valid Unicode/);
    expect(jsonBodyProblem(JSON.parse('["ok","\\ud83d\\ude00"]'))).toBeNull();
  });

  it('is linear in wide bodies', () => {
    expect(jsonBodyProblem({ items: Array.from({ length: 100_000 }, (_, i) => ({ i })) })).toBeNull();
  });
});
