/**
 * A cooperative's users and their roles, managed by its admins. A person is added by invitation only: the answer is
 * the same whether or not the email has an account, and only the account's owner, accepting, attaches it here. A
 * user with no role here is 404 (USER_NOT_FOUND) on every /users/{userId} route, whether or not the account exists.
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
import { UserInvitationCreatedDto } from './invitation.dto.js';
import { UserInvitationsService } from './user-invitations.service.js';
import { RolesService } from './roles.service.js';

@ApiTags('users and roles')
@Controller('v1/cooperatives/:cooperativeId/users')
export class CooperativeUsersController {
  constructor(
    private readonly roles: RolesService,
    private readonly invitations: UserInvitationsService,
  ) {}

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
    summary: 'Invite a person to hold roles',
    description:
      'An admin (or the platform superadmin, for a new cooperative’s first staff) invites an email to roles here. ' +
      'The answer is the same whether or not the email has an account, and reveals nothing of an account: the ' +
      'one-time token is shown once, for the admin to pass on. The person accepts at POST ' +
      '.../user-invitations/accept, setting the password of a new account or giving the existing account’s own; ' +
      'the roles are granted then. A new invitation of the same email here revokes the pending one. Audited ' +
      '(`user.invited`). Members usually join through a member invitation instead.',
  })
  @Created(
    UserInvitationCreatedDto,
    '/v1/cooperatives/{cooperativeId}/user-invitations/{id}',
    'The invitation, with its token (shown only here).',
  )
  addUser(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: UserCreateDto,
  ): Promise<UserInvitationCreatedDto> {
    return this.invitations.invite(ctx, cooperativeId, body);
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
      'An admin grants one more role to one of this cooperative’s users (one holding a role here), or to themself, ' +
      'e.g. the superadmin grants themself `treasurer` before recording share payments. Anyone else is 404 ' +
      '`USER_NOT_FOUND`, whether or not the account exists: invite them instead. Idempotent by nature: granting a ' +
      'held role changes and records nothing. Audited otherwise.',
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
      'holds no role here (`USER_NOT_FOUND`) or not that one (`NOT_FOUND`). Audited.',
  })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblemCodes('USER_NOT_FOUND', 'NOT_FOUND')
  async revokeRole(
    @Ctx() ctx: RequestContext,
    @Param() { cooperativeId, userId, role }: UserRoleParamsDto,
  ): Promise<void> {
    await this.roles.revoke(ctx, cooperativeId, userId, role);
  }
}
