import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { DECIDE, READ, WRITE } from './capital-access.js';
import {
  CapitalRequestListQueryDto,
  CapitalRequestPageDto,
  CapitalRequestResponseDto,
  RequestApprovalDto,
  RequestCancellationDto,
  RequestCompletionDto,
  RequestRejectionDto,
  TransferCreateDto,
} from './capital-requests.dto.js';
import { ApiCapitalProblems } from './share-capital.errors.js';
import { ShareTransfersService } from './share-transfers.service.js';

const ANSWER = 'The transfer request as it stands after this step.';

/**
 * Transfers of shares between members: the treasurer records the request (the giver's shares are committed at
 * once), the board approves or rejects it, the treasurer completes it (two entries, at par) or cancels it.
 */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/share-transfers')
export class ShareTransfersController {
  constructor(private readonly transfers: ShareTransfersService) {}

  @Post()
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a share transfer request',
    description:
      'The treasurer (or an accounting sync) records that one member asks to transfer fully paid shares to another, ' +
      'at par. The shares are committed at once, so no other request can promise them; nothing moves until the ' +
      'board approves and the treasurer completes. Refused when the giver is not a member (active or suspended) or ' +
      'the receiver is not active, when the shares are not free and fully paid, when the giver would keep fewer than ' +
      "the bylaws' minimum, or when the receiver would pass the per-member maximum. Audited.",
  })
  @Created(
    CapitalRequestResponseDto,
    '/v1/cooperatives/{cooperativeId}/share-transfers/{id}',
    'The new transfer request, in status `requested`.',
  )
  @ApiCapitalProblems(
    'MEMBER_NOT_FOUND',
    'MEMBER_NOT_ELIGIBLE',
    'INSUFFICIENT_SHARES',
    'SHARES_NOT_PAID_UP',
    'MINIMUM_SHARES_REQUIRED',
    'SHARE_CAP_EXCEEDED',
  )
  requestShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: TransferCreateDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.request(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List share transfer requests',
    description:
      'Staff and read-only integrations page through the transfer requests in the order they were recorded, ' +
      'optionally only those in one status or those where one member gives or receives shares. Pages are keyset ' +
      'pages: pass the previous page’s `nextCursor` as `cursor`.',
  })
  @ApiOkResponse({ type: CapitalRequestPageDto, description: 'One page of transfer requests, oldest first.' })
  @ApiCapitalProblems('INVALID_CURSOR')
  listShareTransfers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalRequestListQueryDto,
  ): Promise<CapitalRequestPageDto> {
    return this.transfers.list(ctx, cooperativeId, query);
  }

  @Get(':transferId')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Read a share transfer request',
    description:
      'One transfer request with every step taken so far: who recorded, decided, completed or cancelled it, when, ' +
      'and with which reference.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: 'The transfer request.' })
  @ApiCapitalProblems('TRANSFER_NOT_FOUND')
  getShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.get(ctx, cooperativeId, transferId);
  }

  @Post(':transferId/approve')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: 'Approve a share transfer',
    description:
      'The board approves a requested transfer, citing its decision (e.g. the minute). The shares stay committed ' +
      'until the treasurer completes or cancels it. Only a transfer in status `requested` can be approved. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`approved\`.` })
  @ApiCapitalProblems('TRANSFER_NOT_FOUND', 'ILLEGAL_TRANSITION')
  approveShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() body: RequestApprovalDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.approve(ctx, cooperativeId, transferId, body);
  }

  @Post(':transferId/reject')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: 'Reject a share transfer',
    description:
      'The board refuses a requested transfer, saying why; the giver’s shares are freed. Only a transfer in status ' +
      '`requested` can be rejected. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`rejected\`.` })
  @ApiCapitalProblems('TRANSFER_NOT_FOUND', 'ILLEGAL_TRANSITION')
  rejectShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() body: RequestRejectionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.reject(ctx, cooperativeId, transferId, body);
  }

  @Post(':transferId/complete')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Complete an approved share transfer',
    description:
      'The treasurer (or an accounting sync) records the day the shares change hands: a `transfer_out` and a ' +
      '`transfer_in` entry post together, at par. Everything is checked again: the receiver must still be active ' +
      'and stay under the per-member maximum, and the date may not precede the request nor either member’s latest ' +
      'capital entry. Only an `approved` transfer can be completed. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`completed\`, with the amount.` })
  @ApiCapitalProblems(
    'TRANSFER_NOT_FOUND',
    'ILLEGAL_TRANSITION',
    'MEMBER_NOT_ELIGIBLE',
    'EFFECTIVE_DATE_OUT_OF_ORDER',
    'SHARE_CAP_EXCEEDED',
  )
  completeShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() body: RequestCompletionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.complete(ctx, cooperativeId, transferId, body);
  }

  @Post(':transferId/cancel')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Cancel a share transfer request',
    description:
      'The treasurer (or an accounting sync) withdraws a transfer that is still `requested` or `approved`, e.g. ' +
      'because the members changed their minds, saying why; the giver’s shares are freed. Audited.',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto, description: `${ANSWER} Status \`cancelled\`.` })
  @ApiCapitalProblems('TRANSFER_NOT_FOUND', 'ILLEGAL_TRANSITION')
  cancelShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() body: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.cancel(ctx, cooperativeId, transferId, body);
  }
}
