import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { DECIDE, READ, WRITE } from './capital-access.js';
import {
  CapitalRequestPageDto,
  CapitalRequestResponseDto,
  RedemptionCreateDto,
  RedemptionListQueryDto,
  RedemptionQueueProcessDto,
  RedemptionQueueResultDto,
  RequestApprovalDto,
  RequestCancellationDto,
  RequestCompletionDto,
  RequestRejectionDto,
} from './capital-requests.dto.js';
import { ShareRedemptionsService } from './share-redemptions.service.js';

/**
 * Redemptions: shares cancelled and repaid at par. The treasurer records the request (a member's withdrawal opens
 * one by itself), the board approves or rejects it, the treasurer pays it after the notice period; over the annual
 * cap it waits in the queue, paid first requested, first paid by `process-queue`.
 */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/share-redemptions')
export class ShareRedemptionsController {
  constructor(private readonly redemptions: ShareRedemptionsService) {}

  @Post()
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Record a redemption request: some fully paid shares, or all the (former) member's shares",
    description: "Payable from requestedOn + the bylaws' notice period. A member keeps the minimum shares.",
  })
  @ApiCreatedResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409, 422)
  requestShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RedemptionCreateDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.request(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'List redemption requests in the order recorded, or the queue in payment order' })
  @ApiOkResponse({ type: CapitalRequestPageDto })
  @ApiProblems(400, 404)
  listShareRedemptions(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: RedemptionListQueryDto,
  ): Promise<CapitalRequestPageDto> {
    return this.redemptions.list(ctx, cooperativeId, query);
  }

  @Post('process-queue')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Pay queued redemptions in order while the year's cap leaves room",
    description:
      'Run when room appears: in a new year, after the cap is raised, or once the capital grew. Stops at the first ' +
      'redemption that does not fit, so none overtakes an earlier one.',
  })
  @ApiOkResponse({ type: RedemptionQueueResultDto })
  @ApiProblems(400, 404, 409, 422)
  processRedemptionQueue(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RedemptionQueueProcessDto,
  ): Promise<RedemptionQueueResultDto> {
    return this.redemptions.processQueue(ctx, cooperativeId, body.effectiveDate);
  }

  @Get(':redemptionId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Read one redemption request' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404)
  getShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.get(ctx, cooperativeId, redemptionId);
  }

  @Post(':redemptionId/approve')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({ summary: 'The board approves a requested redemption (decision reference required)' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
  approveShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
    @Body() body: RequestApprovalDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.approve(ctx, cooperativeId, redemptionId, body);
  }

  @Post(':redemptionId/reject')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({ summary: 'The board rejects a requested redemption (reason required); the shares are freed' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
  rejectShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
    @Body() body: RequestRejectionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.reject(ctx, cooperativeId, redemptionId, body);
  }

  @Post(':redemptionId/complete')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Pay an approved redemption on the effective date, or queue it when over the annual cap',
    description:
      'Not before the notice period ends (REDEMPTION_NOT_PAYABLE_YET). Answers the request: completed, or still ' +
      "approved with queued=true when the year's cap has no room or earlier redemptions wait.",
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409, 422)
  completeShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
    @Body() body: RequestCompletionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.complete(ctx, cooperativeId, redemptionId, body);
  }

  @Post(':redemptionId/cancel')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Withdraw an open redemption request (reason required); the shares are freed' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
  cancelShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
    @Body() body: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.cancel(ctx, cooperativeId, redemptionId, body);
  }
}
