import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { RefundPreferenceDto, RefundPreferenceResponseDto } from './distribution-plan.dto.js';
import { RefundPreferenceService } from './refund-preference.service.js';
import { READ_ONE, SELF, WRITE } from './surplus-access.js';

/**
 * How a member's surplus refunds are paid: cash, or credited as share capital. Without a choice, the bylaws'
 * surplusRefundMode applies. Plans read it when their lines are computed. `me` routes are declared first.
 */
@ApiTags('surplus')
@Controller('v1/cooperatives/:cooperativeId/surplus-refund-preferences')
export class RefundPreferencesController {
  constructor(private readonly preferences: RefundPreferenceService) {}

  @Get('me')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'How my surplus refunds are paid',
    description:
      'A member sees whether their refunds come as cash or are credited as share capital, and whether that is ' +
      'their own choice or the bylaws’ default. Changes nothing.',
  })
  @ApiOkResponse({ type: RefundPreferenceResponseDto, description: 'My refund form.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  getOwnRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.get(ctx, cooperativeId, 'me');
  }

  @Put('me')
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({
    summary: 'Choose how my surplus refunds are paid',
    description:
      'A member chooses cash or share capital for their future refunds; plans read the choice when their lines ' +
      'are computed (a draft computed before keeps its figures until recomputed). Audited.',
  })
  @ApiOkResponse({ type: RefundPreferenceResponseDto, description: 'My refund form.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  setOwnRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RefundPreferenceDto,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.set(ctx, cooperativeId, 'me', body.mode);
  }

  @Get(':memberId')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({
    summary: "How a member's surplus refunds are paid",
    description:
      'Cash or share capital, and whether it is the member’s choice or the bylaws’ default. Changes nothing.',
  })
  @ApiOkResponse({ type: RefundPreferenceResponseDto, description: 'The member’s refund form.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  getRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.get(ctx, cooperativeId, memberId);
  }

  @Put(':memberId')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Record a member's written choice of refund form",
    description:
      'The treasurer records a choice a member made on paper: cash or share capital for their future refunds. ' +
      'Audited, as made by the treasurer for the member.',
  })
  @ApiOkResponse({ type: RefundPreferenceResponseDto, description: 'The member’s refund form.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  setRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: RefundPreferenceDto,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.set(ctx, cooperativeId, memberId, body.mode);
  }
}
