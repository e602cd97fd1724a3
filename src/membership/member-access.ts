/**
 * Who may see which member records. Staff (admin, secretary, board) and API clients (by scope, checked by the
 * guard) see the whole register of their cooperative; a caller whose only standing is the `member` role sees its
 * own record and nothing else: any other member id answers 404, exactly as a record that does not exist.
 */
import type { Role } from '../auth/role.js';
import { currentContext } from '../common/context/log-context.js';

/** Matches no record: a caller with no identity sees nothing. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export const REGISTER_READERS = ['admin', 'secretary', 'board'] as const satisfies readonly Role[];
export const REGISTER_WRITERS = ['admin', 'secretary'] as const satisfies readonly Role[];

/** The user id a member-only caller is restricted to, or null when the caller may read the whole register. */
export function selfOnlyUserId(): string | null {
  const { principal, roles } = currentContext();
  if (principal?.kind === 'api_client') return null;
  if (!principal) return NOBODY;
  const staff = (roles ?? []).some((role) => (REGISTER_READERS as readonly string[]).includes(role));
  return staff ? null : principal.userId;
}

/** The calling user's id (self-service routes are for users only). */
export function callingUserId(): string {
  const principal = currentContext().principal;
  return principal?.kind === 'user' ? principal.userId : NOBODY;
}

/** Who recorded a change, for the transition history. */
export function recorder(): { recordedByType: 'user' | 'api_client' | 'system'; recordedBy: string | null } {
  const principal = currentContext().principal;
  if (!principal) return { recordedByType: 'system', recordedBy: null };
  return principal.kind === 'user'
    ? { recordedByType: 'user', recordedBy: principal.userId }
    : { recordedByType: 'api_client', recordedBy: principal.clientId };
}
