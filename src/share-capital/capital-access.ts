/**
 * Who may see and change capital. Staff who read it: admin, secretary, board and treasurer (and API keys with
 * capital:read); the treasurer posts entries and runs requests (capital:write); the board decides requests. A caller
 * whose only standing is the `member` role sees their own capital and nothing else: any other member id is 404,
 * exactly as a member that does not exist.
 */
import { selfOnlyUserId } from '../auth/caller.js';
import type { Role } from '../common/access/role.js';
import type { RequestContext } from '../common/context/request-context.js';

export const CAPITAL_READERS = ['admin', 'secretary', 'board', 'treasurer'] as const satisfies readonly Role[];
export const CAPITAL_WRITERS = ['treasurer'] as const satisfies readonly Role[];
export const CAPITAL_DECIDERS = ['board'] as const satisfies readonly Role[];

export const READ = { roles: CAPITAL_READERS, scope: 'capital:read' } as const;
/** One member's capital: staff, API keys, and the member themself (any other member is 404 to them). */
export const READ_ONE = { roles: [...CAPITAL_READERS, 'member'], scope: 'capital:read', self: true } as const;
export const WRITE = { roles: CAPITAL_WRITERS, scope: 'capital:write' } as const;
export const DECIDE = { roles: CAPITAL_DECIDERS, scope: 'capital:write' } as const;
export const SELF = { roles: ['member'], self: true } as const;

/** The user a member-only caller is restricted to, or null when the caller may read every member's capital. */
export const capitalSelfOnlyUserId = (ctx: RequestContext): string | null => selfOnlyUserId(ctx, CAPITAL_READERS);
