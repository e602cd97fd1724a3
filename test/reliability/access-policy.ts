/**
 * The written access policy, independent of the decorators. The matrix proves that the guard enforces each route's
 * declared rule; this proves that the declared rules keep the policy (README, QUALITY.md), so a role dropped from a
 * rule, or a staff route opened to members or API keys, fails a test instead of shipping. Statements match routes
 * by pattern: a module's new routes fall under them when they are merged.
 *
 * A route that must break a statement on purpose is listed in its `exceptions`, with the reason.
 */
import type { AccessRule } from '../../src/common/access/access.decorator.js';
import { ROLES, type Role } from '../../src/common/access/role.js';
import type { CallerKind } from '../support/access-matrix.js';
import type { Operation } from '../support/openapi.js';

export interface PolicyStatement {
  /** The rule in words, and where it is written. */
  says: string;
  covers(operation: Operation, rule: AccessRule): boolean;
  callers: CallerKind[];
  must: 'allow' | 'deny';
  /** operationId -> why this route may break the statement. */
  exceptions?: Record<string, string>;
}

const role = (r: Role): CallerKind => ({ kind: 'role', role: r });
const KEYS: CallerKind[] = [{ kind: 'key-with-scope' }, { kind: 'key-without-scope' }];
const IN_COOPERATIVE = /^\/v1\/cooperatives\/\{cooperativeId\}/;

export const ACCESS_POLICY: PolicyStatement[] = [
  {
    says:
      'QUALITY.md API5: a member cannot call secretary or treasurer routes: every write open to the secretary or the ' +
      'treasurer is closed to a caller whose only role is member',
    covers: (op, rule) =>
      rule.kind === 'cooperative' &&
      op.method !== 'get' &&
      (rule.roles.includes('secretary') || rule.roles.includes('treasurer')),
    callers: [role('member')],
    must: 'deny',
  },
  {
    says: 'README: every role of a cooperative reads the cooperative and its bylaws',
    covers: (op) =>
      op.method === 'get' &&
      ['/v1/cooperatives/{cooperativeId}', '/v1/cooperatives/{cooperativeId}/bylaws'].includes(op.path),
    callers: [{ kind: 'superadmin' }, ...ROLES.map(role)],
    must: 'allow',
  },
  {
    says:
      'README: admins manage the users, roles, API keys and webhook endpoints of their cooperative; no other role, ' +
      'no API key',
    covers: (op) => IN_COOPERATIVE.test(op.path) && /\/(users|api-clients|webhook-endpoints)(\/|$)/.test(op.path),
    callers: [...ROLES.filter((r) => r !== 'admin').map(role), ...KEYS],
    must: 'deny',
  },
  {
    says: 'README: admins (and the superadmin) manage users, roles, API keys, webhook endpoints and bylaws',
    covers: (op) =>
      IN_COOPERATIVE.test(op.path) &&
      (/\/(users|api-clients|webhook-endpoints)(\/|$)/.test(op.path) ||
        (op.method === 'patch' && op.path.endsWith('/bylaws'))),
    callers: [{ kind: 'superadmin' }, role('admin')],
    must: 'allow',
  },
  {
    says: 'Bylaws change only by an admin: no other role, no API key (a key is for external apps, not governance)',
    covers: (op) => op.method !== 'get' && op.path.endsWith('/bylaws'),
    callers: [...ROLES.filter((r) => r !== 'admin').map(role), ...KEYS],
    must: 'deny',
  },
  {
    says: 'Only the platform superadmin lists or creates cooperatives',
    covers: (op) => op.path === '/v1/cooperatives',
    callers: [...ROLES.map(role), ...KEYS, { kind: 'admin-of-other' }, { kind: 'key-of-other' }],
    must: 'deny',
  },
  {
    says: "Nobody outside a cooperative reaches its routes (they answer 404), whatever the route's rule",
    covers: (_op, rule) => rule.kind === 'cooperative',
    callers: [{ kind: 'admin-of-other' }, { kind: 'key-of-other' }],
    must: 'deny',
  },
];
