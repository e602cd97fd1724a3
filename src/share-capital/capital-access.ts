/**
 * Who may see and change capital. Staff who read it: admin, secretary, board and treasurer (and API keys with
 * capital:read); the treasurer posts entries and runs requests (capital:write); the board decides requests. A caller
 * whose only standing is the `member` role sees their own capital and nothing else: any other member id is 404,
 * exactly as a member that does not exist.
 */
import type { Role } from '../auth/role.js';
import { currentContext } from '../common/context/log-context.js';

/** Matches no member: a caller with no identity sees nothing. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export const CAPITAL_READERS = ['admin', 'secretary', 'board', 'treasurer'] as const satisfies readonly Role[];
export const CAPITAL_WRITERS = ['treasurer'] as const satisfies readonly Role[];
export const CAPITAL_DECIDERS = ['board'] as const satisfies readonly Role[];

export const READ = { roles: CAPITAL_READERS, scope: 'capital:read' } as const;
/** One member's capital: staff, API keys, and the member themself (any other member is 404 to them). */
export const READ_ONE = { roles: [...CAPITAL_READERS, 'member'], scope: 'capital:read' } as const;
export const WRITE = { roles: CAPITAL_WRITERS, scope: 'capital:write' } as const;
export const DECIDE = { roles: CAPITAL_DECIDERS, scope: 'capital:write' } as const;
export const SELF = { roles: ['member'] } as const;

/** The user id a member-only caller is restricted to, or null when the caller may read every member's capital. */
export function capitalSelfOnlyUserId(): string | null {
  const { principal, roles } = currentContext();
  if (principal?.kind === 'api_client') return null;
  if (!principal) return NOBODY;
  const staff = (roles ?? []).some((role) => (CAPITAL_READERS as readonly string[]).includes(role));
  return staff ? null : principal.userId;
}

/** The calling user's id (self-service routes are for users only). */
export function callingUserId(): string {
  const principal = currentContext().principal;
  return principal?.kind === 'user' ? principal.userId : NOBODY;
}

export type ActorType = 'user' | 'api_client' | 'system';

/** Who made a change, for the ledger and the requests. */
export function actor(): { type: ActorType; id: string | null } {
  const principal = currentContext().principal;
  if (!principal) return { type: 'system', id: null };
  return principal.kind === 'user'
    ? { type: 'user', id: principal.userId }
    : { type: 'api_client', id: principal.clientId };
}
