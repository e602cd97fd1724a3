/**
 * Share capital, set-based: every admitted member subscribed 1 to 10 shares at the default par value (10.00) on the
 * admission date, and paid them 30 days later; one member in ten paid one share only and still owes the rest (the
 * share-payment scenario pays into those), one in three of the others paid in two instalments (the second 180 days
 * after admission). The balances are the sums of the entries, as the ledger's trigger keeps them.
 */
import type pg from 'pg';

export const SHARE_CAPITAL_TABLES = ['members', 'capital_entries', 'capital_balances'];

/** The members who still owe on their shares: member_number % 10 = 3 with more than one share subscribed. */
export const OWING_MEMBERS_SQL = `member_number % 10 = 3 AND 1 + (member_number * 31) % 10 > 1`;

export async function generateShareCapital(client: pg.ClientBase, cooperativeId: string): Promise<number> {
  let rows = 0;
  const run = async (sql: string) => {
    rows += (await client.query(sql, [cooperativeId])).rowCount ?? 0;
  };
  await client.query('BEGIN');
  try {
    await client.query(
      `CREATE TEMP TABLE bench_holdings ON COMMIT DROP AS
       SELECT m.id AS member_id, m.member_number AS i, m.first_admitted_on AS admitted,
              1 + (m.member_number * 31) % 10 AS shares, b.share_par_value AS par
         FROM members m JOIN bylaws b ON b.cooperative_id = m.cooperative_id
        WHERE m.cooperative_id = $1 AND m.first_admitted_on IS NOT NULL`,
      [cooperativeId],
    );
    // Entries in date order per member: subscription, first payment, second payment.
    await run(
      `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                    paid_up_delta, par_value, reference, recorded_by_type, recorded_at)
       SELECT $1, member_id, 'subscription', admitted, shares, shares * par, 0, par, 'Admission', 'system', admitted
         FROM bench_holdings ORDER BY i`,
    );
    await run(
      `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                    paid_up_delta, par_value, reference, recorded_by_type, recorded_at)
       SELECT $1, member_id, 'payment', admitted + 30, 0, 0,
              CASE WHEN ${OWING_MEMBERS_SQL.replaceAll('member_number', 'i')} THEN par
                   WHEN i % 3 = 0 AND shares > 1 THEN (shares / 2) * par
                   ELSE shares * par END,
              par, 'Receipt ' || i, 'system', admitted + 30
         FROM bench_holdings ORDER BY i`,
    );
    await run(
      `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                    paid_up_delta, par_value, reference, recorded_by_type, recorded_at)
       SELECT $1, member_id, 'payment', admitted + 180, 0, 0, (shares - shares / 2) * par, par, 'Receipt ' || i || '-2',
              'system', admitted + 180
         FROM bench_holdings
        WHERE i % 3 = 0 AND shares > 1 AND NOT (${OWING_MEMBERS_SQL.replaceAll('member_number', 'i')})
        ORDER BY i`,
    );
    // With foreign-key and other triggers off (session_replication_role = replica), the ledger's trigger did not
    // keep the balances: write them as it would have.
    const { rows: role } = await client.query<{ role: string }>(
      `SELECT current_setting('session_replication_role') AS role`,
    );
    if (role[0].role === 'replica') {
      await run(
        `INSERT INTO capital_balances (cooperative_id, member_id, shares, subscribed, paid_up, last_effective_date)
         SELECT cooperative_id, member_id, sum(shares_delta), sum(subscribed_delta), sum(paid_up_delta),
                max(effective_date)
           FROM capital_entries WHERE cooperative_id = $1 GROUP BY cooperative_id, member_id`,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return rows;
}
