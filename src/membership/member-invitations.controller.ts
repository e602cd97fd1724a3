import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { MemberAccountDto, MemberInvitationAcceptDto } from './member-invitation.dto.js';
import { MemberInvitationService } from './member-invitation.service.js';

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
    summary: 'Accept an invitation: set a password (or link an existing account) and become the member’s user',
  })
  @ApiOkResponse({ type: MemberAccountDto })
  @ApiProblems(400, 401, 409)
  acceptMemberInvitation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberInvitationAcceptDto,
  ): Promise<MemberAccountDto> {
    return this.invitations.accept(ctx, cooperativeId, body);
  }
}
