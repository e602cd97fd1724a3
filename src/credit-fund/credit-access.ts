/**
 * Who does what with the solidarity fund (DOMAIN.md, Roles):
 * - the treasurer posts money: contributions, donations, disbursements, repayments, settlements;
 * - the credit committee decides: approves or rejects applications, writes loans off;
 * - the board reads; treasurer and committee read too (they need the figures to act);
 * - applications are recorded by the treasurer or the committee (a paper form), or made by the member;
 * - a member sees only their own loans and contributions: any other loan is 404 to them.
 * API keys: credit:read for reads, credit:write for every write.
 */
import { selfOnlyUserId } from '../auth/caller.js';
import type { Role } from '../common/access/role.js';
import type { RequestContext } from '../common/context/request-context.js';

export const CREDIT_READERS = ['treasurer', 'credit_committee', 'board'] as const satisfies readonly Role[];

export const READ = { roles: CREDIT_READERS, scope: 'credit:read' } as const;
/** One loan and its details: staff, credit:read keys, and the borrower for their own loan (others are 404). */
export const READ_OWN = { roles: [...CREDIT_READERS, 'member'], scope: 'credit:read', self: true } as const;
export const POST_MONEY = { roles: ['treasurer'], scope: 'credit:write' } as const;
export const DECIDE = { roles: ['credit_committee'], scope: 'credit:write' } as const;
export const RECORD_APPLICATION = { roles: ['treasurer', 'credit_committee'], scope: 'credit:write' } as const;
export const SELF = { roles: ['member'], self: true } as const;

/** The user a member-only caller is restricted to, or null when the caller may read every loan of the cooperative. */
export function borrowerOnlyUserId(ctx: RequestContext): string | null {
  return selfOnlyUserId(ctx, CREDIT_READERS);
}
