/** A cooperative's user invitations: an admin reads one back; the person invited accepts it with its token. */
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess, Public } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { InvitationAcceptDto, UserInvitationAcceptedDto, UserInvitationResponseDto } from './invitation.dto.js';
import { UserInvitationsService } from './user-invitations.service.js';

@ApiTags('users and roles')
@Controller('v1/cooperatives/:cooperativeId/user-invitations')
export class UserInvitationsController {
  constructor(private readonly invitations: UserInvitationsService) {}

  /**
   * Public: the token is the credential. Not idempotent by key (there is no caller to scope a key to); the token is
   * single-use, so a repeated accept changes nothing and answers INVITATION_INVALID.
   */
  @Post('accept')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Accept an invitation to hold roles',
    description:
      'The person invited, with the token the admin passed on, sets the password of a new account, or gives the ' +
      'current password of the existing account of the invitation’s email (it is linked, never changed); the ' +
      'invited roles are granted here. A wrong password answers exactly as a bad, expired, revoked or used token ' +
      '(`INVITATION_INVALID`), so the answer never tells whether the email has an account. Audited ' +
      '(`user.invitation_accepted`).',
  })
  @ApiOkResponse({ type: UserInvitationAcceptedDto, description: 'The account and its roles here now.' })
  @ApiProblemCodes('INVITATION_INVALID', 'EMAIL_TAKEN')
  acceptUserInvitation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: InvitationAcceptDto,
  ): Promise<UserInvitationAcceptedDto> {
    return this.invitations.accept(ctx, cooperativeId, body);
  }

  @Get(':invitationId')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Read an invitation',
    description:
      'The invited email, roles, status (`pending`, `accepted`, `revoked`, `expired`) and expiry; never the token, ' +
      'nor anything of an account. Changes nothing.',
  })
  @ApiOkResponse({ type: UserInvitationResponseDto, description: 'The invitation.' })
  @ApiProblemCodes('NOT_FOUND')
  getUserInvitation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<UserInvitationResponseDto> {
    return this.invitations.get(ctx, cooperativeId, invitationId);
  }
}
