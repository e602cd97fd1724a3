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
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
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
  @ApiOperation({ summary: 'Open a fiscal year (first and last day; years never overlap); audited' })
  @ApiCreatedResponse({ type: FiscalYearResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createFiscalYear(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: FiscalYearCreateDto,
  ): Promise<FiscalYearResponseDto> {
    return this.years.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'The fiscal years, newest first (keyset pagination)' })
  @ApiOkResponse({ type: FiscalYearPageDto })
  @ApiProblems(400, 404)
  listFiscalYears(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<FiscalYearPageDto> {
    return this.years.list(ctx, cooperativeId, query);
  }

  @Get(':fiscalYearId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'One fiscal year' })
  @ApiOkResponse({ type: FiscalYearResponseDto })
  @ApiProblems(400, 404)
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
    summary: "Enter or correct the year's net surplus from the accounts; audited",
    description: 'Refused (409 FISCAL_YEAR_LOCKED) while a plan of the year is proposed, approved or executed.',
  })
  @ApiOkResponse({ type: FiscalYearResponseDto })
  @ApiProblems(400, 404, 409)
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
  @ApiOperation({ summary: "The year's patronage records in member-number order (keyset pagination)" })
  @ApiOkResponse({ type: PatronagePageDto })
  @ApiProblems(400, 404)
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
    summary: "Record or correct a member's patronage for the year (quantity and/or value); audited",
    description: "The member must have been admitted on or before the year's last day.",
  })
  @ApiOkResponse({ type: PatronageRecordResponseDto })
  @ApiProblems(400, 404, 409, 422)
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
  @ApiOperation({ summary: "Remove a member's patronage record for the year (recorded by mistake); audited" })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, 404, 409)
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
    summary: 'Import patronage records as JSON, all or nothing; audited',
    description:
      'Every row is checked (format, member number on the register, admitted by the year end, once in the file, ' +
      "not already recorded unless mode is 'replace'); one bad row rejects the import (422 PATRONAGE_IMPORT_INVALID, " +
      "`errors` naming each row as 'row N' or 'row N.column', N counted from 1) and nothing is written.",
  })
  @ApiOkResponse({ type: PatronageImportResultDto })
  @ApiProblems(400, 404, 409, 413, 422)
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
    summary: 'Import patronage records as CSV (text/csv, UTF-8, up to 32 MB), all or nothing; audited',
    description:
      'Header: member_number and quantity and/or value, in any order. Checked like the JSON import; row N is the ' +
      "file's line N (the header is row 1), as a spreadsheet numbers it.",
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', example: 'member_number,quantity,value\r\n1,1200.5,3100.00\r\n2,800,\r\n' },
  })
  @ApiOkResponse({ type: PatronageImportResultDto })
  @ApiProblems(400, 404, 409, 413, 415, 422)
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
    summary: 'Compute a draft distribution plan for the year; audited',
    description:
      'Reserve, education and community funds (surplus x % rounded half-up), limited interest on paid-up capital ' +
      'prorated by days held, then patronage refunds; every pool split by largest remainder. A zero or negative ' +
      'surplus is 422 NON_POSITIVE_SURPLUS.',
  })
  @ApiCreatedResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409, 422)
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
  @ApiOperation({ summary: "The year's distribution plans, newest first (keyset pagination)" })
  @ApiOkResponse({ type: PlanPageDto })
  @ApiProblems(400, 404)
  listDistributionPlans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('fiscalYearId', ParseUUIDPipe) fiscalYearId: string,
    @Query() query: PageQueryDto,
  ): Promise<PlanPageDto> {
    return this.plans.list(ctx, cooperativeId, fiscalYearId, query);
  }
}
