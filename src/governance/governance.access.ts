/**
 * Who may do what in governance. The secretary manages assemblies, ballots, attendance and proxy forms; board and
 * admin read; a member reads ballots, assemblies and results, and votes and appoints proxies only as themself,
 * through the member record linked to their account (members.user_id, set by an accepted invitation).
 */
import type { EntityManager } from 'typeorm';
import type { Role } from '../common/access/role.js';
import { callingUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { MembershipError } from '../membership/membership.errors.js';
import { memberOfUser } from '../membership/member-directory.sql.js';

export const GOVERNANCE_MANAGERS = ['secretary'] as const satisfies readonly Role[];
export const GOVERNANCE_READERS = ['secretary', 'board', 'admin'] as const satisfies readonly Role[];
export const GOVERNANCE_PUBLIC = [...GOVERNANCE_READERS, 'member'] as const satisfies readonly Role[];

export const MANAGE = { roles: GOVERNANCE_MANAGERS, scope: 'governance:write' } as const;
export const READ = { roles: GOVERNANCE_READERS, scope: 'governance:read' } as const;
/** Ballots, assemblies and results: every member may read them. */
export const READ_PUBLIC = { roles: GOVERNANCE_PUBLIC, scope: 'governance:read', self: false } as const;
/** Self-service: users with the member role (no API key scope opens these). */
export const SELF = { roles: ['member'], self: true } as const;

/** The caller's member record in this cooperative, or 404 when their account is linked to none. */
export async function callerMemberId(
  ctx: RequestContext,
  manager: EntityManager,
  cooperativeId: string,
): Promise<string> {
  const own = await memberOfUser(manager, cooperativeId, callingUserId(ctx));
  if (!own) {
    throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
  }
  return own.id;
}
