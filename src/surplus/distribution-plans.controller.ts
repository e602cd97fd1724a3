import { sendCsv } from '../common/csv/send-csv.js';
import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { DistributionReadService } from './distribution-read.service.js';
import {
  PlanApproveDto,
  PlanExecuteDto,
  PlanLinePageDto,
  PlanProposeDto,
  PlanRecomputeDto,
  PlanRejectDto,
  PlanResponseDto,
} from './distribution-plan.dto.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { PlanExecutionService } from './plan-execution.service.js';
import { DECIDE, READ, WRITE } from './surplus-access.js';

/** A distribution plan: its figures, its lines, and its lifecycle draft -> proposed -> approved -> executed. */
@ApiTags('surplus')
@Controller('v1/cooperatives/:cooperativeId/distribution-plans')
export class DistributionPlansController {
  private readonly logger = new Logger('DistributionPlansController');

  constructor(
    private readonly plans: DistributionPlanService,
    private readonly reads: DistributionReadService,
    private readonly execution: PlanExecutionService,
  ) {}

  @Get(':planId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'A plan: parameters, funds, pools and status' })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404)
  getDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
  ): Promise<PlanResponseDto> {
    return this.plans.get(ctx, cooperativeId, planId);
  }

  @Get(':planId/lines')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: "The plan's member lines in member-number order (keyset pagination)" })
  @ApiOkResponse({ type: PlanLinePageDto })
  @ApiProblems(400, 404)
  listDistributionPlanLines(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Query() query: PageQueryDto,
  ): Promise<PlanLinePageDto> {
    return this.reads.lines(ctx, cooperativeId, planId, query);
  }

  @Get(':planId/lines.csv')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: "The plan's member lines as CSV (RFC 4180, UTF-8), streamed",
    description:
      'Columns: member_number, name, capital_days, patronage_weight, patronage_eligible, interest, ' +
      'patronage_refund, total, refund_mode.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  async exportDistributionPlanLines(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(
      response,
      this.reads.linesCsv(ctx, cooperativeId, planId),
      `distribution-plan-${planId}.csv`,
      this.logger,
    );
  }

  @Post(':planId/recompute')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: "Recompute a draft from the year's current inputs; parameters given replace the plan's; audited",
  })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  recomputeDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanRecomputeDto,
  ): Promise<PlanResponseDto> {
    return this.plans.recompute(ctx, cooperativeId, planId, body);
  }

  @Post(':planId/propose')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Freeze a draft and put it to the assembly: linked to a ballot and/or an assembly resolution; audited',
    description:
      "The fiscal year must be over, the draft computed from the year's current inputs (else 409 PLAN_STALE) and " +
      "no other plan of the year proposed, approved or executed. The year's surplus and patronage are then frozen.",
  })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  proposeDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanProposeDto,
  ): Promise<PlanResponseDto> {
    return this.plans.propose(ctx, cooperativeId, planId, body);
  }

  @Post(':planId/approve')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: "Record the assembly's approval of a proposed plan; audited",
    description:
      'A plan linked to a ballot is approved only when that ballot passed (409 BALLOT_NOT_PASSED otherwise; 404 ' +
      'BALLOT_NOT_FOUND when governance does not know it).',
  })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409)
  approveDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanApproveDto,
  ): Promise<PlanResponseDto> {
    return this.plans.approve(ctx, cooperativeId, planId, body);
  }

  @Post(':planId/reject')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({ summary: 'Reject a draft or a proposed plan (final); the year is open again; audited' })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409)
  rejectDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanRejectDto,
  ): Promise<PlanResponseDto> {
    return this.plans.reject(ctx, cooperativeId, planId, body);
  }

  @Post(':planId/execute')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Execute an approved plan in one transaction: refunds, capital credits and fund allocations; audited',
    description:
      "Each member's line (interest + patronage refund) becomes a cash payable or a share-capital allocation, per " +
      "the member's choice or the bylaws; the funds are allocated and the community fund feeds the credit fund " +
      'when the plan says so. A second execution is 409 ILLEGAL_TRANSITION and posts nothing.',
  })
  @ApiOkResponse({ type: PlanResponseDto })
  @ApiProblems(400, 404, 409)
  executeDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanExecuteDto,
  ): Promise<PlanResponseDto> {
    return this.execution.execute(ctx, cooperativeId, planId, body);
  }
}
