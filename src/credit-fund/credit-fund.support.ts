/** Small checks the credit fund's services share: amounts in the currency's scale, members, date order. */
import type { EntityManager } from 'typeorm';
import { Dec, hasAtMostScale } from '../common/money/money.js';
import { Member } from '../membership/member.entity.js';
import { currentContext } from '../common/context/log-context.js';
import { callingUserId } from './credit-access.js';
import { CommonError } from '../common/errors/common.errors.js';
import { CreditFundError } from './credit-fund.errors.js';
import { MembershipError } from '../membership/membership.errors.js';

/** An amount already validated as a positive decimal string, now held to the currency's minor unit. */
export function amountIn(value: string, scale: number, field: string): Dec {
  if (!hasAtMostScale(value, scale)) {
    throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
      { field, message: `${field} must have at most ${scale} decimals (the currency's minor unit)` },
    ]);
  }
  return new Dec(value);
}

export const memberNotFound = () => new MembershipError('MEMBER_NOT_FOUND', 'No such member in this cooperative.');

/**
 * A member of the cooperative, optionally locked. `FOR NO KEY UPDATE` serialises a member's loan applications and
 * decisions (each counts the member's open loans) without blocking rows that merely reference the member.
 */
export async function findMember(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  lock = false,
): Promise<Member> {
  const member = await manager.findOne(Member, {
    where: { cooperativeId, id: memberId },
    lock: lock ? { mode: 'for_no_key_update' } : undefined,
  });
  if (!member) throw memberNotFound();
  return member;
}

/** The caller's own member record (self-service). */
export async function findOwnMember(manager: EntityManager, cooperativeId: string): Promise<Member> {
  const member = await manager.findOneBy(Member, { cooperativeId, userId: callingUserId() });
  if (!member)
    throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
  return member;
}

/** Refuses a date earlier than `earliest` (value dates follow the loan's story in order). */
export function assertNotBefore(date: string, earliest: string | null, field: string, what: string): void {
  if (earliest !== null && date < earliest) {
    throw new CreditFundError('VALUE_DATE_OUT_OF_ORDER', `${field} ${date} is before ${what} (${earliest}).`, [
      { field, message: `must not be before ${what} (${earliest})` },
    ]);
  }
}

/** Today in UTC: the default date of applications and decisions. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Nobody acts on money or decisions in which they have a stake: a user whose own member record is the borrower
 * or a guarantor may not record, decide, disburse, post or write off for that loan (or contribution).
 */
export async function assertNoConflictOfInterest(
  manager: EntityManager,
  cooperativeId: string,
  memberIds: readonly string[],
): Promise<void> {
  const principal = currentContext().principal;
  if (principal?.kind !== 'user') return;
  const rows = await manager.query<unknown[]>(
    'SELECT 1 FROM members WHERE cooperative_id = $1 AND user_id = $2 AND id = ANY($3::uuid[]) LIMIT 1',
    [cooperativeId, principal.userId, memberIds],
  );
  if (rows.length > 0) {
    throw new CreditFundError(
      'CONFLICT_OF_INTEREST',
      'You are the borrower or a guarantor here: another officer must act on it.',
    );
  }
}
