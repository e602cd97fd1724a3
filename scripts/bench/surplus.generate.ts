/**
 * A fiscal year ready to distribute, set-based: FY2025 (calendar 2025) with its net surplus entered (12.34 per member,
 * so the pools grow with the register) and one patronage record per member for nine members in ten (coffee delivered,
 * by value, 100.00 to 5,099.99). The surplus-distribution scenario computes, approves and executes its plan.
 */
import type pg from 'pg';

export const SURPLUS_TABLES = ['members', 'fiscal_years', 'patronage_records'];
export const BENCH_FISCAL_YEAR = 'FY2025';

export async function generateSurplus(client: pg.ClientBase, cooperativeId: string, n: number): Promise<number> {
  await client.query('BEGIN');
  try {
    const year = await client.query<{ id: string }>(
      `INSERT INTO fiscal_years (cooperative_id, label, start_date, end_date, net_surplus, net_surplus_reference,
                                 net_surplus_entered_at, inputs_version)
       VALUES ($1, $2, '2025-01-01', '2025-12-31', $3::int * 12.34, 'Audited accounts 2025', now(), 1)
       RETURNING id`,
      [cooperativeId, BENCH_FISCAL_YEAR, n],
    );
    const records = await client.query(
      `INSERT INTO patronage_records (cooperative_id, fiscal_year_id, member_id, member_number, value, recorded_at)
       SELECT cooperative_id, $2, id, member_number, 100 + ((member_number::bigint * 7919) % 500000) / 100.0,
              '2026-01-15'
         FROM members
        WHERE cooperative_id = $1 AND member_number IS NOT NULL AND member_number % 10 <> 9
          AND first_admitted_on <= '2025-12-31'
        ORDER BY member_number`,
      [cooperativeId, year.rows[0].id],
    );
    await client.query('COMMIT');
    return 1 + (records.rowCount ?? 0);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
