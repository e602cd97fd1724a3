import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
import { PLAN_COMPUTATION_REFUSALS } from './surplus.errors.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { CsvBodyInterceptor } from './csv-body.interceptor.js';
import { PlanCreateDto, PlanPageDto, PlanResponseDto } from './distribution-plan.dto.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import {
  FiscalYearCreateDto,
  FiscalYearPageDto,
  FiscalYearResponseDto,
  NetSurplusDto,
  PatronageImportDto,
  PatronageImportQueryDto,
  PatronageImportResultDto,
  PatronagePageDto,
  PatronageRecordDto,
  PatronageRecordResponseDto,
} from './fiscal-year.dto.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { PatronageService } from './patronage.service.js';
import { READ, WRITE } from './surplus-access.js';

/** Fiscal years, their net surplus and patronage, and the plans computed for them. */
@ApiTags('surplus')
@Controller('v1/cooperatives/:cooperativeId/fiscal-years')
export class FiscalYearsController {
  constructor(
    private readonly years: FiscalYearService,
    private readonly patronage: PatronageService,
    private readonly plans: DistributionPlanService,
  ) {}

  @Post()
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Open a fiscal year',
    description:
      'The treasurer opens the year the accounts cover, by its first and last day (at most 731 days), before ' +
      'entering its net surplus and the members’ patronage. Refused when it would overlap another year or repeat ' +
      'its label (`FISCAL_YEAR_OVERLAP`) or ends before it starts (`INVALID_FISCAL_YEAR`). Audited.',
  })
  @Created(FiscalYearResponseDto, '/v1/cooperatives/{cooperativeId}/fiscal-years/{id}', 'The new fiscal year.')
  @ApiProblemCodes('INVALID_FISCAL_YEAR', 'FISCAL_YEAR_OVERLAP')
  createFiscalYear(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: FiscalYearCreateDto,
  ): Promise<FiscalYearResponseDto> {
    return this.years.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List the fiscal years',
    description:
      'Newest first, a keyset page at a time, each with its net surplus (once entered) and whether a plan has ' +
      'frozen its inputs. For the treasurer, the board and an accounting sync. Changes nothing.',
  })
  @ApiOkResponse({ type: FiscalYearPageDto, description: 'A page of fiscal years, newest first.' })
  listFiscalYears(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<FiscalYearPageDto> {
    return this.years.list(ctx, cooperativeId, query);
  }

  @Get(':fiscalYearId')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Read a fiscal year',
    description:
      'Its dates, days (the interest basis), net surplus and whether its inputs are frozen. Changes nothing.',
  })
  @ApiOkResponse({ type: FiscalYearResponseDto, description: 'The fiscal year.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND')
  getFiscalYear(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
  ): Promise<FiscalYearResponseDto> {
    return this.years.get(ctx, cooperativeId, fiscalYearId);
  }

  @Put(':fiscalYearId/net-surplus')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Enter or correct the year's net surplus",
    description:
      'The treasurer (or the accounting sync, with `surplus:write`) enters the net surplus of the approved ' +
      'accounts, with where it comes from; a negative figure is a loss, which distributes nothing. Draft plans ' +
      'computed before become stale. Refused while a plan of the year is proposed, approved or executed ' +
      '(`FISCAL_YEAR_LOCKED`: its inputs are frozen), and with more decimals than the currency has. Audited.',
  })
  @ApiOkResponse({ type: FiscalYearResponseDto, description: 'The fiscal year with its net surplus.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', 'FISCAL_YEAR_LOCKED')
  enterNetSurplus(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Body() body: NetSurplusDto,
  ): Promise<FiscalYearResponseDto> {
    return this.years.enterNetSurplus(ctx, cooperativeId, fiscalYearId, body);
  }

  @Get(':fiscalYearId/patronage')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: "List the year's patronage records",
    description:
      'What each member did with the cooperative during the year (kg delivered, hours worked, or its value), in ' +
      'member-number order, a keyset page at a time: the weights of the patronage refunds. Changes nothing.',
  })
  @ApiOkResponse({ type: PatronagePageDto, description: 'A page of patronage records.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND')
  listPatronage(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Query() query: PageQueryDto,
  ): Promise<PatronagePageDto> {
    return this.patronage.list(ctx, cooperativeId, fiscalYearId, query);
  }

  @Put(':fiscalYearId/patronage/:memberId')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Record or correct a member's patronage for the year",
    description:
      'The treasurer records a quantity and/or a value for one member; recording the same figures again changes ' +
      'nothing. Draft plans become stale. Refused for a member not admitted by the year’s last day ' +
      '(`PATRONAGE_MEMBER_INELIGIBLE`) and while the year’s inputs are frozen (`FISCAL_YEAR_LOCKED`). Audited.',
  })
  @ApiOkResponse({ type: PatronageRecordResponseDto, description: 'The member’s record for the year.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', 'FISCAL_YEAR_LOCKED', 'MEMBER_NOT_FOUND', 'PATRONAGE_MEMBER_INELIGIBLE')
  recordPatronage(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: PatronageRecordDto,
  ): Promise<PatronageRecordResponseDto> {
    return this.patronage.record(ctx, cooperativeId, fiscalYearId, memberId, body);
  }

  @Delete(':fiscalYearId/patronage/:memberId')
  @HttpCode(204)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Remove a member's patronage record for the year",
    description:
      'For a record entered by mistake. Draft plans become stale. Refused (404 `NOT_FOUND`) when the member has ' +
      'no record for the year, and while the year’s inputs are frozen. Audited, with the figures removed.',
  })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', 'FISCAL_YEAR_LOCKED', 'NOT_FOUND')
  async deletePatronage(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    await this.patronage.remove(ctx, cooperativeId, fiscalYearId, memberId);
  }

  @Post(':fiscalYearId/patronage/import')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Import patronage records as JSON, all or nothing',
    description:
      'For an accounting or weighing system that sends the whole year at once. Every row is checked (format, ' +
      'member number on the register, admitted by the year end, once in the file, not already recorded unless ' +
      "mode is 'replace'); one bad row rejects the import (`PATRONAGE_IMPORT_INVALID`, `errors` naming each row " +
      "as 'row N' or 'row N.column', N counted from 1) and nothing is written. Audited.",
  })
  @ApiOkResponse({ type: PatronageImportResultDto, description: 'What was written, with its totals to reconcile.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', 'FISCAL_YEAR_LOCKED', 'PATRONAGE_IMPORT_INVALID')
  importPatronage(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Body() body: PatronageImportDto,
  ): Promise<PatronageImportResultDto> {
    return this.patronage.importJson(ctx, cooperativeId, fiscalYearId, body.mode ?? 'add', body.records);
  }

  @Post(':fiscalYearId/patronage/import.csv')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @UseInterceptors(CsvBodyInterceptor)
  @ApiOperation({
    summary: 'Import patronage records as CSV, all or nothing',
    description:
      'A spreadsheet export (text/csv, UTF-8, up to 32 MB). Header: member_number and quantity and/or value, in ' +
      'any order. Checked like the JSON import; row N is the file’s line N (the header is row 1), as a ' +
      'spreadsheet numbers it. Another media type is 415, a larger file 413. Audited.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', example: 'member_number,quantity,value\r\n1,1200.5,3100.00\r\n2,800,\r\n' },
  })
  @ApiOkResponse({ type: PatronageImportResultDto, description: 'What was written, with its totals to reconcile.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', 'FISCAL_YEAR_LOCKED', 'PATRONAGE_IMPORT_INVALID')
  importPatronageCsv(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Query() query: PatronageImportQueryDto,
    @Req() request: Request,
  ): Promise<PatronageImportResultDto> {
    return this.patronage.importCsv(ctx, cooperativeId, fiscalYearId, query.mode ?? 'add', request.body as string);
  }

  @Post(':fiscalYearId/distribution-plans')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Compute a draft distribution plan for the year',
    description:
      'The treasurer drafts how the surplus is shared: reserve, education and community funds (surplus x %, ' +
      'rounded half-up, at least the bylaws’ minimums), limited interest on paid-up capital prorated by days ' +
      'held (at most the bylaws’ rate), then patronage refunds; every pool split exactly by largest remainder. ' +
      'Nothing is paid until the plan is approved and executed. Refused without a net surplus ' +
      '(`SURPLUS_NOT_ENTERED`), for a zero or negative one (`NON_POSITIVE_SURPLUS`), outside the bylaws ' +
      '(`PLAN_OUTSIDE_BYLAWS`), and when patronage cannot be weighed. Audited.',
  })
  @Created(PlanResponseDto, '/v1/cooperatives/{cooperativeId}/distribution-plans/{id}', 'The draft plan.')
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND', ...PLAN_COMPUTATION_REFUSALS)
  createDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Body() body: PlanCreateDto,
  ): Promise<PlanResponseDto> {
    return this.plans.create(ctx, cooperativeId, fiscalYearId, body);
  }

  @Get(':fiscalYearId/distribution-plans')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: "List the year's distribution plans",
    description:
      'Drafts, proposed, approved, executed and rejected plans of the year, newest first, a keyset page at a ' +
      'time. Changes nothing.',
  })
  @ApiOkResponse({ type: PlanPageDto, description: 'A page of plans, newest first.' })
  @ApiProblemCodes('FISCAL_YEAR_NOT_FOUND')
  listDistributionPlans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Query() query: PageQueryDto,
  ): Promise<PlanPageDto> {
    return this.plans.list(ctx, cooperativeId, fiscalYearId, query);
  }
}
