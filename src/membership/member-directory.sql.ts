/**
 * What other modules read of the member register, as named SQL of its owner (STYLE.md, Ownership): no other module
 * names `members` in its SQL. The directory holds a record's public columns (never the private ones: gender, date of
 * birth, community, occupation, contact details), under the table's own column names, so a reader joins
 * `(${memberDirectorySql('$1')}) m` where it joined `members m`; PostgreSQL inlines it, the plan is the same.
 */
import type { EntityManager } from 'typeorm';
import type { MemberStatus } from './member-lifecycle.rules.js';
import { memberNotFound } from './membership.errors.js';

/** The public columns of the member records of cooperative `cooperativeId` (a uuid SQL expression or column). */
export function memberDirectorySql(cooperativeId: string): string {
  return `SELECT m.id, m.cooperative_id, m.member_number, m.kind, m.name, m.status, m.applied_on, m.status_since,
                 m.first_admitted_on, m.admitted_on, m.ceased_on, m.cessation_reason, m.user_id
            FROM members m WHERE m.cooperative_id = ${cooperativeId}`;
}

export interface MemberRef {
  id: string;
  memberNumber: number | null;
  status: MemberStatus;
  appliedOn: string;
}

/**
 * The members, locked FOR SHARE in id order (a concurrent transition waits until the caller's transaction ends);
 * MEMBER_NOT_FOUND unless all exist in this cooperative.
 */
export async function lockMembersForShare(
  manager: EntityManager,
  cooperativeId: string,
  memberIds: readonly string[],
): Promise<Map<string, MemberRef>> {
  const rows: { id: string; member_number: number | null; status: MemberStatus; applied_on: string }[] =
    await manager.query(
      `SELECT id, member_number, status, applied_on::text AS applied_on FROM members
        WHERE cooperative_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE`,
      [cooperativeId, [...new Set(memberIds)]],
    );
  const members = new Map(
    rows.map((r) => [r.id, { id: r.id, memberNumber: r.member_number, status: r.status, appliedOn: r.applied_on }]),
  );
  if (memberIds.some((id) => !members.has(id))) throw memberNotFound();
  return members;
}

/** The member record of user `userId` in the cooperative, or null (self-service routes). */
export async function memberOfUser(
  manager: EntityManager,
  cooperativeId: string,
  userId: string,
): Promise<{ id: string; memberNumber: number | null } | null> {
  const [row]: { id: string; member_number: number | null }[] = await manager.query(
    `SELECT id, member_number FROM members WHERE cooperative_id = $1 AND user_id = $2`,
    [cooperativeId, userId],
  );
  return row ? { id: row.id, memberNumber: row.member_number } : null;
}

/**
 * The member's id and status; with `lock`, the row is locked FOR NO KEY UPDATE, which serialises what counts on one
 * member (the credit fund's open loans) without blocking rows that merely reference it. MEMBER_NOT_FOUND if absent.
 */
export async function memberStatusOf(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  lock = false,
): Promise<{ id: string; status: MemberStatus }> {
  const [row]: { id: string; status: MemberStatus }[] = await manager.query(
    `SELECT id, status FROM members WHERE cooperative_id = $1 AND id = $2${lock ? ' FOR NO KEY UPDATE' : ''}`,
    [cooperativeId, memberId],
  );
  if (!row) throw memberNotFound();
  return row;
}
