/**
 * What services ask of the caller in a RequestContext, written once: the user id for self-service routes, the
 * user a member-only caller is restricted to, and the actor recorded beside a change.
 */
import type { RequestContext } from '../common/context/request-context.js';

/** Matches no record: a caller with no user identity sees nothing. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The calling user's id (self-service routes are for users only); NOBODY for an API client or the system. */
export function callingUserId(ctx: RequestContext): string {
  return ctx.principal?.kind === 'user' ? ctx.principal.userId : NOBODY;
}

/**
 * The user id a caller is restricted to when it holds none of `readers` (a member sees only their own records), or
 * null when it may read every record: API clients (their scope was checked by the guard) and staff in `readers`.
 */
export function selfOnlyUserId(ctx: RequestContext, readers: readonly string[]): string | null {
  if (ctx.principal?.kind === 'api_client') return null;
  if (!ctx.principal) return NOBODY;
  return ctx.roles.some((role) => readers.includes(role)) ? null : ctx.principal.userId;
}

export type ActorType = 'user' | 'api_client' | 'system';

/** Who made a change, for ledgers, requests and transition histories. */
export function actorOf(ctx: RequestContext): { type: ActorType; id: string | null } {
  const principal = ctx.principal;
  if (!principal) return { type: 'system', id: null };
  return principal.kind === 'user'
    ? { type: 'user', id: principal.userId }
    : { type: 'api_client', id: principal.clientId };
}

/** The calling user's id, or null for an API client or the system (who granted, invited or created something). */
export function userIdOrNull(ctx: RequestContext): string | null {
  return ctx.principal?.kind === 'user' ? ctx.principal.userId : null;
}
