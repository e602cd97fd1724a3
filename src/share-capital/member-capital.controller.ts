import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { READ_ONE, SELF } from './capital-access.js';
import {
  CapitalAsOfQueryDto,
  CapitalEntriesQueryDto,
  CapitalStatementDto,
  CapitalStatementLinePageDto,
} from './share-capital.dto.js';
import { CapitalStatementsService } from './capital-statements.service.js';

const STATEMENT_DESCRIPTION =
  'Shares held, subscribed and paid-up capital from the entries effective on or before asOf (default: today, UTC).';

/** Self-service: a member's own capital. Users only (no API key scope opens these routes). */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/members/me/capital')
export class OwnCapitalController {
  constructor(private readonly statements: CapitalStatementsService) {}

  @Get()
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My capital on a date', description: STATEMENT_DESCRIPTION })
  @ApiOkResponse({ type: CapitalStatementDto })
  @ApiProblems(400, 404)
  getOwnCapital(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalAsOfQueryDto,
  ): Promise<CapitalStatementDto> {
    return this.statements.ownStatement(ctx, cooperativeId, query.asOf);
  }

  @Get('entries')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'The entries behind my capital, oldest first, with my balances after each' })
  @ApiOkResponse({ type: CapitalStatementLinePageDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: "A member's capital on a date", description: STATEMENT_DESCRIPTION })
  @ApiOkResponse({ type: CapitalStatementDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: "The entries behind a member's capital, oldest first, with the balances after each" })
  @ApiOkResponse({ type: CapitalStatementLinePageDto })
  @ApiProblems(400, 404)
  listMemberCapitalEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: CapitalEntriesQueryDto,
  ): Promise<CapitalStatementLinePageDto> {
    return this.statements.entries(ctx, cooperativeId, memberId, query);
  }
}
