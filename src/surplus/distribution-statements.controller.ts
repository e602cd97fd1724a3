import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
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
  @ApiOperation({
    summary: 'My distribution statement',
    description:
      'A member, from their phone: their interest on capital and patronage refund in each plan proposed, ' +
      'approved or executed (never drafts), newest year first, and how each is paid. Refused (404) for an ' +
      'account not linked to a member of this cooperative. Changes nothing.',
  })
  @ApiOkResponse({ type: StatementPageDto, description: 'My lines, newest fiscal year first.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  getOwnDistributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<StatementPageDto> {
    return this.reads.ownStatement(ctx, cooperativeId, query);
  }

  @Get(':memberId')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({
    summary: "A member's distribution statement",
    description:
      'The treasurer or the board answering a member’s question: that member’s lines in plans proposed, ' +
      'approved or executed, newest year first. Changes nothing.',
  })
  @ApiOkResponse({ type: StatementPageDto, description: 'The member’s lines, newest fiscal year first.' })
  @ApiProblemCodes('MEMBER_NOT_FOUND')
  getMemberDistributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: PageQueryDto,
  ): Promise<StatementPageDto> {
    return this.reads.memberStatement(ctx, cooperativeId, memberId, query);
  }
}
