import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { READ, WRITE } from './capital-access.js';
import { ENTRY_ID_PATTERN } from './capital-entry.entity.js';
import {
  AllocationCreateDto,
  CapitalEntryDetailDto,
  CapitalPostingResponseDto,
  PaymentCreateDto,
  ReversalCreateDto,
  SubscriptionCreateDto,
} from './share-capital.dto.js';
import { ApiCapitalProblems } from './share-capital.errors.js';
import { CapitalPostingsService } from './capital-postings.service.js';
import { CapitalStatementsService } from './capital-statements.service.js';

/** What a posting answers: the new entry (read back at capital-entries/{entryId}) and the balance after it. */
const PostingCreated = (what: string) =>
  Created(
    CapitalPostingResponseDto,
    '/v1/cooperatives/{cooperativeId}/capital-entries/{entry.id}',
    `The ${what} entry, and the member’s balance right after it.`,
  );

const EntryIdParam = () =>
  ApiParam({
    name: 'entryId',
    description: 'A capital entry’s id (decimal digits).',
    schema: { type: 'string', pattern: ENTRY_ID_PATTERN, example: '42' },
  });

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
    summary: 'Post a share subscription',
    description:
      'The treasurer (or an accounting sync) records shares a member or an applicant pledges, at the par value of ' +
      "the day; nothing is paid yet. An applicant's initial subscription comes before admission (admission needs " +
      "the bylaws' minimum). Refused for a member who is neither an applicant nor active, before the member's " +
      'application or latest capital entry, and above the per-member maximum (by count or by share of the paid-up ' +
      'capital). Audited.',
  })
  @PostingCreated('subscription')
  @ApiCapitalProblems('MEMBER_NOT_FOUND', 'MEMBER_NOT_ELIGIBLE', 'EFFECTIVE_DATE_OUT_OF_ORDER', 'SHARE_CAP_EXCEEDED')
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
    summary: 'Post a share payment',
    description:
      'The treasurer (or an accounting sync) records money a member (or an applicant) paid towards their subscribed ' +
      'shares. Paid-up capital never exceeds subscribed capital: a payment above what is unpaid is refused, as is ' +
      'one for a ceased or rejected member, or one dated before the application or the latest capital entry. ' +
      'Audited.',
  })
  @PostingCreated('payment')
  @ApiCapitalProblems(
    'MEMBER_NOT_FOUND',
    'MEMBER_NOT_ELIGIBLE',
    'EFFECTIVE_DATE_OUT_OF_ORDER',
    'PAID_UP_EXCEEDS_SUBSCRIBED',
  )
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
    summary: 'Post a capital allocation from surplus',
    description:
      'The treasurer (or an accounting sync) credits a member (active or suspended) with capital from surplus: the ' +
      'amount first pays up any unpaid subscription, then buys new shares at par, the last one partly paid if need ' +
      'be. New shares count against the per-member maximum. Refused before the latest capital entry. Audited. ' +
      "(A distribution plan's refunds are credited by the plan's execution, not here.)",
  })
  @PostingCreated('allocation')
  @ApiCapitalProblems('MEMBER_NOT_FOUND', 'MEMBER_NOT_ELIGIBLE', 'EFFECTIVE_DATE_OUT_OF_ORDER', 'SHARE_CAP_EXCEEDED')
  createShareAllocation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: AllocationCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.allocate(ctx, cooperativeId, body);
  }

  @Get('capital-entries/:entryId')
  @CooperativeAccess(READ)
  @EntryIdParam()
  @ApiOperation({
    summary: 'Read a capital entry',
    description:
      'Staff and read-only integrations read one entry of the ledger as it was posted, and the reversal that undid ' +
      'it, if any (entries are never edited).',
  })
  @ApiOkResponse({ type: CapitalEntryDetailDto, description: 'The entry, with the id of its reversal or null.' })
  @ApiCapitalProblems('CAPITAL_ENTRY_NOT_FOUND')
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
  @EntryIdParam()
  @ApiOperation({
    summary: 'Reverse a mistaken capital entry',
    description:
      'The treasurer (or an accounting sync) undoes a mistaken subscription, payment or allocation with a linked ' +
      'entry of the opposite sign, saying why; nothing is edited. Transfers and redemptions are undone by a new ' +
      'request, and a reversal is not itself reversed. Each entry is reversed at most once. Refused when the ' +
      'member’s holding would go negative, paid-up would exceed subscribed, or shares committed to open requests ' +
      'would no longer be held and fully paid; and when dated before the entry or the latest capital entry. Audited.',
  })
  @PostingCreated('reversal')
  @ApiCapitalProblems(
    'CAPITAL_ENTRY_NOT_FOUND',
    'ENTRY_NOT_REVERSIBLE',
    'ENTRY_ALREADY_REVERSED',
    'EFFECTIVE_DATE_OUT_OF_ORDER',
    'INSUFFICIENT_SHARES',
    'PAID_UP_EXCEEDS_SUBSCRIBED',
    'SHARES_COMMITTED',
  )
  reverseCapitalEntry(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('entryId') entryId: string,
    @Body() body: ReversalCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postings.reverse(ctx, cooperativeId, entryId, body);
  }
}
