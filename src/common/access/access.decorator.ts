/**
 * Every route declares who may call it; a route that declares nothing is refused to everyone (AccessGuard).
 * - `@Public()`: anyone (login, health).
 * - `@Authenticated()`: any logged-in user or API client (e.g. /v1/me).
 * - `@SuperadminOnly()`: the platform superadmin.
 * - `@CooperativeAccess({ roles, scope })`: routes under /v1/cooperatives/{cooperativeId}: users holding one of
 *   `roles` in that cooperative (a superadmin counts as its admin), or API clients of that cooperative holding `scope`.
 */
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiSecurity } from '@nestjs/swagger';
import { ApiProblems } from '../errors/api-problems.decorator.js';
import type { Role, Scope } from './role.js';

export const ACCESS_RULE = 'coop:access-rule';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'superadmin' }
  | { kind: 'cooperative'; roles: readonly Role[]; scope?: Scope };

const authResponses = () => ApiProblems(401, 403);

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth('bearer'),
    ApiSecurity('apiKey'),
    authResponses(),
  );

export const SuperadminOnly = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'superadmin' } satisfies AccessRule),
    ApiBearerAuth('bearer'),
    authResponses(),
  );

export const CooperativeAccess = (rule: { roles: readonly Role[]; scope?: Scope }) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'cooperative', ...rule } satisfies AccessRule),
    ApiParam({ name: 'cooperativeId', format: 'uuid', description: 'The cooperative (tenant).' }),
    ApiBearerAuth('bearer'),
    ...(rule.scope ? [ApiSecurity('apiKey')] : []),
    authResponses(),
  );
