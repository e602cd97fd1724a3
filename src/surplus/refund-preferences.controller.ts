import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
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
  @ApiOperation({ summary: 'How my surplus refunds are paid' })
  @ApiOkResponse({ type: RefundPreferenceResponseDto })
  @ApiProblems(400, 404)
  getOwnRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.get(ctx, cooperativeId, 'me');
  }

  @Put('me')
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({ summary: 'Choose how my surplus refunds are paid (cash or capital); audited' })
  @ApiOkResponse({ type: RefundPreferenceResponseDto })
  @ApiProblems(400, 404)
  setOwnRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RefundPreferenceDto,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.set(ctx, cooperativeId, 'me', body.mode);
  }

  @Get(':memberId')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({ summary: "How a member's surplus refunds are paid (a member may read only their own)" })
  @ApiOkResponse({ type: RefundPreferenceResponseDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: "Record a member's written choice of refund form; audited" })
  @ApiOkResponse({ type: RefundPreferenceResponseDto })
  @ApiProblems(400, 404)
  setRefundPreference(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: RefundPreferenceDto,
  ): Promise<RefundPreferenceResponseDto> {
    return this.preferences.set(ctx, cooperativeId, memberId, body.mode);
  }
}
