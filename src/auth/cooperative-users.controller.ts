/**
 * A cooperative's users and their roles, managed by its admins. Adding an email that already has an account links
 * that account (its password is never changed); a new email needs a password.
 */
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { UserCreateDto, UserRoleParamsDto, UserRolesDto } from './auth.dto.js';
import { RolesService } from './roles.service.js';

@ApiTags('users and roles')
@Controller('v1/cooperatives/:cooperativeId/users')
export class CooperativeUsersController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'List the users holding roles in the cooperative' })
  @ApiOkResponse({ type: [UserRolesDto] })
  @ApiProblems(400, 404)
  listUsers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<UserRolesDto[]> {
    return this.roles.listGrants(ctx, cooperativeId);
  }

  @Post()
  @CooperativeAccess({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Add a user (new or existing account) with roles' })
  @ApiCreatedResponse({ type: UserRolesDto })
  @ApiProblems(400, 404)
  addUser(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: UserCreateDto,
  ): Promise<UserRolesDto> {
    return this.roles.addUser(ctx, cooperativeId, body);
  }

  @Put(':userId/roles/:role')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Grant a role to a user of the cooperative (granting a held role changes nothing)' })
  @ApiOkResponse({ type: UserRolesDto })
  @ApiProblems(400, 404)
  async grantRole(
    @Ctx() ctx: RequestContext,
    @Param() { cooperativeId, userId, role }: UserRoleParamsDto,
  ): Promise<UserRolesDto> {
    return this.roles.grantToUser(ctx, cooperativeId, userId, role);
  }

  @Delete(':userId/roles/:role')
  @HttpCode(204)
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Revoke a role' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblems(400, 404)
  async revokeRole(
    @Ctx() ctx: RequestContext,
    @Param() { cooperativeId, userId, role }: UserRoleParamsDto,
  ): Promise<void> {
    await this.roles.revoke(ctx, cooperativeId, userId, role);
  }
}
