/**
 * Who may see which member records. Staff (admin, secretary, board) and API clients (by scope, checked by the
 * guard) see the whole register of their cooperative; a caller whose only standing is the `member` role sees its
 * own record and nothing else: any other member id answers 404, exactly as a record that does not exist.
 * The caller itself is read from the RequestContext by auth/caller.ts.
 */
import type { Role } from '../common/access/role.js';

export const REGISTER_READERS = ['admin', 'secretary', 'board'] as const satisfies readonly Role[];
export const REGISTER_WRITERS = ['admin', 'secretary'] as const satisfies readonly Role[];
