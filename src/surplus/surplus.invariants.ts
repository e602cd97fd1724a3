/**
 * Invariants of surplus distribution, as SQL run after load and fault tests (QUALITY.md): each query returns the
 * rows that violate it, so an empty result means it holds. They span every cooperative.
 */
export interface Invariant {
  name: string;
  sql: string;
}

export const SURPLUS_INVARIANTS: readonly Invariant[] = [
  {
    name: 'funds and pools add up exactly to the surplus',
    sql: `SELECT cooperative_id, id AS plan_id, surplus, reserve_amount, education_amount, community_amount,
                 interest_pool, patronage_pool
            FROM distribution_plans
           WHERE reserve_amount + education_amount + community_amount + interest_pool + patronage_pool <> surplus
              OR interest_pool > interest_entitlement`,
  },
  {
    name: "a plan's lines add up exactly to its interest and patronage pools",
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
    name: 'every line is interest + patronage refund, in whole minor units, with no refund without eligibility',
    sql: `SELECT l.cooperative_id, l.plan_id, l.member_number, l.interest, l.patronage_refund, l.total
            FROM distribution_plan_lines l
            JOIN distribution_plans p ON p.cooperative_id = l.cooperative_id AND p.id = l.plan_id
           WHERE l.total <> l.interest + l.patronage_refund
              OR l.interest <> round(l.interest, p.scale) OR l.patronage_refund <> round(l.patronage_refund, p.scale)
              OR (NOT l.patronage_eligible AND l.patronage_refund <> 0)`,
  },
  {
    name: 'an executed plan posted each kind exactly once and the postings match its lines',
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
    name: 'nothing is posted for a plan that is not executed',
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
    name: 'at most one plan per fiscal year is proposed, approved or executed',
    sql: `SELECT cooperative_id, fiscal_year_id, count(*) AS active
            FROM distribution_plans WHERE status IN ('proposed', 'approved', 'executed')
           GROUP BY cooperative_id, fiscal_year_id HAVING count(*) > 1`,
  },
];
