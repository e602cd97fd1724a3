import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
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
import { ShareTransfersService } from './share-transfers.service.js';

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
  @ApiOperation({ summary: 'Record a transfer request (fully paid shares, giver keeps the minimum)' })
  @ApiCreatedResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409, 422)
  requestShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: TransferCreateDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.request(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'List transfer requests in the order recorded (keyset pagination)' })
  @ApiOkResponse({ type: CapitalRequestPageDto })
  @ApiProblems(400, 404)
  listShareTransfers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalRequestListQueryDto,
  ): Promise<CapitalRequestPageDto> {
    return this.transfers.list(ctx, cooperativeId, query);
  }

  @Get(':transferId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Read one transfer request' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: 'The board approves a requested transfer (decision reference required)' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
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
  @ApiOperation({ summary: 'The board rejects a requested transfer (reason required); the shares are freed' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
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
    summary: 'Complete an approved transfer: transfer_out and transfer_in entries at par, on the effective date',
    description: 'The receiver must be active and stay under the per-member maximum (SHARE_CAP_EXCEEDED).',
  })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409, 422)
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
  @ApiOperation({ summary: 'Withdraw an open transfer request (reason required); the shares are freed' })
  @ApiOkResponse({ type: CapitalRequestResponseDto })
  @ApiProblems(400, 404, 409)
  cancelShareTransfer(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() body: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.transfers.cancel(ctx, cooperativeId, transferId, body);
  }
}
