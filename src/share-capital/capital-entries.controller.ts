import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { READ, WRITE } from './capital-access.js';
import {
  AllocationCreateDto,
  CapitalEntryDetailDto,
  CapitalPostingResponseDto,
  PaymentCreateDto,
  ReversalCreateDto,
  SubscriptionCreateDto,
} from './share-capital.dto.js';
import { CapitalPostingsService } from './capital-postings.service.js';
import { CapitalStatementsService } from './capital-statements.service.js';

/** Ledger postings by the treasurer. Each answers the entry and the member's balance after it. */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId')
export class CapitalEntriesController {
  constructor(
    private readonly postings: CapitalPostingsService,
    private readonly statements: CapitalStatementsService,
  ) {}

  @Post('share-subscriptions')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Post a subscription: shares pledged at par (an applicant's initial subscription comes before admission)",
    description: 'Refused above the per-member maximum (SHARE_CAP_EXCEEDED).',
  })
  @ApiCreatedResponse({ type: CapitalPostingResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createShareSubscription(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: SubscriptionCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.subscribe(ctx, cooperativeId, body);
  }

  @Post('share-payments')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a payment towards subscribed shares',
    description: 'Paid-up capital never exceeds subscribed capital (PAID_UP_EXCEEDS_SUBSCRIBED).',
  })
  @ApiCreatedResponse({ type: CapitalPostingResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createSharePayment(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: PaymentCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.pay(ctx, cooperativeId, body);
  }

  @Post('share-allocations')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Credit capital from surplus: pays up unpaid shares first, then new shares at par',
  })
  @ApiCreatedResponse({ type: CapitalPostingResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createShareAllocation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: AllocationCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.allocate(ctx, cooperativeId, body);
  }

  @Get('capital-entries/:entryId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Read one capital entry (and the reversal that undid it, if any)' })
  @ApiOkResponse({ type: CapitalEntryDetailDto })
  @ApiProblems(400, 404)
  getCapitalEntry(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('entryId') entryId: string,
  ): Promise<CapitalEntryDetailDto> {
    return this.statements.getEntry(ctx, cooperativeId, entryId);
  }

  @Post('capital-entries/:entryId/reversal')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Reverse a mistaken subscription, payment or allocation with a linked entry (nothing is edited)',
  })
  @ApiCreatedResponse({ type: CapitalPostingResponseDto })
  @ApiProblems(400, 404, 409, 422)
  reverseCapitalEntry(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('entryId') entryId: string,
    @Body() body: ReversalCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.reverse(ctx, cooperativeId, entryId, body);
  }
}
