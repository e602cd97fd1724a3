/**
 * Who should get through which AccessRule (see src/auth/access.decorator.ts and access.guard.ts), as data: the
 * authorisation matrix asks the app and compares with this.
 */
import type { AccessRule } from '../../src/common/access/access.decorator.js';
import { ROLES, type Role } from '../../src/common/access/role.js';

/** The callers of the matrix; all requests name cooperative A in the path. */
export type CallerKind =
  | { kind: 'anonymous' }
  | { kind: 'superadmin' }
  | { kind: 'role'; role: Role }
  /** An API key of A holding the route's scope (and nothing else). */
  | { kind: 'key-with-scope' }
  /** An API key of A holding every scope except the route's. */
  | { kind: 'key-without-scope' }
  | { kind: 'admin-of-other' }
  /** An API key of B holding every scope. */
  | { kind: 'key-of-other' };

export type Expected =
  | { allowed: true }
  | { allowed: false; status: 401; code: 'UNAUTHENTICATED' }
  | { allowed: false; status: 403; code: 'FORBIDDEN' }
  | { allowed: false; status: 404; code: 'COOPERATIVE_NOT_FOUND' };

export const CALLERS: CallerKind[] = [
  { kind: 'anonymous' },
  { kind: 'superadmin' },
  ...ROLES.map((role) => ({ kind: 'role' as const, role })),
  { kind: 'key-with-scope' },
  { kind: 'key-without-scope' },
  { kind: 'admin-of-other' },
  { kind: 'key-of-other' },
];

export function callerName(caller: CallerKind): string {
  return caller.kind === 'role' ? caller.role : caller.kind;
}

/** Whether the caller applies to the rule: a key holding "the route's scope" only exists when the route has one. */
export function applies(rule: AccessRule, caller: CallerKind): boolean {
  return caller.kind !== 'key-with-scope' || (rule.kind === 'cooperative' && rule.scope !== undefined);
}

const ALLOWED = { allowed: true } as const;
const UNAUTHENTICATED = { allowed: false, status: 401, code: 'UNAUTHENTICATED' } as const;
const FORBIDDEN = { allowed: false, status: 403, code: 'FORBIDDEN' } as const;
const HIDDEN = { allowed: false, status: 404, code: 'COOPERATIVE_NOT_FOUND' } as const;

export function expectedAccess(rule: AccessRule, caller: CallerKind): Expected {
  if (rule.kind === 'public') return ALLOWED;
  if (caller.kind === 'anonymous') return UNAUTHENTICATED;
  if (rule.kind === 'authenticated') return ALLOWED;
  if (rule.kind === 'superadmin') return caller.kind === 'superadmin' ? ALLOWED : FORBIDDEN;
  switch (caller.kind) {
    case 'admin-of-other':
    case 'key-of-other':
      return HIDDEN;
    case 'superadmin':
      // A superadmin counts as the admin of every cooperative, and holds no other role there.
      return rule.roles.includes('admin') ? ALLOWED : FORBIDDEN;
    case 'role':
      return rule.roles.includes(caller.role) ? ALLOWED : FORBIDDEN;
    case 'key-with-scope':
      return rule.scope !== undefined ? ALLOWED : FORBIDDEN;
    case 'key-without-scope':
      return FORBIDDEN;
  }
}
