/**
 * Set-based data for the credit fund figures: one active member in ten (member number ending in 5) is a borrower, with one equal-principal loan (1,000 to 5,000, 6
 * to 24 months at 12%, disbursed between 2024-01-01 and mid 2026), its schedule (DOMAIN.md's rules: level part
 * P/n rounded, the last takes the rest; interest on the opening balance at 1% a month, rounded), and one repayment
 * per instalment paid, on its due date (with the loan's state it leaves, as the API records it). Three loans in ten are behind by 1, 2 or 4 instalments as of `asOf`; loans
 * whose schedule is all paid are repaid. One statement per table, from generate_series: a few seconds per 100,000
 * loans, not 100,000 round trips.
 *
 * It fills loans, schedules and repayments only, not the fund's ledger (contributions, disbursement entries): the
 * portfolio and arrears figures read the loans, and the fund's balance is not what they measure.
 */
import type pg from 'pg';

export const LOAN_TABLES = ['members', 'loans', 'loan_instalments', 'loan_repayments', 'loan_repayment_lines'];

/** The day the generated loans' arrears are set for: three loans in ten are behind on that day. */
export const LOANS_AS_OF = '2026-06-30';

export async function generateLoans(client: pg.ClientBase, cooperativeId: string, asOf = LOANS_AS_OF): Promise<number> {
  let rows = 0;
  const run = async (sql: string, params: unknown[] = [cooperativeId]) => {
    const result = await client.query(sql, params);
    rows += result.rowCount ?? 0;
  };
  await client.query('BEGIN');
  try {
    await client.query(
      `CREATE TEMP TABLE bench_loans ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, m.id AS member_id, x.i,
              (1000 + (x.i * 37) % 4000)::numeric(20, 4) AS principal,
              6 + (x.i % 19)::int AS term,
              (date '2024-01-01' + ((x.i * 13) % 880)::int) AS disbursed_on,
              CASE x.i % 10 WHEN 0 THEN 4 WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 0 END AS behind
         FROM (SELECT id, row_number() OVER (ORDER BY member_number) AS i FROM members
                WHERE cooperative_id = $1 AND status = 'active' AND member_number % 10 = 5) m
         JOIN LATERAL (SELECT m.i::int AS i) x ON true`,
      [cooperativeId],
    );
    // How many instalments each loan has paid: those due before asOf, less the ones it is behind by.
    await client.query(`ALTER TABLE bench_loans ADD COLUMN paid int`);
    await client.query(
      `UPDATE bench_loans l SET paid = greatest(0, (
                SELECT count(*) FROM generate_series(1, l.term) AS j
                 WHERE (l.disbursed_on + make_interval(months => j))::date < $1::date) - l.behind)`,
      [asOf],
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
                 k <= l.paid AS paid
        ) s`,
    );
    await run(
      `INSERT INTO loan_repayments (cooperative_id, loan_id, number, kind, paid_on, amount, principal, interest,
                                    prepaid, principal_repaid_after, next_due_on_after, recorded_by_type)
       SELECT cooperative_id, loan_id, number, 'repayment', due_on, principal + interest, principal, interest, 0,
              repaid_after, next_due_on, 'system'
         FROM (SELECT i.*, sum(i.principal_paid) OVER (PARTITION BY i.loan_id ORDER BY i.number) AS repaid_after,
                      lead(i.due_on) OVER (PARTITION BY i.loan_id ORDER BY i.number) AS next_due_on
                 FROM loan_instalments i WHERE i.cooperative_id = $1) i
        WHERE principal_paid > 0`,
    );
    await run(
      `INSERT INTO loan_repayment_lines (repayment_id, instalment_number, cooperative_id, loan_id, paid_on, principal,
                                         interest)
       SELECT r.id, r.number, r.cooperative_id, r.loan_id, r.paid_on, r.principal, r.interest
         FROM loan_repayments r WHERE r.cooperative_id = $1`,
    );
    await run(
      `UPDATE loans l
          SET principal_repaid = p.principal, interest_paid = p.interest, last_paid_on = p.last, next_due_on = p.next,
              status = CASE WHEN p.principal = l.principal THEN 'repaid' ELSE 'disbursed' END,
              closed_on = CASE WHEN p.principal = l.principal THEN p.last END
         FROM (SELECT loan_id, sum(principal_paid) AS principal, sum(interest_paid) AS interest,
                      max(due_on) FILTER (WHERE principal_paid > 0) AS last,
                      min(due_on) FILTER (WHERE principal_paid = 0) AS next
                 FROM loan_instalments WHERE cooperative_id = $1 GROUP BY loan_id) p
        WHERE l.cooperative_id = $1 AND l.id = p.loan_id AND p.principal > 0`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return rows;
}
