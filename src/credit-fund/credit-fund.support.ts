/** Small checks the credit fund's services share: amounts in the currency's scale, members, date order, cursors. */
import type { EntityManager } from 'typeorm';
import { actorOf, callingUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ISO_DATE, UUID } from '../common/dates.js';
import { Dec, hasAtMostScale } from '../common/money/money.js';
import { decodeCursor, invalidCursor } from '../common/pagination/pagination.js';
import { CommonError } from '../common/errors/common.errors.js';
import { CreditFundError } from './credit-fund.errors.js';
import { memberDirectorySql, memberOfUser } from '../membership/member-directory.sql.js';
import type { MemberStatus } from '../membership/member-lifecycle.rules.js';
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

/** Who recorded a ledger entry or a repayment (the recorded_by_type / recorded_by columns). */
export function recordedBy(ctx: RequestContext): {
  recordedByType: 'user' | 'api_client' | 'system';
  recordedBy: string | null;
} {
  const actor = actorOf(ctx);
  return { recordedByType: actor.type, recordedBy: actor.id };
}

/** Loans are for active members (suspended ones may still contribute). */
export function assertBorrowerActive(member: { status: MemberStatus }): void {
  if (member.status !== 'active') {
    throw new CreditFundError('MEMBER_NOT_ACTIVE', `Loans are for active members; this member is ${member.status}.`);
  }
}

/** The caller's own member record (self-service). */
export async function findOwnMember(
  manager: EntityManager,
  ctx: RequestContext,
  cooperativeId: string,
): Promise<{ id: string }> {
  const member = await memberOfUser(manager, cooperativeId, callingUserId(ctx));
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

/** Money after disbursement is dated neither before it nor before the latest repayment. */
export function assertInLoanOrder(
  date: string,
  loan: { disbursedOn: string | null; lastPaidOn: string | null },
  field: string,
): void {
  assertNotBefore(date, loan.disbursedOn, field, 'the disbursement');
  assertNotBefore(date, loan.lastPaidOn, field, 'the latest repayment');
}

/**
 * Nobody acts on money or decisions in which they have a stake: a user whose own member record is the borrower
 * or a guarantor may not record, decide, disburse, post or write off for that loan (or contribution).
 */
export async function assertNoConflictOfInterest(
  manager: EntityManager,
  ctx: RequestContext,
  cooperativeId: string,
  memberIds: readonly string[],
): Promise<void> {
  const principal = ctx.principal;
  if (principal?.kind !== 'user') return;
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM (${memberDirectorySql('$1')}) m WHERE m.user_id = $2 AND m.id = ANY($3::uuid[]) LIMIT 1`,
    [cooperativeId, principal.userId, memberIds],
  );
  if (rows.length > 0) {
    throw new CreditFundError(
      'CONFLICT_OF_INTEREST',
      'You are the borrower or a guarantor here: another officer must act on it.',
    );
  }
}

// Keyset cursors of the fund's lists.

export function bigintCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']);
  if (!/^\d{1,19}$/.test(String(id))) invalidCursor();
  return String(id);
}

export function uuidCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']);
  if (!UUID.test(String(id))) invalidCursor();
  return String(id);
}

export function dateUuidCursor(cursor: string): [string, string] {
  const [on, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!ISO_DATE.test(on) || !UUID.test(id)) invalidCursor();
  return [on, id];
}
