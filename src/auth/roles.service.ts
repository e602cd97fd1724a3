import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/context/principal.js';
import type { RequestContext } from '../common/context/request-context.js';
import { userIdOrNull } from './caller.js';
import { TransactionHelper } from '../database/transaction.js';
import { AuditService } from '../audit/audit.service.js';
import { RoleGrant } from './role-grant.entity.js';
import type { Role } from '../common/access/role.js';
import { UsersService } from './users.service.js';
import { AuthError } from './auth.errors.js';
import { CommonError } from '../common/errors/common.errors.js';
import { cooperativeDirectorySql } from '../cooperatives/cooperatives.sql.js';

/** The one answer for a user id that is none of this cooperative's users, whether or not the account exists. */
const userNotFound = () => new AuthError('USER_NOT_FOUND', 'This user holds no role in this cooperative.');

@Injectable()
export class RolesService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /**
   * One query per request: the active user behind an access token and, when the route names a cooperative, the
   * user's roles there, or null standing when the user has none there at all (or it does not exist). A superadmin
   * counts as the admin of every existing cooperative. Null when the user does not exist or is disabled, or the
   * token's session is not theirs or has ended (logout, a reused refresh token): a primary-key join, no round trip.
   */
  async resolveUser(
    ctx: RequestContext,
    userId: string,
    sessionId: string,
    cooperativeId: string | null,
  ): Promise<{ principal: Principal & { kind: 'user' }; standing: Role[] | null } | null> {
    const [row]: { email: string; is_superadmin: boolean; cooperative_exists: boolean; roles: Role[] }[] = await this.tx
      .managerOf(ctx)
      .query(
        `SELECT u.email, u.is_superadmin,
                EXISTS (SELECT 1 FROM (${cooperativeDirectorySql()}) c WHERE c.id = $2) AS cooperative_exists,
                ARRAY(SELECT g.role FROM role_grants g
                       WHERE g.user_id = u.id AND g.cooperative_id = $2 ORDER BY g.role) AS roles
           FROM users u
           JOIN sessions s ON s.id = $3 AND s.user_id = u.id AND s.revoked_at IS NULL
          WHERE u.id = $1 AND u.disabled_at IS NULL`,
        [userId, cooperativeId, sessionId],
      );
    if (!row) return null;
    const principal = { kind: 'user' as const, userId, email: row.email, isSuperadmin: row.is_superadmin };
    const superadminRoles: Role[] = row.roles.includes('admin') ? row.roles : [...row.roles, 'admin'];
    const standing = !row.cooperative_exists
      ? null
      : row.is_superadmin
        ? superadminRoles
        : row.roles.length > 0
          ? row.roles
          : null;
    return { principal, standing };
  }

  async rolesOf(ctx: RequestContext, userId: string, cooperativeId: string): Promise<Role[]> {
    const grants = await this.tx
      .managerOf(ctx)
      .find(RoleGrant, { where: { userId, cooperativeId }, order: { role: 'ASC' } });
    return grants.map((g) => g.role);
  }

  /** The users holding roles in the cooperative (or only `userId`), by email, each with their roles. */
  async listGrants(
    ctx: RequestContext,
    cooperativeId: string,
    userId: string | null = null,
  ): Promise<{ userId: string; email: string; roles: Role[] }[]> {
    const rows: { user_id: string; email: string; roles: Role[] }[] = await this.tx.managerOf(ctx).query(
      `SELECT g.user_id, u.email, array_agg(g.role ORDER BY g.role) AS roles
         FROM role_grants g JOIN users u ON u.id = g.user_id
        WHERE g.cooperative_id = $1 AND ($2::uuid IS NULL OR g.user_id = $2)
        GROUP BY g.user_id, u.email
        ORDER BY u.email`,
      [cooperativeId, userId],
    );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, roles: r.roles }));
  }

  /** One user's roles here; a user without any is not one of this cooperative's users. */
  async userGrants(ctx: RequestContext, cooperativeId: string, userId: string) {
    const [grants] = await this.listGrants(ctx, cooperativeId, userId);
    if (!grants) throw userNotFound();
    return grants;
  }

  /**
   * Operator provisioning, for scripts run on the database's own host (scripts/seed-demo.ts), never for a route:
   * creates the account (or takes the existing one, unchanged) and grants the roles at once, without an invitation.
   * Admins invite instead (UserInvitationsService): only an account's owner attaches it to a cooperative.
   */
  async provisionUser(
    ctx: RequestContext,
    cooperativeId: string,
    input: { email: string; password: string; displayName?: string; roles: Role[] },
  ): Promise<{ userId: string; email: string; roles: Role[] }> {
    return this.tx.run(ctx, async (ctx) => {
      const user = (await this.users.findByEmail(ctx, input.email)) ?? (await this.users.create(ctx, input));
      for (const role of input.roles) await this.grant(ctx, cooperativeId, user.id, role, userIdOrNull(ctx));
      return { userId: user.id, email: user.email, roles: await this.rolesOf(ctx, user.id, cooperativeId) };
    });
  }

  /**
   * Grants a role to one of this cooperative's users: one holding a role here already, or the caller themself (the
   * superadmin granting themself `treasurer`). Anyone else is USER_NOT_FOUND, whether or not the account exists: an
   * account joins a cooperative only by accepting an invitation.
   */
  async grantToUser(ctx: RequestContext, cooperativeId: string, userId: string, role: Role) {
    return this.tx.run(ctx, async (ctx) => {
      await this.assertStanding(ctx, cooperativeId, userId);
      await this.grant(ctx, cooperativeId, userId, role, userIdOrNull(ctx));
      return this.userGrants(ctx, cooperativeId, userId);
    });
  }

  /** The user holds a role here, or is the caller (and active); USER_NOT_FOUND otherwise. */
  private async assertStanding(ctx: RequestContext, cooperativeId: string, userId: string): Promise<void> {
    const self = userIdOrNull(ctx) === userId && (await this.users.findActive(ctx, userId)) !== null;
    if (self) return;
    const held = await this.tx.managerOf(ctx).existsBy(RoleGrant, { cooperativeId, userId });
    if (!held) throw userNotFound();
  }

  /** Granting a role already held changes nothing and records nothing. */
  async grant(
    ctx: RequestContext,
    cooperativeId: string,
    userId: string,
    role: Role,
    grantedBy: string | null,
  ): Promise<void> {
    await this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ cooperativeId, userId, role, grantedBy })
        .orIgnore()
        .execute();
      if ((result.raw as unknown[]).length > 0) {
        await this.audit.record(ctx, {
          cooperativeId,
          action: 'role.granted',
          targetType: 'user',
          targetId: userId,
          summary: { role },
        });
      }
    });
  }

  async revoke(ctx: RequestContext, cooperativeId: string, userId: string, role: Role): Promise<void> {
    await this.tx.run(ctx, async (ctx) => {
      await this.assertStanding(ctx, cooperativeId, userId);
      const result = await ctx.manager.delete(RoleGrant, { cooperativeId, userId, role });
      if (!result.affected) throw new CommonError('NOT_FOUND', `That user does not hold the role ${role} here.`);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'role.revoked',
        targetType: 'user',
        targetId: userId,
        summary: { role },
      });
    });
  }
}
