/**
 * Who does what with the surplus (DOMAIN.md, Roles): the treasurer keeps the fiscal years, patronage and plans; the
 * board reads them and, like the treasurer, records a plan's approval or rejection (the decision itself is the
 * assembly's ballot, checked by governance's GovernanceDecisions); a member reads only their own lines and sets their own
 * refund choice. API keys: surplus:read and surplus:write.
 */
import type { Role } from '../common/access/role.js';

export const SURPLUS_READERS = ['treasurer', 'board'] as const satisfies readonly Role[];
export const SURPLUS_WRITERS = ['treasurer'] as const satisfies readonly Role[];
export const SURPLUS_DECIDERS = ['treasurer', 'board'] as const satisfies readonly Role[];

export const READ = { roles: SURPLUS_READERS, scope: 'surplus:read' } as const;
export const WRITE = { roles: SURPLUS_WRITERS, scope: 'surplus:write' } as const;
export const DECIDE = { roles: SURPLUS_DECIDERS, scope: 'surplus:write' } as const;
/** Reading one member's surplus data: staff, API keys with surplus:read, and the member for their own (else 404). */
export const READ_ONE = { roles: [...SURPLUS_READERS, 'member'], scope: 'surplus:read', self: true } as const;

/** Self-service: users holding the member role; no API key scope opens these routes. */
export const SELF = { roles: ['member'], self: true } as const satisfies { roles: readonly Role[]; self: boolean };
