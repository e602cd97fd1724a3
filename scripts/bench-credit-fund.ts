/**
 * Credit fund figures at scale: the portfolio (outstanding, PAR30, PAR90) and the first page of the arrears list,
 * over 10,000 and 100,000 loans, with the exact statements the API runs (loan-portfolio.service.ts). Target (issue
 * 7): < 2 s at 100,000 loans. Baseline from the same run: one plain pass over the cooperative's schedules (count and
 * sum of every instalment), what any computation reading every instalment pays at least.
 *
 *   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node dist/scripts/bench-credit-fund.js [sizes...]
 *
 * Each size gets a database bench_credit_fund_<size>, migrated and filled by bench/credit-fund.generate.ts
 * (BENCH_REUSE=1 keeps one already filled). Prints a Markdown table: median of 5 runs after one warm-up.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { DEFAULT_BYLAWS } from '../src/cooperatives/bylaws.rules.js';
import { ARREARS_PAGE_SQL, PORTFOLIO_SQL, REPORT_SETTINGS_SQL } from '../src/credit-fund/loan-portfolio.service.js';
import { runMigrations } from '../src/database/migrate.js';
import { withClient, withDatabase } from '../src/database/postgres-admin.js';
import { generateLoans } from './bench/credit-fund.generate.js';

const AS_OF = '2026-06-30';
const PAST = '2025-06-30';

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const taken: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    taken.push(performance.now() - start);
  }
  taken.sort((a, b) => a - b);
  return taken[Math.floor(taken.length / 2)];
}

/** A cooperative with the default bylaws at a 12% loan rate, and `size` loans. */
async function generate(client: pg.Client, size: number) {
  const [coop] = (await client.query<{ id: string }>(`INSERT INTO cooperatives (name) VALUES ('Bench') RETURNING id`))
    .rows;
  const b = { ...DEFAULT_BYLAWS, loanInterestRatePercent: '12' };
  const columns: [string, unknown][] = [
    ['currency', b.currency],
    ['minor_unit_scale', b.minorUnitScale],
    ['share_par_value', b.shareParValue],
    ['min_shares_for_membership', b.minSharesForMembership],
    ['admission_requires_paid_shares', b.admissionRequiresPaidShares],
    ['quorum_percent', b.quorumPercent],
    ['default_majority', b.defaultMajority],
    ['max_proxies_per_member', b.maxProxiesPerMember],
    ['voting_requires_paid_shares', b.votingRequiresPaidShares],
    ['voting_min_membership_days', b.votingMinMembershipDays],
    ['min_reserve_percent', b.minReservePercent],
    ['education_fund_percent', b.educationFundPercent],
    ['community_fund_percent', b.communityFundPercent],
    ['max_share_interest_rate_percent', b.maxShareInterestRatePercent],
    ['patronage_refunds_for_ceased_members', b.patronageRefundsForCeasedMembers],
    ['surplus_refund_mode', b.surplusRefundMode],
    ['redemption_notice_days', b.redemptionNoticeDays],
    ['annual_redemption_cap_percent', b.annualRedemptionCapPercent],
    ['loan_ceiling_multiple', b.loanCeilingMultiple],
    ['loan_max_term_months', b.loanMaxTermMonths],
    ['loan_interest_rate_percent', b.loanInterestRatePercent],
    ['loan_guarantee_required', b.loanGuaranteeRequired],
    ['loan_guarantee_percent', b.loanGuaranteePercent],
    ['max_loans_per_member', b.maxLoansPerMember],
    ['version', 1],
  ];
  await client.query(
    `INSERT INTO bylaws (cooperative_id, ${columns.map(([c]) => c).join(', ')})
     VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})`,
    [coop.id, ...columns.map(([, v]) => v)],
  );
  const started = performance.now();
  const rows = await generateLoans(client, coop.id, size, AS_OF);
  return { coop: coop, rows, seconds: (performance.now() - started) / 1000 };
}

async function benchSize(adminUrl: string, size: number): Promise<string[]> {
  const name = `bench_credit_fund_${size}`;
  const exists = async () =>
    (await withClient(adminUrl, (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))).rowCount === 1;
  const reuse = process.env.BENCH_REUSE === '1' && (await exists());
  if (!reuse) {
    await withClient(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.query(`CREATE DATABASE ${name}`);
    });
  }
  const url = withDatabase(adminUrl, name);
  await runMigrations(url);
  return withClient(url, async (client) => {
    /** As the API runs a report: one read-only transaction with the report settings. */
    const report = async (sql: string, params: unknown[]) => {
      await client.query('BEGIN READ ONLY');
      try {
        await client.query(REPORT_SETTINGS_SQL);
        return await client.query(sql, params);
      } finally {
        await client.query('COMMIT');
      }
    };
    const found = reuse
      ? (await client.query<{ id: string }>('SELECT id FROM cooperatives LIMIT 1')).rows[0]
      : undefined;
    const { coop, rows, seconds } = found ? { coop: found, rows: 0, seconds: 0 } : await generate(client, size);
    const [counts] = (
      await client.query<{ instalments: string; on_books: string }>(
        `SELECT (SELECT count(*) FROM loan_instalments) AS instalments,
                (SELECT count(*) FROM loans WHERE status = 'disbursed') AS on_books`,
      )
    ).rows;
    const baseline = await median(5, () =>
      client.query('SELECT count(*), sum(principal - principal_paid) FROM loan_instalments WHERE cooperative_id = $1', [
        coop.id,
      ]),
    );
    const figures: [string, number][] = [
      ['portfolio today', await median(5, () => report(PORTFOLIO_SQL, [coop.id, AS_OF]))],
      [
        'arrears list today, first page of 50',
        await median(5, () => report(ARREARS_PAGE_SQL, [coop.id, AS_OF, null, 1, 51])),
      ],
      [
        'portfolio a year back (most loans repaid since: their state from the repayments)',
        await median(5, () => report(PORTFOLIO_SQL, [coop.id, PAST])),
      ],
    ];
    const [par] = (await report(PORTFOLIO_SQL, [coop.id, AS_OF])).rows as Record<string, unknown>[];
    const made = seconds > 0 ? `, ${rows.toLocaleString('en')} rows generated in ${seconds.toFixed(1)} s` : '';
    return [
      `| ${size.toLocaleString('en')} loans (${Number(counts.instalments).toLocaleString('en')} instalments${made}) ` +
        `| baseline: one pass over the schedules | ${baseline.toFixed(0)} ms | 1.00 | |`,
      ...figures.map(
        ([what, ms]) =>
          `| | ${what} | ${ms.toFixed(0)} ms | ${(ms / baseline).toFixed(2)} | ` +
          `${ms < 2000 ? 'target < 2 s: met' : 'target < 2 s: MISSED'} |`,
      ),
      `| | on the books: ${counts.on_books} loans; PAR30 ${String(par.par30_count)}, PAR90 ${String(par.par90_count)} | | | |`,
    ];
  });
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server where databases may be created.');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const lines = ['| size | figure | median | ratio to baseline | |', '| --- | --- | --- | --- | --- |'];
  for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) lines.push(...(await benchSize(adminUrl, size)));
  console.log(lines.join('\n'));
}

await main();
