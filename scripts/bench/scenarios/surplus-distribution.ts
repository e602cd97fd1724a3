/**
 * Computes and executes the surplus distribution of fiscal year FY2025 through the API as the cooperative's office
 * (treasurer and board roles): create the plan (POST fiscal-years/{id}/distribution-plans, the set-based computation of
 * every member's line), propose it with an assembly resolution, approve it, execute it (cash payables, capital
 * credits and fund allocations in one transaction). Compute and execute are timed apart and together, the API's RSS
 * is sampled during each, and the result is checked afterwards in SQL: the lines plus the funds add up to the surplus
 * exactly (numeric sums compared as strings), the postings match the lines, and the surplus invariants hold.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SURPLUS_INVARIANTS } from '../../../src/surplus/surplus.invariants.js';
import { callApi, type Memory, sampleMemory } from '../api-process.js';
import type { Figure, Scenario } from '../scenario.js';
import { BENCH_FISCAL_YEAR } from '../surplus.generate.js';
import { below } from '../targets.js';
import { queryRows } from '../postgres.js';

/** The long calls may take minutes at 1,000,000 members: a generous ceiling, far above the target. */
const LONG_CALL_MS = 600_000;
/** Below the bench bylaws' cap (maxShareInterestRatePercent 5): the interest pool is not empty. */
const INTEREST_RATE_PERCENT = '4';

interface PlanResponse {
  id: string;
  status: string;
  surplus: string;
  reserve: string;
  education: string;
  community: string;
  interestPool: string;
  patronagePool: string;
  lineCount: number;
}

interface Check {
  surplus: string;
  net_surplus: string;
  distributed: string;
  lines: number;
  line_count: number;
  cash_lines: number;
  cash_total: string;
  capital_lines: number;
  capital_total: string;
  payables: number;
  payables_total: string;
  capital_entries: number;
  capital_entries_total: string;
  fund_rows: number;
  funds_total: string;
  plan_funds: string;
}

export const surplusDistribution: Scenario = {
  name: 'surplus-distribution',
  description:
    `Compute (create the plan) and execute the ${BENCH_FISCAL_YEAR} surplus distribution over HTTP, one line per ` +
    'member; exactness and postings checked in SQL afterwards.',
  async run(ctx) {
    const { cooperativeId } = ctx.generated;
    const base = `/v1/cooperatives/${cooperativeId}`;
    // The office (treasurer, board) proposes, approves and executes; one token, taken before the clock starts.
    const staffToken = await ctx.staffToken();
    const post = async <T>(path: string, body: unknown): Promise<T> =>
      callApi<T>(ctx.api, 'POST', base + path, {
        token: staffToken,
        body,
        headers: { 'idempotency-key': randomUUID() },
        timeoutMs: LONG_CALL_MS,
      });
    const timed = async <T>(step: () => Promise<T>): Promise<{ value: T; seconds: number; memory: Memory | null }> => {
      const sampler = sampleMemory(ctx.api);
      const started = performance.now();
      let value: T;
      try {
        value = await step();
      } catch (error) {
        sampler.stop();
        throw error;
      }
      const seconds = (performance.now() - started) / 1000;
      return { value, seconds, memory: sampler.stop() };
    };

    const years = await callApi<{ items: { id: string; label: string }[] }>(
      ctx.api,
      'GET',
      `${base}/fiscal-years?limit=100`,
      { token: staffToken },
    );
    const year = years.items.find((y) => y.label === BENCH_FISCAL_YEAR);
    if (!year) throw new Error(`No fiscal year ${BENCH_FISCAL_YEAR} (the surplus family did not run?)`);
    const rssBefore = ctx.api.memory()?.rssMb ?? NaN;

    const compute = await timed(() =>
      post<PlanResponse>(`/fiscal-years/${year.id}/distribution-plans`, {
        interestRatePercent: INTEREST_RATE_PERCENT,
      }),
    );
    const plan = compute.value;
    ctx.log(`    plan ${plan.id}: ${plan.lineCount} lines computed in ${compute.seconds.toFixed(2)} s`);

    const decideStarted = performance.now();
    await post(`/distribution-plans/${plan.id}/propose`, {
      resolutionReference: `Bench general assembly, resolution on the ${BENCH_FISCAL_YEAR} surplus`,
    });
    await post(`/distribution-plans/${plan.id}/approve`, { note: 'Approved by the bench run.' });
    const decideSeconds = (performance.now() - decideStarted) / 1000;

    const execute = await timed(() => post<PlanResponse>(`/distribution-plans/${plan.id}/execute`, {}));
    if (execute.value.status !== 'executed') throw new Error(`plan status after execute: ${execute.value.status}`);

    // Exactness, in SQL with numeric: lines + funds = surplus, and the postings against the lines.
    const [check] = await queryRows<Check>(
      ctx.databaseUrl,
      `SELECT p.surplus::text AS surplus, fy.net_surplus::text AS net_surplus,
              (l.total + p.reserve_amount + p.education_amount + p.community_amount)::text AS distributed,
              l.lines, p.line_count, l.cash_lines, l.cash_total::text AS cash_total, l.capital_lines,
              l.capital_total::text AS capital_total,
              (SELECT count(*)::int FROM surplus_payables s WHERE s.cooperative_id = p.cooperative_id
                  AND s.plan_id = p.id) AS payables,
              (SELECT coalesce(sum(amount), 0)::text FROM surplus_payables s WHERE s.cooperative_id = p.cooperative_id
                  AND s.plan_id = p.id) AS payables_total,
              (SELECT count(*)::int FROM capital_entries e WHERE e.cooperative_id = p.cooperative_id
                  AND e.kind = 'allocation' AND e.reference = 'surplus-plan:' || p.id) AS capital_entries,
              (SELECT coalesce(sum(paid_up_delta), 0)::text FROM capital_entries e
                WHERE e.cooperative_id = p.cooperative_id AND e.kind = 'allocation'
                  AND e.reference = 'surplus-plan:' || p.id) AS capital_entries_total,
              (SELECT count(*)::int FROM surplus_fund_allocations f WHERE f.cooperative_id = p.cooperative_id
                  AND f.plan_id = p.id) AS fund_rows,
              (SELECT coalesce(sum(amount), 0)::text FROM surplus_fund_allocations f
                WHERE f.cooperative_id = p.cooperative_id AND f.plan_id = p.id) AS funds_total,
              (p.reserve_amount + p.education_amount + p.community_amount)::text AS plan_funds
         FROM distribution_plans p
         JOIN fiscal_years fy ON fy.cooperative_id = p.cooperative_id AND fy.id = p.fiscal_year_id
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS lines, coalesce(sum(total), 0) AS total,
                 count(*) FILTER (WHERE refund_mode = 'cash' AND total > 0)::int AS cash_lines,
                 coalesce(sum(total) FILTER (WHERE refund_mode = 'cash'), 0) AS cash_total,
                 count(*) FILTER (WHERE refund_mode = 'capital' AND total > 0)::int AS capital_lines,
                 coalesce(sum(total) FILTER (WHERE refund_mode = 'capital'), 0) AS capital_total
            FROM distribution_plan_lines WHERE cooperative_id = p.cooperative_id AND plan_id = p.id) l
        WHERE p.cooperative_id = $1 AND p.id = $2`,
      [cooperativeId, plan.id],
    );
    const wrong: string[] = [];
    const expect = (what: string, actual: string | number, expected: string | number) => {
      if (actual !== expected) wrong.push(`${what}: ${actual} <> ${expected}`);
    };
    expect('lines + funds vs plan surplus', check.distributed, check.surplus);
    expect("plan surplus vs the year's net surplus", check.surplus, check.net_surplus);
    expect('lines vs line_count', check.lines, check.line_count);
    expect('lines vs members of the response', check.lines, plan.lineCount);
    expect('payables vs cash lines', check.payables, check.cash_lines);
    expect('payables total vs cash lines total', check.payables_total, check.cash_total);
    expect('capital entries vs capital lines', check.capital_entries, check.capital_lines);
    expect('capital entries total vs capital lines total', check.capital_entries_total, check.capital_total);
    expect('fund allocation rows', check.fund_rows, 3);
    expect('fund allocations vs plan funds', check.funds_total, check.plan_funds);
    const invariantsStarted = performance.now();
    for (const invariant of SURPLUS_INVARIANTS) {
      const rows = await queryRows(ctx.databaseUrl, `SELECT * FROM (${invariant.sql}) v LIMIT 3`);
      if (rows.length > 0) wrong.push(`${invariant.name} broken: ${JSON.stringify(rows)}`);
    }
    const invariantsSeconds = (performance.now() - invariantsStarted) / 1000;
    if (wrong.length > 0) throw new Error(`surplus distribution not exact: ${wrong.join('; ')}`);

    const total = compute.seconds + execute.seconds;
    const peak = Math.max(compute.memory?.rssMb ?? NaN, execute.memory?.rssMb ?? NaN);
    const figures: Figure[] = [
      {
        key: 'compute',
        label: 'compute the plan (create, all lines)',
        value: compute.seconds,
        unit: 's',
        scaling: 'cost',
      },
      { key: 'execute', label: 'execute the plan (all postings)', value: execute.seconds, unit: 's', scaling: 'cost' },
      {
        key: 'compute-execute',
        label: 'compute + execute',
        value: total,
        unit: 's',
        scaling: 'cost',
        target: below('surplus-distribution', '< 60 s', 60),
      },
      { key: 'decide', label: 'propose + approve', value: decideSeconds, unit: 's', scaling: 'cost' },
      { key: 'lines', label: 'member lines', value: check.lines, unit: 'count', scaling: 'none' },
      { key: 'rss-before', label: 'API RSS before computing', value: rssBefore, unit: 'MB', scaling: 'none' },
      {
        key: 'rss-compute',
        label: 'API RSS, largest sample while computing',
        value: compute.memory?.rssMb ?? NaN,
        unit: 'MB',
        scaling: 'cost',
      },
      {
        key: 'rss-execute',
        label: 'API RSS, largest sample while executing',
        value: execute.memory?.rssMb ?? NaN,
        unit: 'MB',
        scaling: 'cost',
      },
      {
        key: 'rss-growth',
        label: 'API RSS growth (largest sample - before)',
        value: peak - rssBefore,
        unit: 'MB',
        scaling: 'cost',
      },
    ];
    const notes = [
      `Plan at ${INTEREST_RATE_PERCENT}% interest on paid-up capital with the bylaws' fund percentages: surplus ` +
        `${check.surplus} = lines ${check.cash_total} (cash) + ${check.capital_total} (capital) + funds ` +
        `${check.plan_funds}, exact (numeric sums compared as strings); ${check.payables} cash payables for ` +
        `${check.cash_lines} cash lines and ${check.capital_entries} capital entries for ${check.capital_lines} ` +
        `capital lines; the ${SURPLUS_INVARIANTS.length} surplus invariants hold (checked in ` +
        `${invariantsSeconds.toFixed(1)} s, not timed above).`,
      'Timed from the client: each POST with the full HTTP stack, its transaction and audit entry; propose and ' +
        'approve are reported apart and not in the total. RSS sampled every 100 ms during each call.',
    ];
    return { figures, notes };
  },
};
