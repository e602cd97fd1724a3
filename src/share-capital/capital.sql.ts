/**
 * What other modules read and write of the share-capital ledger, as named SQL builders of its owner (STYLE.md,
 * Ownership): no other module names capital_entries or capital_balances.
 *
 * The one definition of paid-up capital on day D: the paid-up movements effective on or before D, leaving out a
 * reversed mistake and its reversal both (the mistake never counted: it neither earned interest, nor let a member
 * vote, nor raised a loan ceiling while it stood). Every consumer (the electorate's paid-shares condition, the loan
 * ceiling, the surplus interest on capital, the redemption cap) reads it through here.
 *
 * Builders take SQL expressions for their inputs (parameters such as `$1::uuid` or columns), never user input.
 */
import type { EntityManager } from 'typeorm';

/** The entries that count for paid-up capital: every entry of `e` but a reversed one and its reversal. */
function counted(e: string): string {
  return `${e}.kind <> 'reversal'
          AND NOT EXISTS (SELECT 1 FROM capital_entries r
                           WHERE r.cooperative_id = ${e}.cooperative_id AND r.reverses_entry_id = ${e}.id)`;
}

export interface PaidUpOnRefs {
  /** The cooperative's id, a uuid expression. */
  cooperativeId: string;
  /** The day D, a date expression: the capital paid up at its end. */
  date: string;
  /** When set, a uuid[] expression: only these members (single-member checks). */
  members?: string;
}

/**
 * A relation (member_id uuid, paid_up numeric) of every member with a capital row: paid-up capital at the end of D.
 * Set-based for a whole register: the kept balance (every entry; a reversed pair cancels out) less the counted
 * entries dated after D, one pass over the balances and a small range of the ledger.
 */
export function paidUpOnSql(refs: PaidUpOnRefs): string {
  const only = refs.members === undefined ? '' : ` AND b.member_id = ANY(${refs.members})`;
  const onlyLater = refs.members === undefined ? '' : ` AND e.member_id = ANY(${refs.members})`;
  return `SELECT b.member_id, b.paid_up - COALESCE(l.later, 0) AS paid_up
            FROM capital_balances b
            LEFT JOIN (SELECT e.member_id, sum(e.paid_up_delta) AS later FROM capital_entries e
                        WHERE e.cooperative_id = ${refs.cooperativeId} AND e.effective_date > ${refs.date}${onlyLater}
                          AND ${counted('e')}
                        GROUP BY e.member_id) l ON l.member_id = b.member_id
           WHERE b.cooperative_id = ${refs.cooperativeId}${only}`;
}

/** One member's paid-up capital at the end of `date` (YYYY-MM-DD), a decimal string ("0" when they hold none). */
export async function paidUpOf(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  date: string,
): Promise<string> {
  const [row]: { paid_up: string }[] = await manager.query(
    `SELECT COALESCE((SELECT p.paid_up FROM (${paidUpOnSql({ cooperativeId: '$1::uuid', date: '$3::date', members: 'ARRAY[$2::uuid]' })}) p), 0)::text AS paid_up`,
    [cooperativeId, memberId, date],
  );
  return row.paid_up;
}

/** The cooperative's paid-up capital at the end of `date`, a decimal string. */
export async function totalPaidUpOn(manager: EntityManager, cooperativeId: string, date: string): Promise<string> {
  const [row]: { paid_up: string }[] = await manager.query(
    `SELECT COALESCE(sum(p.paid_up), 0)::text AS paid_up
       FROM (${paidUpOnSql({ cooperativeId: '$1::uuid', date: '$2::date' })}) p`,
    [cooperativeId, date],
  );
  return row.paid_up;
}

export interface PaidUpMovementRefs {
  cooperativeId: string;
  /** The last day of interest, a date expression: movements after it are left out. */
  end: string;
}

/**
 * A relation (member_id uuid, amount numeric, held_from date, left_on date) of the counted paid-up movements up to
 * `end`, signed (payments, transfers in and allocations positive; redemptions and transfers out negative), left_on
 * always null: interest weight is linear in amount x days, so signed movements give the weight of the lots they
 * make up. For the surplus' interest on capital.
 */
export function paidUpMovementsSql(refs: PaidUpMovementRefs): string {
  return `SELECT e.member_id, e.paid_up_delta AS amount, e.effective_date AS held_from, NULL::date AS left_on
            FROM capital_entries e
           WHERE e.cooperative_id = ${refs.cooperativeId} AND e.effective_date <= ${refs.end} AND e.paid_up_delta <> 0
             AND ${counted('e')}`;
}

/**
 * A relation (cooperative_id uuid, member_id uuid, source_id uuid, credited numeric) of the allocation entries
 * posted for sources of type `sourceType` (a text expression, e.g. `'surplus_plan'`), summed per member and source,
 * across every cooperative: what postSurplusRefunds credited, for the surplus invariants.
 */
export function allocationsBySourceSql(sourceType: string): string {
  return `SELECT e.cooperative_id, e.member_id, e.source_id, sum(e.paid_up_delta) AS credited
            FROM capital_entries e
           WHERE e.kind = 'allocation' AND e.source_type = ${sourceType}
           GROUP BY e.cooperative_id, e.member_id, e.source_id`;
}
