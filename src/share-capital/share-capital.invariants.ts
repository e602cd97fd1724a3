/**
 * Share capital invariants: each query returns the rows that break its rule (none = it holds). Read-only SELECTs
 * (no trailing semicolon), meant to run together in one REPEATABLE READ snapshot by `npm run check:invariants`
 * and after load and fault tests. Shape: { name, description, sql } (src/database/invariant.ts in the registry).
 */
export interface ShareCapitalInvariant {
  name: string;
  description: string;
  sql: string;
}

export const invariants: ShareCapitalInvariant[] = [
  {
    name: 'share-capital.balances-equal-entry-sums',
    description: "Every member's balance row equals the sums of their capital entries (and no entries lack a row).",
    sql: `SELECT coalesce(b.cooperative_id, e.cooperative_id) AS cooperative_id,
                 coalesce(b.member_id, e.member_id) AS member_id,
                 b.shares AS balance_shares, e.shares AS entry_shares,
                 b.subscribed AS balance_subscribed, e.subscribed AS entry_subscribed,
                 b.paid_up AS balance_paid_up, e.paid_up AS entry_paid_up,
                 b.last_effective_date AS balance_last_date, e.last_date AS entry_last_date
            FROM capital_balances b
            FULL JOIN (SELECT cooperative_id, member_id, sum(shares_delta) AS shares,
                              sum(subscribed_delta) AS subscribed, sum(paid_up_delta) AS paid_up,
                              max(effective_date) AS last_date
                         FROM capital_entries GROUP BY cooperative_id, member_id) e
              ON e.cooperative_id = b.cooperative_id AND e.member_id = b.member_id
           WHERE (b.shares, b.subscribed, b.paid_up, b.last_effective_date)
                 IS DISTINCT FROM (coalesce(e.shares, 0), coalesce(e.subscribed, 0), coalesce(e.paid_up, 0), e.last_date)`,
  },
  {
    name: 'share-capital.no-negative-holding',
    description: 'No holding is negative, paid-up never exceeds subscribed, committed shares are held.',
    sql: `SELECT cooperative_id, member_id, shares, subscribed, paid_up, committed_shares
            FROM capital_balances
           WHERE shares < 0 OR subscribed < 0 OR paid_up < 0 OR paid_up > subscribed
              OR committed_shares < 0 OR committed_shares > shares`,
  },
  {
    name: 'share-capital.no-negative-holding-on-any-date',
    description:
      "A member's running balance, entry after entry in date order, is never negative nor paid-up above subscribed.",
    sql: `SELECT cooperative_id, member_id, id AS entry_id, effective_date, shares, subscribed, paid_up
            FROM (SELECT cooperative_id, member_id, id, effective_date,
                         sum(shares_delta) OVER w AS shares, sum(subscribed_delta) OVER w AS subscribed,
                         sum(paid_up_delta) OVER w AS paid_up
                    FROM capital_entries
                  WINDOW w AS (PARTITION BY cooperative_id, member_id ORDER BY effective_date, id
                               ROWS UNBOUNDED PRECEDING)) running
           WHERE shares < 0 OR subscribed < 0 OR paid_up < 0 OR paid_up > subscribed`,
  },
  {
    name: 'share-capital.committed-shares-equal-open-requests',
    description: 'Shares committed on a balance row equal the shares of that member’s open transfers and redemptions.',
    sql: `SELECT b.cooperative_id, b.member_id, b.committed_shares, coalesce(r.shares, 0) AS open_request_shares
            FROM capital_balances b
            LEFT JOIN (SELECT cooperative_id, member_id, sum(shares) AS shares FROM capital_requests
                        WHERE status IN ('requested', 'approved') GROUP BY cooperative_id, member_id) r
              ON r.cooperative_id = b.cooperative_id AND r.member_id = b.member_id
           WHERE b.committed_shares <> coalesce(r.shares, 0)`,
  },
  {
    name: 'share-capital.reversal-mirrors-its-entry',
    description: 'A reversal undoes exactly the entry it points at, of the same member, and not a reversal.',
    sql: `SELECT r.cooperative_id, r.id AS reversal_id, o.id AS reversed_id, o.kind AS reversed_kind
            FROM capital_entries r
            JOIN capital_entries o ON o.cooperative_id = r.cooperative_id AND o.id = r.reverses_entry_id
           WHERE r.kind = 'reversal'
             AND (o.member_id <> r.member_id OR o.kind NOT IN ('subscription', 'payment', 'allocation')
                  OR r.shares_delta <> -o.shares_delta OR r.subscribed_delta <> -o.subscribed_delta
                  OR r.paid_up_delta <> -o.paid_up_delta OR r.effective_date < o.effective_date)`,
  },
  {
    name: 'share-capital.completed-requests-posted',
    description:
      'A completed transfer has exactly its transfer_out and transfer_in entries, a completed redemption its one ' +
      'redemption entry, each for the request’s amount; other requests have no entries.',
    sql: `SELECT q.cooperative_id, q.id AS request_id, q.kind, q.status, q.amount,
                 count(e.id) AS entries, string_agg(e.kind, ',' ORDER BY e.kind) AS entry_kinds
            FROM capital_requests q
            LEFT JOIN capital_entries e ON e.cooperative_id = q.cooperative_id AND e.request_id = q.id
           GROUP BY q.cooperative_id, q.id, q.kind, q.status, q.amount, q.member_id, q.to_member_id
          HAVING (q.status <> 'completed' AND count(e.id) > 0)
              OR (q.status = 'completed' AND q.kind = 'redemption' AND (
                    count(e.id) <> 1 OR bool_or(e.kind <> 'redemption' OR e.member_id <> q.member_id)
                    OR sum(-e.paid_up_delta) <> q.amount))
              OR (q.status = 'completed' AND q.kind = 'transfer' AND (
                    count(e.id) <> 2
                    OR count(*) FILTER (WHERE e.kind = 'transfer_out' AND e.member_id = q.member_id
                                          AND e.counterparty_member_id = q.to_member_id
                                          AND -e.shares_delta = q.shares AND -e.paid_up_delta = q.amount) <> 1
                    OR count(*) FILTER (WHERE e.kind = 'transfer_in' AND e.member_id = q.to_member_id
                                          AND e.counterparty_member_id = q.member_id
                                          AND e.shares_delta = q.shares AND e.paid_up_delta = q.amount) <> 1))`,
  },
];
