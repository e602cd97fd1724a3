import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
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
  @ApiOperation({
    summary: "Read the cooperative's capital totals on a date",
    description:
      'Staff and read-only integrations (e.g. an accounting sync) read the shares outstanding and the subscribed, ' +
      'paid-up and unpaid capital from every entry effective on or before `asOf` (default: today, UTC): the books ' +
      'as they stood that day, a mistake counted until the day of its reversal.',
  })
  @ApiOkResponse({ type: CapitalTotalsDto, description: 'The totals on that day, in the cooperative’s currency.' })
  getCapitalTotals(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalAsOfQueryDto,
  ): Promise<CapitalTotalsDto> {
    return this.statements.totals(ctx, cooperativeId, query.asOf);
  }

  @Get('monthly')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: "Read the cooperative's capital month by month",
    description:
      'Staff and read-only integrations read, for each month from `from` to `to` (at most 120 months), the ' +
      'movements by entry kind and the totals at the month’s end, after the opening totals on the day before the ' +
      'first month. For reports to the board and the assembly.',
  })
  @ApiOkResponse({
    type: CapitalMonthlyDto,
    description: 'The opening totals and one line per month, in the cooperative’s currency.',
  })
  getCapitalMonthly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: CapitalMonthlyQueryDto,
  ): Promise<CapitalMonthlyDto> {
    return this.statements.monthly(ctx, cooperativeId, query);
  }
}
