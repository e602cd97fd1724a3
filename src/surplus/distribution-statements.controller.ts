import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { DistributionReadService } from './distribution-read.service.js';
import { StatementPageDto } from './distribution-plan.dto.js';
import { READ_ONE, SELF } from './surplus-access.js';

/**
 * A member's distribution statement: their lines in plans proposed, approved or executed (never drafts). A member
 * reads only their own (`me`); `me` is declared first so it is never taken for a member id.
 */
@ApiTags('surplus')
@Controller('v1/cooperatives/:cooperativeId/distribution-statements')
export class DistributionStatementsController {
  constructor(private readonly reads: DistributionReadService) {}

  @Get('me')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My distribution statement: my interest and patronage refund per fiscal year' })
  @ApiOkResponse({ type: StatementPageDto })
  @ApiProblems(400, 404)
  getOwnDistributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<StatementPageDto> {
    return this.reads.ownStatement(ctx, cooperativeId, query);
  }

  @Get(':memberId')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({ summary: "A member's distribution statement (a member may read only their own)" })
  @ApiOkResponse({ type: StatementPageDto })
  @ApiProblems(400, 404)
  getMemberDistributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: PageQueryDto,
  ): Promise<StatementPageDto> {
    return this.reads.memberStatement(ctx, cooperativeId, memberId, query);
  }
}
