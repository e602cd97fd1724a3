import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
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
import { ApiCapitalProblems } from './share-capital.errors.js';
import { ShareRedemptionsService } from './share-redemptions.service.js';

const ANSWER = 'The redemption request as it stands after this step.';

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
    summary: 'Record a share redemption request',
    description:
      'The treasurer (or an accounting sync) records that a member asks to have shares cancelled and repaid at par: ' +
      'some fully paid shares (`shares`), or all of them (`allShares`, which repays whatever is paid up and cancels ' +
      "the unpaid rest). A member who stays a member keeps the bylaws' minimum, so redeeming everything is for " +
      'former members; a withdrawal opens that request by itself. The shares are committed at once; the request is ' +
      "payable from `requestedOn` plus the bylaws' notice period. Refused when the shares are not free or not fully " +
      'paid, or when a member would keep fewer than the minimum. Audited.',
  })
  @Created(
    CapitalRequestResponseDto,
    '/v1/cooperatives/{cooperativeId}/share-redemptions/{id}',
    'The new redemption request, in status `requested`, with the day it becomes payable.',
  )
  @ApiCapitalProblems('MEMBER_NOT_FOUND', 'INSUFFICIENT_SHARES', 'SHARES_NOT_PAID_UP', 'MINIMUM_SHARES_REQUIRED')
  requestShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RedemptionCreateDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.request(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List share redemption requests, or the redemption queue',
    description:
      'Staff and read-only integrations page through the redemption requests in the order they were recorded, ' +
      'optionally only those in one status or of one member. With `queued=true`, only the approved redemptions ' +
      'waiting for room under the annual cap, in the order they will be paid (request date, then recording order). ' +
      'Pages are keyset pages: pass the previous page’s `nextCursor` as `cursor`.',
  })
  @ApiOkResponse({
    type: CapitalRequestPageDto,
    description: 'One page of redemption requests, oldest first (or in payment order for the queue).',
  })
  @ApiCapitalProblems('INVALID_CURSOR')
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
    summary: 'Pay the queued redemptions that fit under the annual cap',
    description:
      'The treasurer (or an accounting sync) runs the queue when room appears: in a new year, after the bylaws ' +
      'raise the cap, or once the capital grew by the previous year’s end. Redemptions are paid on `effectiveDate` ' +
      'in queue order, first requested, first paid; the run stops at the first one that does not fit or cannot be ' +
      'paid on that day, so none overtakes an earlier one. Each payment is audited; a run that pays nothing ' +
      'changes nothing.',
  })
  @ApiOkResponse({
    type: RedemptionQueueResultDto,
    description: "What was paid now, the year's cap and what it has redeemed, and how many still wait.",
  })
  processRedemptionQueue(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: RedemptionQueueProcessDto,
  ): Promise<RedemptionQueueResultDto> {
    return this.redemptions.processQueue(ctx, cooperativeId, body.effectiveDate);
  }

  @Get(':redemptionId')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Read a share redemption request',
    description:
      'One redemption request with every step taken so far (recorded, decided, queued, paid or cancelled: who, ' +
      'when, with which reference) and the day it became payable.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: 'The redemption request.' })
  @ApiCapitalProblems('REDEMPTION_NOT_FOUND')
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
  @ApiOperation({
    summary: 'Approve a share redemption',
    description:
      'The board approves a requested redemption, citing its decision (e.g. the minute). The shares stay committed ' +
      'until the treasurer pays or cancels it. Only a redemption in status `requested` can be approved. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`approved\`.` })
  @ApiCapitalProblems('REDEMPTION_NOT_FOUND', 'ILLEGAL_TRANSITION')
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
  @ApiOperation({
    summary: 'Reject a share redemption',
    description:
      'The board refuses a requested redemption, saying why; the member’s shares are freed. Only a redemption in ' +
      'status `requested` can be rejected. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`rejected\`.` })
  @ApiCapitalProblems('REDEMPTION_NOT_FOUND', 'ILLEGAL_TRANSITION')
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
    summary: 'Pay an approved share redemption, or queue it',
    description:
      'The treasurer (or an accounting sync) pays an approved redemption on `effectiveDate`: a `redemption` entry ' +
      'cancels the shares at par. When the year’s redemptions would pass the annual cap, or earlier redemptions ' +
      'wait, it joins the queue instead (still `approved`, `queued: true`) and `process-queue` pays it later. ' +
      'Refused before the notice period ends, before the request or the member’s latest capital entry, and for an ' +
      'all-shares redemption while the member has other open requests. Audited.',
  })
  @ApiOkResponse({
    type: CapitalRequestResponseDto,
    description: `${ANSWER} Status \`completed\` with the amount repaid, or \`approved\` with \`queued: true\`.`,
  })
  @ApiCapitalProblems(
    'REDEMPTION_NOT_FOUND',
    'ILLEGAL_TRANSITION',
    'EFFECTIVE_DATE_OUT_OF_ORDER',
    'REDEMPTION_NOT_PAYABLE_YET',
    'OPEN_REQUESTS_PENDING',
  )
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
  @ApiOperation({
    summary: 'Cancel a share redemption request',
    description:
      'The treasurer (or an accounting sync) withdraws a redemption that is still `requested` or `approved` (also ' +
      'one waiting in the queue), e.g. because the member changed their mind, saying why; the shares are freed. ' +
      'Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`cancelled\`.` })
  @ApiCapitalProblems('REDEMPTION_NOT_FOUND', 'ILLEGAL_TRANSITION')
  cancelShareRedemption(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('redemptionId', ParseUUIDPipe) redemptionId: string,
    @Body() body: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.redemptions.cancel(ctx, cooperativeId, redemptionId, body);
  }
}
