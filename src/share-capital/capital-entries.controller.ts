import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../auth/access.decorator.js';
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
import { ShareCapitalService } from './share-capital.service.js';

/** Ledger postings by the treasurer. Each answers the entry and the member's balance after it. */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId')
export class CapitalEntriesController {
  constructor(private readonly capital: ShareCapitalService) {}

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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: SubscriptionCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.capital.subscribe(cooperativeId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: PaymentCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.capital.pay(cooperativeId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: AllocationCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.capital.allocate(cooperativeId, body);
  }

  @Get('capital-entries/:entryId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Read one capital entry (and the reversal that undid it, if any)' })
  @ApiOkResponse({ type: CapitalEntryDetailDto })
  @ApiProblems(400, 404)
  getCapitalEntry(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('entryId') entryId: string,
  ): Promise<CapitalEntryDetailDto> {
    return this.capital.getEntry(cooperativeId, entryId);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('entryId') entryId: string,
    @Body() body: ReversalCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.capital.reverse(cooperativeId, entryId, body);
  }
}
