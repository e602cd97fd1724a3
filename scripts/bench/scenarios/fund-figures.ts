/**
 * The credit committee's figures over the generated loans (one member in ten is a borrower): GET credit-fund/portfolio
 * (outstanding principal, PAR30, PAR90 over every loan) and the first page of GET credit-fund/arrears, as of the day
 * the loans were generated for, as the credit committee (an account the superadmin adds). Sequential calls, one warm-up then a fixed number each,
 * timed from the client: p50 and the slowest per route, against the number of loans (SQL count).
 */
import { performance } from 'node:perf_hooks';
import { callApi } from '../api-process.js';
import { LOANS_AS_OF } from '../credit-fund.generate.js';
import type { Figure, Scenario } from '../scenario.js';
import { median } from '../stats.js';
import { queryRows } from '../postgres.js';

const WARMUP_CALLS = 1;
const TIMED_CALLS = 10;
/** Issue 7's target for these figures (not in QUALITY.md's table). */
const GOAL_MS = 2000;
const GOAL_LOANS = 100_000;

interface Portfolio {
  loanCount: number;
  outstandingPrincipal: string;
  par30LoanCount: number;
  par90LoanCount: number;
}

interface ArrearsPage {
  items: { loanId: string; daysPastDue: number }[];
  nextCursor: string | null;
}

export const fundFigures: Scenario = {
  name: 'fund-figures',
  description:
    `GET credit-fund/portfolio and the first page of GET credit-fund/arrears as of ${LOANS_AS_OF}, sequential: ` +
    `${WARMUP_CALLS} warm-up then ${TIMED_CALLS} timed calls each.`,
  async run(ctx) {
    const { cooperativeId } = ctx.generated;
    const [{ loans }] = await queryRows<{ loans: number }>(
      ctx.databaseUrl,
      'SELECT count(*)::int AS loans FROM loans WHERE cooperative_id = $1',
      [cooperativeId],
    );
    if (loans === 0) throw new Error('fund-figures needs the generated loans (the loans family).');
    const token = await ctx.staffToken();
    const base = `/v1/cooperatives/${cooperativeId}/credit-fund`;

    const measure = async <T>(path: string): Promise<{ ms: number[]; last: T }> => {
      let last = await callApi<T>(ctx.api, 'GET', base + path, { token });
      for (let i = 1; i < WARMUP_CALLS; i++) last = await callApi<T>(ctx.api, 'GET', base + path, { token });
      const ms: number[] = [];
      for (let i = 0; i < TIMED_CALLS; i++) {
        const started = performance.now();
        last = await callApi<T>(ctx.api, 'GET', base + path, { token, timeoutMs: 120_000 });
        ms.push(performance.now() - started);
      }
      return { ms, last };
    };
    const portfolio = await measure<Portfolio>(`/portfolio?asOf=${LOANS_AS_OF}`);
    const arrears = await measure<ArrearsPage>(`/arrears?asOf=${LOANS_AS_OF}`);
    if (arrears.last.items.length === 0)
      throw new Error(`no loan in arrears on ${LOANS_AS_OF}: the data is not as generated`);

    const route = (key: string, label: string, ms: number[]): Figure[] => [
      { key: `${key}-p50`, label: `${label} p50`, value: median(ms), unit: 'ms', scaling: 'cost' },
      { key: `${key}-max`, label: `${label} slowest`, value: Math.max(...ms), unit: 'ms', scaling: 'cost' },
    ];
    const figures: Figure[] = [
      ...route('portfolio', 'portfolio', portfolio.ms),
      ...route('arrears', 'arrears, first page', arrears.ms),
      { key: 'loans', label: 'loans', value: loans, unit: 'count', scaling: 'none' },
    ];
    const slowest = Math.max(...portfolio.ms, ...arrears.ms);
    const p = portfolio.last;
    const notes = [
      `Portfolio on ${LOANS_AS_OF}: ${p.loanCount} loans on the books of ${loans}, ${p.outstandingPrincipal} outstanding, ` +
        `${p.par30LoanCount} in PAR30, ${p.par90LoanCount} in PAR90; the arrears page held ` +
        `${arrears.last.items.length} loans (default page size).`,
      `Issue 7's target (not in QUALITY.md's table, so no target check): < ${GOAL_MS / 1000} s at ` +
        `${GOAL_LOANS.toLocaleString('en')} loans. Slowest call here: ${slowest.toFixed(0)} ms with ` +
        `${loans.toLocaleString('en')} loans.`,
    ];
    return { figures, notes };
  },
};
