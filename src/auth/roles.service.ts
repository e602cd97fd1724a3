import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/context/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionHelper } from '../database/transaction.js';
import { AuditService } from '../audit/audit.service.js';
import { RoleGrant } from './role-grant.entity.js';
import type { Role } from './role.js';
import { UsersService } from './users.service.js';

@Injectable()
export class RolesService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /**
   * The caller's roles in a cooperative, or null when the caller has no standing there at all (or it does not
   * exist). A superadmin counts as the admin of every existing cooperative; an API client has standing only in
   * its own cooperative, with no roles (it has scopes).
   */
  async standingIn(principal: Principal, cooperativeId: string): Promise<Role[] | null> {
    if (principal.kind === 'api_client') return principal.cooperativeId === cooperativeId ? [] : null;
    const rows: { role: Role | null }[] = await this.tx.manager.query(
      `SELECT g.role FROM cooperatives c
         LEFT JOIN role_grants g ON g.cooperative_id = c.id AND g.user_id = $2
        WHERE c.id = $1`,
      [cooperativeId, principal.userId],
    );
    const roles = rows.flatMap((r) => (r.role ? [r.role] : []));
    if (rows.length === 0) return null;
    if (principal.isSuperadmin) return roles.includes('admin') ? roles : [...roles, 'admin'];
    return roles.length > 0 ? roles : null;
  }

  async rolesOf(userId: string, cooperativeId: string): Promise<Role[]> {
    const grants = await this.tx.manager.find(RoleGrant, { where: { userId, cooperativeId }, order: { role: 'ASC' } });
    return grants.map((g) => g.role);
  }

  async listGrants(cooperativeId: string): Promise<{ userId: string; email: string; roles: Role[] }[]> {
    const rows: { user_id: string; email: string; roles: Role[] }[] = await this.tx.manager.query(
      `SELECT g.user_id, u.email, array_agg(g.role ORDER BY g.role) AS roles
         FROM role_grants g JOIN users u ON u.id = g.user_id
        WHERE g.cooperative_id = $1
        GROUP BY g.user_id, u.email
        ORDER BY u.email`,
      [cooperativeId],
    );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, roles: r.roles }));
  }

  /** Adds a user (an existing account is linked, never changed; a new one needs a password) with roles. */
  async addUser(
    cooperativeId: string,
    input: { email: string; password?: string; displayName?: string; roles: Role[] },
    grantedBy: string | null,
  ): Promise<{ userId: string; email: string; roles: Role[] }> {
    return this.tx.run(async () => {
      const existing = await this.users.findByEmail(input.email);
      if (!existing && !input.password) {
        throw new DomainError('VALIDATION_FAILED', 'A new account needs a password.', [
          { field: 'password', message: 'password is required for a new account' },
        ]);
      }
      const user = existing ?? (await this.users.create({ ...input, password: input.password! }));
      for (const role of input.roles) await this.grant(cooperativeId, user.id, role, grantedBy);
      return { userId: user.id, email: user.email, roles: await this.rolesOf(user.id, cooperativeId) };
    });
  }

  async grantToUser(cooperativeId: string, userId: string, role: Role, grantedBy: string | null) {
    return this.tx.run(async () => {
      const user = await this.users.findActive(userId);
      if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
      await this.grant(cooperativeId, userId, role, grantedBy);
      return { userId, email: user.email, roles: await this.rolesOf(userId, cooperativeId) };
    });
  }

  /** Granting a role already held changes nothing and records nothing. */
  async grant(cooperativeId: string, userId: string, role: Role, grantedBy: string | null): Promise<void> {
    await this.tx.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ cooperativeId, userId, role, grantedBy })
        .orIgnore()
        .execute();
      if ((result.raw as unknown[]).length > 0) {
        await this.audit.record({ cooperativeId, action: 'role.granted', targetType: 'user', targetId: userId, summary: { role } });
      }
    });
  }

  async revoke(cooperativeId: string, userId: string, role: Role): Promise<void> {
    await this.tx.run(async (manager) => {
      const result = await manager.delete(RoleGrant, { cooperativeId, userId, role });
      if (!result.affected) throw new DomainError('NOT_FOUND', `That user does not hold the role ${role} here.`);
      await this.audit.record({ cooperativeId, action: 'role.revoked', targetType: 'user', targetId: userId, summary: { role } });
    });
  }
}
