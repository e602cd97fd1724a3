import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { MemberAccountDto, MemberInvitationAcceptDto } from './member-invitation.dto.js';
import { MemberInvitationService } from './member-invitation.service.js';
import type { MembershipProblemCode } from './membership.errors.js';

@ApiTags('members')
@Controller('v1/cooperatives/:cooperativeId/member-invitations')
export class MemberInvitationsController {
  constructor(private readonly invitations: MemberInvitationService) {}

  /**
   * Public: the token is the credential. Not idempotent by key (there is no caller to scope a key to); the token
   * is single-use, so a repeated accept changes nothing and answers INVITATION_INVALID.
   */
  @Post('accept')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Accept an invitation',
    description:
      'The invited member, with the token the secretary passed on, sets a password and gets an account holding ' +
      'the role `member` here; when an account with the invitation’s email exists, its current password links it ' +
      'instead (an existing account is never changed); a wrong password answers exactly as a bad token ' +
      '(`INVITATION_INVALID`), so the answer never tells whether the email has an account. The token works ' +
      'once, until it expires or a newer ' +
      'invitation revokes it. Refused when the record already has an account, or the account is already another ' +
      'member’s record here. Audited (`member.account_linked`).',
  })
  @ApiOkResponse({ type: MemberAccountDto, description: 'The account now linked to the member record.' })
  @ApiProblemCodes<MembershipProblemCode>(
    'INVITATION_INVALID',
    'MEMBER_ALREADY_LINKED',
    'USER_ALREADY_MEMBER',
    'EMAIL_TAKEN',
  )
  acceptMemberInvitation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberInvitationAcceptDto,
  ): Promise<MemberAccountDto> {
    return this.invitations.accept(ctx, cooperativeId, body);
  }
}
