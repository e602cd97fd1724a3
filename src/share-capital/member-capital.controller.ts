import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { READ_ONE, SELF } from './capital-access.js';
import {
  CapitalAsOfQueryDto,
  CapitalEntriesQueryDto,
  CapitalStatementDto,
  CapitalStatementLinePageDto,
} from './share-capital.dto.js';
import { CapitalStatementsService } from './capital-statements.service.js';
import { ApiCapitalProblems } from './share-capital.errors.js';

const STATEMENT =
  'Shares held, subscribed, paid-up and unpaid capital from the entries effective on or before `asOf` (default: ' +
  'today, UTC), with how many entries that is and the date of the latest.';
const ENTRIES =
  'Each entry (subscription, payment, transfer, redemption, allocation, reversal) oldest first, with the balances ' +
  'right after it; with `asOf`, only those effective on or before it. Pages are keyset pages: pass the previous ' +
  'page’s `nextCursor` as `cursor`.';
const STATEMENT_ANSWER = 'The capital on that day, in the cooperative’s currency.';
const ENTRIES_ANSWER = 'One page of statement lines, oldest first.';

/** Self-service: a member's own capital. Users only (no API key scope opens these routes). */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/members/me/capital')
export class OwnCapitalController {
  constructor(private readonly statements: CapitalStatementsService) {}

  @Get()
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'Read my capital on a date',
    description: `A member, from their phone or the members’ portal, reads their own capital. ${STATEMENT}`,
  })
  @ApiOkResponse({ type: CapitalStatementDto, description: STATEMENT_ANSWER })
  @ApiCapitalProblems('MEMBER_NOT_FOUND')
  getOwnCapital(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalAsOfQueryDto,
  ): Promise<CapitalStatementDto> {
    return this.statements.ownStatement(ctx, cooperativeId, query.asOf);
  }

  @Get('entries')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List the entries behind my capital',
    description: `A member reads the entries of their own capital account. ${ENTRIES}`,
  })
  @ApiOkResponse({ type: CapitalStatementLinePageDto, description: ENTRIES_ANSWER })
  @ApiCapitalProblems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
  listOwnCapitalEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalEntriesQueryDto,
  ): Promise<CapitalStatementLinePageDto> {
    return this.statements.ownEntries(ctx, cooperativeId, query);
  }
}

/** One member's capital: staff and API keys; a member only their own (any other member id is 404). */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/members/:memberId/capital')
export class MemberCapitalController {
  constructor(private readonly statements: CapitalStatementsService) {}

  @Get()
  @CooperativeAccess(READ_ONE)
  @ApiOperation({
    summary: "Read a member's capital on a date",
    description:
      'Staff and read-only integrations read any member’s capital statement; a member may read their own here too ' +
      `(any other member id is answered 404, as one that does not exist). ${STATEMENT}`,
  })
  @ApiOkResponse({ type: CapitalStatementDto, description: STATEMENT_ANSWER })
  @ApiCapitalProblems('MEMBER_NOT_FOUND')
  getMemberCapital(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: CapitalAsOfQueryDto,
  ): Promise<CapitalStatementDto> {
    return this.statements.statement(ctx, cooperativeId, memberId, query.asOf);
  }

  @Get('entries')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({
    summary: "List the entries behind a member's capital",
    description:
      'Staff and read-only integrations read the entries of any member’s capital account; a member only their own ' +
      `(any other member id is 404). ${ENTRIES}`,
  })
  @ApiOkResponse({ type: CapitalStatementLinePageDto, description: ENTRIES_ANSWER })
  @ApiCapitalProblems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
  listMemberCapitalEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: CapitalEntriesQueryDto,
  ): Promise<CapitalStatementLinePageDto> {
    return this.statements.entries(ctx, cooperativeId, memberId, query);
  }
}
