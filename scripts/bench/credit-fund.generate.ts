/**
 * Set-based data for the credit fund figures: `n` borrowers, each with one equal-principal loan (1,000 to 5,000, 6
 * to 24 months at 12%, disbursed between 2024-01-01 and mid 2026), its schedule (DOMAIN.md's rules: level part
 * P/n rounded, the last takes the rest; interest on the opening balance at 1% a month, rounded), and one repayment
 * per instalment paid, on its due date (with the loan's state it leaves, as the API records it). Three loans in ten are behind by 1, 2 or 4 instalments as of `asOf`; loans
 * whose schedule is all paid are repaid. One statement per table, from generate_series: a few seconds per 100,000
 * loans, not 100,000 round trips.
 *
 * Shaped as the bench's table families (`generate(client, cooperativeId, n)`), so it plugs into
 * scripts/bench/generate.ts once the bench runner is on the branch. It fills loans, schedules and repayments only,
 * not the fund's ledger: the ledger invariants do not hold on a generated database.
 */
import type pg from 'pg';

export const FUND_TABLES = ['members', 'loans', 'loan_instalments', 'loan_repayments', 'loan_repayment_lines'];

export async function generateLoans(
  client: pg.ClientBase,
  cooperativeId: string,
  n: number,
  asOf = '2026-06-30',
): Promise<number> {
  let rows = 0;
  const run = async (sql: string, params: unknown[] = [cooperativeId]) => {
    const result = await client.query(sql, params);
    rows += result.rowCount ?? 0;
  };
  await client.query('BEGIN');
  try {
    await run(
      `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                            first_admitted_on, admitted_on)
       SELECT $1, base.n + i, 'natural_person', 'Borrower ' || i, 'active', '2020-01-01', '2020-02-01', '2020-02-01',
              '2020-02-01'
         FROM generate_series(1, $2::int) AS i,
              (SELECT coalesce(max(member_number), 0) AS n FROM members WHERE cooperative_id = $1) AS base`,
      [cooperativeId, n],
    );
    await client.query(
      `CREATE TEMP TABLE bench_loans ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, m.id AS member_id, x.i,
              (1000 + (x.i * 37) % 4000)::numeric(20, 4) AS principal,
              6 + (x.i % 19)::int AS term,
              (date '2024-01-01' + ((x.i * 13) % 880)::int) AS disbursed_on,
              CASE x.i % 10 WHEN 0 THEN 4 WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 0 END AS behind
         FROM (SELECT id, row_number() OVER (ORDER BY member_number) AS i FROM members
                WHERE cooperative_id = $1 AND name LIKE 'Borrower %') m
         JOIN LATERAL (SELECT m.i::int AS i) x ON true`,
      [cooperativeId],
    );
    await run(
      `INSERT INTO loans (id, cooperative_id, member_id, status, principal, purpose, term_months, method,
                          annual_rate_percent, applied_on, contributions, decided_on, disbursed_on, next_due_on)
       SELECT id, $1, member_id, 'disbursed', principal, 'Working capital', term, 'equal_principal', 12,
              disbursed_on - 10, 0, disbursed_on - 5, disbursed_on, (disbursed_on + interval '1 month')::date
         FROM bench_loans`,
    );
    await run(
      `INSERT INTO loan_instalments (cooperative_id, loan_id, number, due_on, opening_principal, principal, interest,
                                     principal_paid, interest_paid)
       SELECT $1, l.id, k, s.due_on, s.opening, s.part, s.interest,
              CASE WHEN s.paid THEN s.part ELSE 0 END, CASE WHEN s.paid THEN s.interest ELSE 0 END
         FROM bench_loans l
        CROSS JOIN generate_series(1, l.term) AS k
        CROSS JOIN LATERAL (SELECT round(l.principal / l.term, 2) AS level) lv
        CROSS JOIN LATERAL (
          SELECT (l.disbursed_on + make_interval(months => k))::date AS due_on,
                 l.principal - (k - 1) * lv.level AS opening,
                 CASE WHEN k = l.term THEN l.principal - (k - 1) * lv.level ELSE lv.level END AS part,
                 round((l.principal - (k - 1) * lv.level) * 0.01, 2) AS interest,
                 k <= (SELECT count(*) FROM generate_series(1, l.term) AS j
                        WHERE (l.disbursed_on + make_interval(months => j))::date < $2::date) - l.behind AS paid
        ) s`,
      [cooperativeId, asOf],
    );
    await run(
      `INSERT INTO loan_repayments (cooperative_id, loan_id, number, kind, paid_on, amount, principal, interest,
                                    prepaid, principal_repaid_after, next_due_on_after, recorded_by_type)
       SELECT i.cooperative_id, i.loan_id, i.number, 'repayment', i.due_on, i.principal + i.interest, i.principal,
              i.interest, 0, sum(i.principal) OVER (PARTITION BY i.loan_id ORDER BY i.number),
              (SELECT j.due_on FROM loan_instalments j
                WHERE j.cooperative_id = i.cooperative_id AND j.loan_id = i.loan_id AND j.number = i.number + 1),
              'system'
         FROM loan_instalments i WHERE i.cooperative_id = $1 AND i.principal_paid > 0`,
    );
    await run(
      `INSERT INTO loan_repayment_lines (repayment_id, instalment_number, cooperative_id, loan_id, paid_on, principal,
                                         interest)
       SELECT r.id, r.number, r.cooperative_id, r.loan_id, r.paid_on, r.principal, r.interest
         FROM loan_repayments r WHERE r.cooperative_id = $1`,
    );
    await run(
      `UPDATE loans l
          SET principal_repaid = p.principal, interest_paid = p.interest, last_paid_on = p.last,
              next_due_on = (SELECT min(i.due_on) FROM loan_instalments i
                              WHERE i.cooperative_id = l.cooperative_id AND i.loan_id = l.id AND i.principal_paid = 0),
              status = CASE WHEN p.principal = l.principal THEN 'repaid' ELSE 'disbursed' END,
              closed_on = CASE WHEN p.principal = l.principal THEN p.last END
         FROM (SELECT loan_id, sum(principal) AS principal, sum(interest) AS interest, max(paid_on) AS last
                 FROM loan_repayments WHERE cooperative_id = $1 GROUP BY loan_id) p
        WHERE l.cooperative_id = $1 AND l.id = p.loan_id`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE members, loans, loan_instalments, loan_repayments, loan_repayment_lines');
  return rows;
}
