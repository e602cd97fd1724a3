import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { MeDto } from './auth.dto.js';
import type { Role, Scope } from '../common/access/role.js';
import { cooperativeDirectorySql } from '../cooperatives/cooperatives.sql.js';

@ApiTags('auth')
@Controller('v1/me')
export class MeController {
  constructor(private readonly tx: TransactionHelper) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Who am I: the caller, its cooperatives and roles',
    description:
      'The first call of an app after login: the user, whether they are the platform superadmin, and each ' +
      'cooperative where they hold a role, with those roles; for an API key, its cooperative and scopes. An app ' +
      'shows the screens these roles open. Changes nothing.',
  })
  @ApiOkResponse({ type: MeDto, description: 'The caller.' })
  async getMe(@Ctx() ctx: RequestContext): Promise<MeDto> {
    const principal = ctx.principal!;
    if (principal.kind === 'api_client') {
      const cooperatives = await this.cooperativesWithRoles(
        ctx,
        `SELECT c.id, c.name, ARRAY[]::text[] AS roles FROM (${cooperativeDirectorySql()}) c WHERE c.id = $1`,
        principal.cooperativeId,
      );
      return {
        kind: 'api_client',
        id: principal.clientId,
        isSuperadmin: false,
        cooperatives,
        scopes: principal.scopes as Scope[],
      };
    }
    const cooperatives = await this.cooperativesWithRoles(
      ctx,
      `SELECT c.id, c.name, array_agg(g.role ORDER BY g.role) AS roles
         FROM role_grants g JOIN (${cooperativeDirectorySql()}) c ON c.id = g.cooperative_id
        WHERE g.user_id = $1 GROUP BY c.id, c.name ORDER BY c.name, c.id`,
      principal.userId,
    );
    return {
      kind: 'user',
      id: principal.userId,
      email: principal.email,
      isSuperadmin: principal.isSuperadmin,
      cooperatives,
    };
  }

  private async cooperativesWithRoles(ctx: RequestContext, sql: string, id: string) {
    const rows: { id: string; name: string; roles: Role[] }[] = await this.tx.managerOf(ctx).query(sql, [id]);
    return rows.map((r) => ({ id: r.id, name: r.name, roles: r.roles }));
  }
}
