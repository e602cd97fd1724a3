/**
 * Invariants of surplus distribution, as SQL run after load and fault tests (QUALITY.md): each query returns the
 * rows that violate it, so an empty result means it holds. Read-only SELECTs without a trailing semicolon, spanning
 * every cooperative, with unique column names (a runner may wrap them as `SELECT * FROM (<sql>) v`). Exported as
 * `invariants` ({ name, description, sql }), the shape an invariant registry picks up from `*.invariants.ts`.
 */
import { allocationsBySourceSql } from '../share-capital/capital.sql.js';

export interface SurplusInvariant {
  name: string;
  description: string;
  sql: string;
}

export const invariants: SurplusInvariant[] = [
  {
    name: 'surplus.pools-add-up-to-surplus',
    description:
      "Each plan's reserve, education and community funds, interest pool and patronage pool add up exactly to its surplus, and the interest pool never passes the entitlement.",
    sql: `SELECT cooperative_id, id AS plan_id, surplus, reserve_amount, education_amount, community_amount,
                 interest_pool, patronage_pool
            FROM distribution_plans
           WHERE reserve_amount + education_amount + community_amount + interest_pool + patronage_pool <> surplus
              OR interest_pool > interest_entitlement`,
  },
  {
    name: 'surplus.lines-add-up-to-pools',
    description:
      "A plan's member lines add up exactly to its interest pool and its patronage pool, and there are as many as the plan says.",
    sql: `SELECT p.cooperative_id, p.id AS plan_id, p.line_count, l.lines, p.interest_pool, l.interest,
                 p.patronage_pool, l.patronage_refund
            FROM distribution_plans p
            CROSS JOIN LATERAL (
              SELECT count(*)::int AS lines, coalesce(sum(interest), 0) AS interest,
                     coalesce(sum(patronage_refund), 0) AS patronage_refund
                FROM distribution_plan_lines
               WHERE cooperative_id = p.cooperative_id AND plan_id = p.id) l
           WHERE l.lines <> p.line_count OR l.interest <> p.interest_pool OR l.patronage_refund <> p.patronage_pool`,
  },
  {
    name: 'surplus.lines-well-formed',
    description:
      "Every line's total is its interest plus its patronage refund, each in whole minor units of the currency, a member not eligible gets no refund, and no member holds negative capital over the year.",
    sql: `SELECT l.cooperative_id, l.plan_id, l.member_number, l.interest, l.patronage_refund, l.total
            FROM distribution_plan_lines l
            JOIN distribution_plans p ON p.cooperative_id = l.cooperative_id AND p.id = l.plan_id
           WHERE l.total <> l.interest + l.patronage_refund
              OR l.interest <> round(l.interest, p.scale) OR l.patronage_refund <> round(l.patronage_refund, p.scale)
              OR (NOT l.patronage_eligible AND l.patronage_refund <> 0) OR l.capital_days < 0`,
  },
  {
    name: 'surplus.executed-plans-posted-once',
    description:
      'An executed plan has exactly one receipt per kind of posting, its payables match its cash lines, its capital receipt its capital lines, its fund allocations its funds, and the credit fund got the community fund when the plan said so.',
    sql: `SELECT p.cooperative_id, p.id AS plan_id, e.*, r.*
            FROM distribution_plans p
            CROSS JOIN LATERAL (
              SELECT count(*) FILTER (WHERE refund_mode = 'cash' AND total > 0)::int AS cash_lines,
                     coalesce(sum(total) FILTER (WHERE refund_mode = 'cash'), 0) AS cash_total,
                     count(*) FILTER (WHERE refund_mode = 'capital' AND total > 0)::int AS capital_lines,
                     coalesce(sum(total) FILTER (WHERE refund_mode = 'capital'), 0) AS capital_total
                FROM distribution_plan_lines WHERE cooperative_id = p.cooperative_id AND plan_id = p.id) e
            CROSS JOIN LATERAL (
              SELECT (SELECT count(*)::int FROM surplus_payables s
                       WHERE s.cooperative_id = p.cooperative_id AND s.plan_id = p.id) AS payables,
                     (SELECT coalesce(sum(amount), 0) FROM surplus_payables s
                       WHERE s.cooperative_id = p.cooperative_id AND s.plan_id = p.id) AS payables_total,
                     (SELECT count(*)::int FROM surplus_fund_allocations f
                       WHERE f.cooperative_id = p.cooperative_id AND f.plan_id = p.id) AS fund_rows,
                     (SELECT coalesce(sum(amount), 0) FROM surplus_fund_allocations f
                       WHERE f.cooperative_id = p.cooperative_id AND f.plan_id = p.id) AS funds_total,
                     (SELECT jsonb_object_agg(kind, jsonb_build_array(entries, amount)) FROM distribution_postings d
                       WHERE d.cooperative_id = p.cooperative_id AND d.plan_id = p.id) AS receipts) r
           WHERE p.status = 'executed' AND NOT (
                 r.payables = e.cash_lines AND r.payables_total = e.cash_total
             AND r.fund_rows = 3
             AND r.funds_total = p.reserve_amount + p.education_amount + p.community_amount
             AND r.receipts->'cash_payables' = jsonb_build_array(e.cash_lines, e.cash_total)
             AND r.receipts->'capital_allocations' = jsonb_build_array(e.capital_lines, e.capital_total)
             AND r.receipts->'fund_allocations'
                 = jsonb_build_array(3, p.reserve_amount + p.education_amount + p.community_amount)
             AND (r.receipts ? 'credit_fund')
                 = (p.community_fund_to_credit_fund AND p.community_amount > 0)
             AND coalesce(r.receipts->'credit_fund' = jsonb_build_array(1, p.community_amount), true)
             AND (SELECT count(*) FROM jsonb_object_keys(r.receipts))
                 = 3 + CASE WHEN r.receipts ? 'credit_fund' THEN 1 ELSE 0 END)`,
  },
  {
    name: 'surplus.capital-lines-credited',
    description:
      "An executed plan's capital lines are exactly the share-capital allocation entries posted for it (by source), member by member.",
    // Reads share capital's ledger by the typed source its postSurplusRefunds writes ('surplus_plan', the plan id).
    sql: `SELECT coalesce(l.cooperative_id, e.cooperative_id) AS cooperative_id, coalesce(l.plan_id, e.plan_id) AS plan_id,
                 coalesce(l.member_id, e.member_id) AS member_id, l.total AS line_total, e.credited
            FROM (SELECT l.cooperative_id, l.plan_id, l.member_id, l.total
                    FROM distribution_plan_lines l
                    JOIN distribution_plans p
                      ON p.cooperative_id = l.cooperative_id AND p.id = l.plan_id AND p.status = 'executed'
                   WHERE l.refund_mode = 'capital' AND l.total > 0) l
            FULL JOIN (
              SELECT a.cooperative_id, a.member_id, a.source_id AS plan_id, a.credited
                FROM (${allocationsBySourceSql("'surplus_plan'")}) a) e
              ON e.cooperative_id = l.cooperative_id AND e.plan_id = l.plan_id AND e.member_id = l.member_id
           WHERE l.total IS DISTINCT FROM e.credited`,
  },
  {
    name: 'surplus.nothing-posted-before-execution',
    description: 'No payable, fund allocation or posting receipt exists for a plan that is not executed.',
    sql: `SELECT p.cooperative_id, p.id AS plan_id, p.status
            FROM distribution_plans p
           WHERE p.status <> 'executed' AND (
                 EXISTS (SELECT 1 FROM surplus_payables s WHERE s.cooperative_id = p.cooperative_id AND s.plan_id = p.id)
              OR EXISTS (SELECT 1 FROM surplus_fund_allocations f
                          WHERE f.cooperative_id = p.cooperative_id AND f.plan_id = p.id)
              OR EXISTS (SELECT 1 FROM distribution_postings d
                          WHERE d.cooperative_id = p.cooperative_id AND d.plan_id = p.id))`,
  },
  {
    name: 'surplus.one-active-plan-per-year',
    description: 'At most one plan of a fiscal year is proposed, approved or executed.',
    sql: `SELECT cooperative_id, fiscal_year_id, count(*) AS active
            FROM distribution_plans WHERE status IN ('proposed', 'approved', 'executed')
           GROUP BY cooperative_id, fiscal_year_id HAVING count(*) > 1`,
  },
];

/** The same list, under the name the surplus tests use. */
export const SURPLUS_INVARIANTS: readonly SurplusInvariant[] = invariants;
