/**
 * The cast of the reliability suite: cooperatives A and B, the superadmin, one user of A per role, an admin of B,
 * and API keys of A and B made to measure (created on first use). `headersFor` turns a matrix caller into request
 * headers for a route's rule.
 */
import type { AccessRule } from '../../src/common/access/access.decorator.js';
import { ROLES, type Role, SCOPES, type Scope } from '../../src/common/access/role.js';
import type { CallerKind } from './access-matrix.js';
import type { CreditCoop } from './credit-fund.factories.js';
import type { CapitalCoop } from './share-capital.factories.js';
import { givenApiKey, givenCooperative, givenSuperadmin, givenUser, type LoggedIn } from './factories.js';
import type { TestApp } from './test-app.js';

export interface World {
  root: string;
  coopA: string;
  coopB: string;
  usersOfA: Record<Role, LoggedIn>;
  adminOfB: LoggedIn;
  /** An API key of `cooperativeId` holding exactly `scopes` (one key per distinct set). */
  key(cooperativeId: string, scopes: readonly Scope[]): Promise<string>;
  headersFor(caller: CallerKind, rule: AccessRule): Promise<Record<string, string>>;
  /** Headers of a caller allowed by `rule` (superadmin when it may, else a user of A holding one of the roles). */
  authorisedHeaders(rule: AccessRule): Promise<Record<string, string>>;
}

type Headers = Record<string, string>;
const bearer = (token: string): Headers => ({ Authorization: `Bearer ${token}` });
const apiKey = (key: string): Headers => ({ 'X-API-Key': key });

export async function givenWorld(t: TestApp): Promise<World> {
  const root = await givenSuperadmin(t);
  const coopA = await givenCooperative(t, { name: 'Cooperative A' });
  const coopB = await givenCooperative(t, { name: 'Cooperative B' });
  const usersOfA = {} as Record<Role, LoggedIn>;
  for (const role of ROLES) usersOfA[role] = await givenUser(t, coopA, [role]);
  const adminOfB = await givenUser(t, coopB, ['admin']);
  const keys = new Map<string, Promise<string>>();
  const key = (cooperativeId: string, scopes: readonly Scope[]) => {
    const id = `${cooperativeId}:${[...scopes].sort().join(',')}`;
    if (!keys.has(id)) keys.set(id, givenApiKey(t, cooperativeId, [...scopes]));
    return keys.get(id)!;
  };
  const scopeOf = (rule: AccessRule) => (rule.kind === 'cooperative' ? rule.scope : undefined);

  return {
    root,
    coopA,
    coopB,
    usersOfA,
    adminOfB,
    key,
    async headersFor(caller, rule) {
      switch (caller.kind) {
        case 'anonymous':
          return {};
        case 'superadmin':
          return bearer(root);
        case 'role':
          return bearer(usersOfA[caller.role].accessToken);
        case 'admin-of-other':
          return bearer(adminOfB.accessToken);
        case 'key-of-other':
          return apiKey(await key(coopB, SCOPES));
        case 'key-with-scope': {
          const scope = scopeOf(rule);
          if (!scope) throw new Error('no key holds the scope of a route without one');
          return apiKey(await key(coopA, [scope]));
        }
        case 'key-without-scope':
          return apiKey(
            await key(
              coopA,
              SCOPES.filter((s) => s !== scopeOf(rule)),
            ),
          );
      }
    },
    async authorisedHeaders(rule) {
      if (rule.kind === 'public') return {};
      if (rule.kind !== 'cooperative' || rule.roles.includes('admin')) return bearer(root);
      if (rule.roles.length > 0) return bearer(usersOfA[rule.roles[0]].accessToken);
      if (rule.scope) return apiKey(await key(coopA, [rule.scope]));
      throw new Error('a cooperative route that no role and no scope may call');
    },
  };
}

/** Cooperative A with its share-capital staff, as the share-capital factories take it. */
export const capitalCoopOf = ({ coopA, usersOfA: u }: World): CapitalCoop => ({
  coop: coopA,
  secretary: u.secretary.accessToken,
  treasurer: u.treasurer.accessToken,
  board: u.board.accessToken,
});

/** Cooperative A with its credit staff, as the credit-fund factories take it. */
export const creditCoopOf = ({ coopA, usersOfA: u }: World): CreditCoop => ({
  coop: coopA,
  secretary: u.secretary,
  treasurer: u.treasurer,
  committee: u.credit_committee,
  board: u.board,
});
