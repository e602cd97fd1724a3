import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { READ } from './capital-access.js';
import {
  CapitalAsOfQueryDto,
  CapitalMonthlyDto,
  CapitalMonthlyQueryDto,
  CapitalTotalsDto,
} from './share-capital.dto.js';
import { CapitalStatementsService } from './capital-statements.service.js';

/** The cooperative's capital: totals at a date and month by month. */
@ApiTags('share capital')
@Controller('v1/cooperatives/:cooperativeId/capital')
export class CapitalTotalsController {
  constructor(private readonly statements: CapitalStatementsService) {}

  @Get('totals')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: "The cooperative's shares and capital on a date (default: today, UTC)" })
  @ApiOkResponse({ type: CapitalTotalsDto })
  @ApiProblems(400, 404)
  getCapitalTotals(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalAsOfQueryDto,
  ): Promise<CapitalTotalsDto> {
    return this.statements.totals(ctx, cooperativeId, query.asOf);
  }

  @Get('monthly')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Month by month: the movements by entry kind and the totals at each month end' })
  @ApiOkResponse({ type: CapitalMonthlyDto })
  @ApiProblems(400, 404)
  getCapitalMonthly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalMonthlyQueryDto,
  ): Promise<CapitalMonthlyDto> {
    return this.statements.monthly(ctx, cooperativeId, query);
  }
}
