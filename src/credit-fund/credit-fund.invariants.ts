/**
 * The credit fund's invariants as SQL: each query returns the rows that violate it (none when the books are
 * right). Run after load and fault tests, and in the e2e tests after every scenario.
 */
import type { Invariant } from '../database/invariant.js';
import { CASH_DELTA_SQL, LOANS_DELTA_SQL } from './fund-ledger.js';

export const invariants: Invariant[] = [
  {
    name: 'credit-fund.balance-equals-ledger',
    description:
      "Each fund's balance equals the sum of its ledger's cash movements (and no ledger lacks its fund row).",
    sql: `SELECT f.cooperative_id, f.balance, coalesce(sum(${CASH_DELTA_SQL}), 0) AS ledger
            FROM credit_funds f LEFT JOIN credit_fund_entries e ON e.cooperative_id = f.cooperative_id
           GROUP BY f.cooperative_id, f.balance
          HAVING f.balance <> coalesce(sum(${CASH_DELTA_SQL}), 0)
          UNION ALL
          SELECT e.cooperative_id, NULL, sum(${CASH_DELTA_SQL}) FROM credit_fund_entries e
           WHERE NOT EXISTS (SELECT 1 FROM credit_funds f WHERE f.cooperative_id = e.cooperative_id)
           GROUP BY e.cooperative_id`,
  },
  {
    name: 'credit-fund.loans-outstanding-equals-ledger',
    description: "Each fund's loans outstanding equals its disbursements less principal repaid and written off.",
    sql: `SELECT f.cooperative_id, f.loans_outstanding, coalesce(sum(${LOANS_DELTA_SQL}), 0) AS ledger
            FROM credit_funds f LEFT JOIN credit_fund_entries e ON e.cooperative_id = f.cooperative_id
           GROUP BY f.cooperative_id, f.loans_outstanding
          HAVING f.loans_outstanding <> coalesce(sum(${LOANS_DELTA_SQL}), 0)`,
  },
  {
    name: 'credit-fund.balance-never-negative',
    description: 'No fund balance, and no balance after any entry, is below zero.',
    sql: `SELECT cooperative_id, balance, NULL::bigint AS entry_id FROM credit_funds WHERE balance < 0
          UNION ALL
          SELECT cooperative_id, balance_after, id FROM credit_fund_entries WHERE balance_after < 0`,
  },
  {
    name: 'credit-fund.running-balance',
    description: "Each ledger entry's balance_after is the running sum of the cash movements up to it.",
    sql: `SELECT id, cooperative_id, balance_after, running FROM (
            SELECT e.id, e.cooperative_id, e.balance_after,
                   sum(${CASH_DELTA_SQL}) OVER (PARTITION BY e.cooperative_id ORDER BY e.id) AS running
              FROM credit_fund_entries e) r
           WHERE balance_after <> running`,
  },
  {
    name: 'credit-fund.repaid-within-disbursed',
    description: 'No loan has more principal repaid and written off than it lent, nor any before disbursement.',
    sql: `SELECT id, cooperative_id, principal, principal_repaid, principal_written_off FROM loans
           WHERE principal_repaid + principal_written_off > principal
              OR (disbursed_on IS NULL AND (principal_repaid > 0 OR principal_written_off > 0))`,
  },
  {
    name: 'credit-fund.schedule-sums-to-principal',
    description:
      'A disbursed loan has one instalment per month of its term, whose principal parts sum to its principal.',
    sql: `SELECT l.id, l.cooperative_id, l.principal, coalesce(sum(i.principal), 0) AS scheduled, count(i.number) AS n
            FROM loans l LEFT JOIN loan_instalments i ON i.cooperative_id = l.cooperative_id AND i.loan_id = l.id
           WHERE l.disbursed_on IS NOT NULL
           GROUP BY l.id, l.cooperative_id, l.principal, l.term_months
          HAVING coalesce(sum(i.principal), 0) <> l.principal OR count(i.number) <> l.term_months`,
  },
  {
    name: 'credit-fund.no-schedule-before-disbursement',
    description: 'A loan not disbursed has no instalments.',
    sql: `SELECT l.id, l.cooperative_id FROM loans l
           WHERE l.disbursed_on IS NULL
             AND EXISTS (SELECT 1 FROM loan_instalments i WHERE i.cooperative_id = l.cooperative_id AND i.loan_id = l.id)`,
  },
  {
    name: 'credit-fund.loan-totals-match-instalments',
    description:
      "A loan's principal repaid, interest paid and interest waived equal its instalments' and its repayment lines'.",
    sql: `SELECT l.id, l.cooperative_id FROM loans l
            LEFT JOIN (SELECT cooperative_id, loan_id, sum(principal_paid) AS p, sum(interest_paid) AS x,
                              sum(interest_waived) AS w
                         FROM loan_instalments GROUP BY cooperative_id, loan_id) i
                   ON i.cooperative_id = l.cooperative_id AND i.loan_id = l.id
            LEFT JOIN (SELECT cooperative_id, loan_id, sum(principal) AS p, sum(interest) AS x, sum(interest_waived) AS w
                         FROM loan_repayment_lines GROUP BY cooperative_id, loan_id) a
                   ON a.cooperative_id = l.cooperative_id AND a.loan_id = l.id
           WHERE l.principal_repaid <> coalesce(i.p, 0) OR l.interest_paid <> coalesce(i.x, 0)
              OR l.interest_waived <> coalesce(i.w, 0)
              OR l.principal_repaid <> coalesce(a.p, 0) OR l.interest_paid <> coalesce(a.x, 0)
              OR l.interest_waived <> coalesce(a.w, 0)`,
  },
  {
    name: 'credit-fund.repayment-equals-lines',
    description: "Each repayment's principal, interest and waived interest equal the sums of its lines.",
    sql: `SELECT r.id, r.cooperative_id FROM loan_repayments r
            LEFT JOIN (SELECT repayment_id, sum(principal) AS p, sum(interest) AS x, sum(interest_waived) AS w
                         FROM loan_repayment_lines GROUP BY repayment_id) a ON a.repayment_id = r.id
           WHERE r.principal <> coalesce(a.p, 0) OR r.interest <> coalesce(a.x, 0) OR r.interest_waived <> coalesce(a.w, 0)`,
  },
  {
    name: 'credit-fund.loan-matches-ledger',
    description: "Each loan's ledger entries match its disbursement, principal repaid, interest paid and write-off.",
    sql: `SELECT l.id, l.cooperative_id FROM loans l
            LEFT JOIN (SELECT cooperative_id, loan_id,
                              coalesce(sum(amount) FILTER (WHERE kind = 'disbursement'), 0) AS d,
                              coalesce(sum(amount) FILTER (WHERE kind = 'repayment_principal'), 0) AS p,
                              coalesce(sum(amount) FILTER (WHERE kind = 'repayment_interest'), 0) AS x,
                              coalesce(sum(amount) FILTER (WHERE kind = 'write_off'), 0) AS w
                         FROM credit_fund_entries WHERE loan_id IS NOT NULL GROUP BY cooperative_id, loan_id) e
                   ON e.cooperative_id = l.cooperative_id AND e.loan_id = l.id
           WHERE coalesce(e.d, 0) <> CASE WHEN l.disbursed_on IS NULL THEN 0 ELSE l.principal END
              OR coalesce(e.p, 0) <> l.principal_repaid OR coalesce(e.x, 0) <> l.interest_paid
              OR coalesce(e.w, 0) <> l.principal_written_off`,
  },
  {
    name: 'credit-fund.repaid-means-settled',
    description: 'A repaid loan has every instalment settled; a disbursed one still has one unsettled.',
    sql: `SELECT l.id, l.cooperative_id, l.status FROM loans l
           WHERE l.status IN ('disbursed', 'repaid')
             AND (l.status = 'repaid') <> NOT EXISTS (
                   SELECT 1 FROM loan_instalments i
                    WHERE i.cooperative_id = l.cooperative_id AND i.loan_id = l.id
                      AND (i.principal_paid < i.principal OR i.interest_paid + i.interest_waived < i.interest))`,
  },
  {
    name: 'credit-fund.next-due-date',
    description:
      "A disbursed loan's next_due_on is the due date of its first unsettled instalment (null once all are settled); " +
      'its last repayment recorded the same state.',
    sql: `SELECT l.id, l.cooperative_id, l.next_due_on, u.first_unsettled, r.next_due_on_after, r.principal_repaid_after
            FROM loans l
            LEFT JOIN LATERAL (SELECT min(i.due_on) AS first_unsettled FROM loan_instalments i
                                WHERE i.cooperative_id = l.cooperative_id AND i.loan_id = l.id
                                  AND (i.principal_paid < i.principal OR i.interest_paid + i.interest_waived < i.interest)) u
                   ON true
            LEFT JOIN LATERAL (SELECT next_due_on_after, principal_repaid_after FROM loan_repayments r
                                WHERE r.cooperative_id = l.cooperative_id AND r.loan_id = l.id
                                ORDER BY r.number DESC LIMIT 1) r ON true
           WHERE l.status IN ('disbursed', 'repaid')
             AND (l.next_due_on IS DISTINCT FROM u.first_unsettled
                  OR (r.principal_repaid_after IS NOT NULL
                      AND (r.next_due_on_after IS DISTINCT FROM l.next_due_on
                           OR r.principal_repaid_after <> l.principal_repaid)))`,
  },
  {
    name: 'credit-fund.repayment-running-principal',
    description: "Each repayment's principal_repaid_after is the loan's principal repaid through that repayment.",
    sql: `SELECT id, loan_id, number, principal_repaid_after, running FROM (
            SELECT r.id, r.loan_id, r.number, r.principal_repaid_after,
                   sum(r.principal) OVER (PARTITION BY r.cooperative_id, r.loan_id ORDER BY r.number) AS running
              FROM loan_repayments r) x
           WHERE principal_repaid_after <> running`,
  },
  {
    name: 'credit-fund.pledges-released',
    description:
      "A pledge's released part is within the pledge, zero before any principal is repaid, whole once the loan is repaid.",
    sql: `SELECT g.loan_id, g.member_id, g.pledged, g.released FROM loan_guarantors g
            JOIN loans l ON l.cooperative_id = g.cooperative_id AND l.id = g.loan_id
           WHERE g.released > g.pledged OR (l.status = 'repaid' AND g.released <> g.pledged)
              OR (l.principal_repaid = 0 AND g.released <> 0)`,
  },
  {
    name: 'credit-fund.contribution-matches-entry',
    description: 'Each contribution has exactly one ledger entry, of its amount and member.',
    sql: `SELECT c.id, c.cooperative_id FROM credit_fund_contributions c
            LEFT JOIN credit_fund_entries e ON e.cooperative_id = c.cooperative_id AND e.contribution_id = c.id
           GROUP BY c.id, c.cooperative_id, c.amount, c.member_id
          HAVING count(e.id) <> 1 OR min(e.amount) <> c.amount OR bool_or(e.member_id <> c.member_id)`,
  },
];
