/**
 * Every route declares who may call it; a route that declares nothing is refused to everyone (AccessGuard).
 * - `@Public()`: anyone (login, health).
 * - `@NotRateLimited()`, with `@Public()` only: the health probes, which an orchestrator polls and which must answer
 *   however often they are asked; every other route counts against its caller's rate limit (auth/rate-limits).
 * - `@Authenticated()`: any logged-in user or API client (e.g. /v1/me).
 * - `@SuperadminOnly()`: the platform superadmin.
 * - `@CooperativeAccess({ roles, scope, self })`: routes under /v1/cooperatives/{cooperativeId}: users holding one of
 *   `roles` in that cooperative (a superadmin counts as its admin), or API clients of that cooperative holding `scope`.
 *   A rule that lets `member` in says with `self` whether a member may act only for themself (their own record,
 *   loan, vote: the service answers others with 404) or on anything of the route (the cooperative's ballots).
 *
 * The same rule is the contract: each decorator writes it as the operation's `x-access` extension, and
 * src/openapi/ turns that into a line of the operation's description. The guard (auth/access.guard.ts) reads the
 * rule from the same metadata, so the contract cannot say other than what is enforced.
 */
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiParam, ApiSecurity } from '@nestjs/swagger';
import type { Role, Scope } from './role.js';

export const ACCESS_RULE = 'coop:access-rule';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'superadmin' }
  | { kind: 'cooperative'; roles: readonly Role[]; scope?: Scope; self?: boolean };

export const NOT_RATE_LIMITED = 'coop:not-rate-limited';

/** The operation extension (`false`) that tells the contract an operation is not rate-limited. */
export const RATE_LIMIT_EXTENSION = 'x-rate-limited';

export const NotRateLimited = () =>
  applyDecorators(SetMetadata(NOT_RATE_LIMITED, true), ApiExtension(RATE_LIMIT_EXTENSION, false));

/** The operation extension that carries the rule into the contract. */
export const ACCESS_EXTENSION = 'x-access';

/** The metadata the guard reads and the extension the contract shows, from one value. */
const declare = (rule: AccessRule) =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension(ACCESS_EXTENSION, { ...rule }));

export const Public = () => declare({ kind: 'public' });

export const Authenticated = () =>
  applyDecorators(declare({ kind: 'authenticated' }), ApiBearerAuth('bearer'), ApiSecurity('apiKey'));

export const SuperadminOnly = () => applyDecorators(declare({ kind: 'superadmin' }), ApiBearerAuth('bearer'));

export const CooperativeAccess = (rule: { roles: readonly Role[]; scope?: Scope; self?: boolean }) =>
  applyDecorators(
    declare({ kind: 'cooperative', ...rule }),
    ApiParam({ name: 'cooperativeId', format: 'uuid', description: 'The cooperative (tenant).' }),
    ApiBearerAuth('bearer'),
    ...(rule.scope ? [ApiSecurity('apiKey')] : []),
  );
