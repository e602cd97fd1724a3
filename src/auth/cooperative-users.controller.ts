/**
 * A cooperative's users and their roles, managed by its admins. Adding an email that already has an account links
 * that account (its password is never changed); a new email needs a password.
 */
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
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
  @ApiOperation({
    summary: 'List the users holding roles in the cooperative',
    description:
      'For an admin: every account with a role here (staff and members who log in), by email, with its roles. ' +
      'Changes nothing.',
  })
  @ApiOkResponse({ type: [UserRolesDto], description: 'The users and their roles.' })
  listUsers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<UserRolesDto[]> {
    return this.roles.listGrants(ctx, cooperativeId);
  }

  @Post()
  @CooperativeAccess({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({
    summary: 'Add a user with roles',
    description:
      'An admin (or the platform superadmin, for a new cooperative’s first staff) gives a person roles here. An ' +
      'email that already has an account is linked, and its password is never changed; a new email needs a ' +
      'password. Each granted role is audited. Members usually join through an invitation instead.',
  })
  @Created(UserRolesDto, '/v1/cooperatives/{cooperativeId}/users/{userId}', 'The user and their roles here.')
  addUser(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: UserCreateDto,
  ): Promise<UserRolesDto> {
    return this.roles.addUser(ctx, cooperativeId, body);
  }

  @Get(':userId')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Read one user’s roles in the cooperative',
    description: 'The account’s email and the roles it holds here. A user with no role here is 404. Changes nothing.',
  })
  @ApiOkResponse({ type: UserRolesDto, description: 'The user and their roles here.' })
  @ApiProblemCodes('USER_NOT_FOUND')
  getUser(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<UserRolesDto> {
    return this.roles.userGrants(ctx, cooperativeId, userId);
  }

  @Put(':userId/roles/:role')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Grant a role to a user',
    description:
      'An admin grants one role to an existing account, e.g. the superadmin grants themself `treasurer` before ' +
      'recording share payments. Idempotent by nature: granting a held role changes and records nothing. ' +
      'Audited otherwise.',
  })
  @ApiOkResponse({ type: UserRolesDto, description: 'The user and all their roles here.' })
  @ApiProblemCodes('USER_NOT_FOUND')
  async grantRole(
    @Ctx() ctx: RequestContext,
    @Param() { cooperativeId, userId, role }: UserRoleParamsDto,
  ): Promise<UserRolesDto> {
    return this.roles.grantToUser(ctx, cooperativeId, userId, role);
  }

  @Delete(':userId/roles/:role')
  @HttpCode(204)
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Revoke a role',
    description:
      'An admin takes one role from a user; the account and its other roles stay. Refused (404) when the user ' +
      'does not hold that role here. Audited.',
  })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblemCodes('NOT_FOUND')
  async revokeRole(
    @Ctx() ctx: RequestContext,
    @Param() { cooperativeId, userId, role }: UserRoleParamsDto,
  ): Promise<void> {
    await this.roles.revoke(ctx, cooperativeId, userId, role);
  }
}
