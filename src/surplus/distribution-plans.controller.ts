import { sendCsv } from '../common/csv/send-csv.js';
import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { PLAN_COMPUTATION_REFUSALS } from './surplus.errors.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
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
  @Versioned()
  @ApiOperation({
    summary: 'Read a distribution plan',
    description:
      'Its parameters, funds, interest and patronage pools, status, what may be done with it now ' +
      '(`allowedActions`) and whether a draft is stale. The `ETag` is its version: send it as `If-Match` when ' +
      'recomputing, so a treasurer does not overwrite a colleague’s figures unseen. Changes nothing.',
  })
  @ApiOkResponse({ type: PlanResponseDto, description: 'The plan.' })
  @ApiProblemCodes('PLAN_NOT_FOUND')
  getDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
  ): Promise<PlanResponseDto> {
    return this.plans.get(ctx, cooperativeId, planId);
  }

  @Get(':planId/lines')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: "List the plan's member lines",
    description:
      'Each member’s capital-days, patronage weight, interest, patronage refund and how it is paid, in ' +
      'member-number order, a keyset page at a time. The pools split exactly among the lines. Changes nothing.',
  })
  @ApiOkResponse({ type: PlanLinePageDto, description: 'A page of member lines.' })
  @ApiProblemCodes('PLAN_NOT_FOUND')
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
    summary: "Download the plan's member lines as CSV",
    description:
      'For the assembly’s papers or a spreadsheet: RFC 4180, UTF-8, streamed, cells that a spreadsheet would ' +
      'run as formulas escaped. Columns: member_number, name, capital_days, patronage_weight, ' +
      'patronage_eligible, interest, patronage_refund, total, refund_mode. Changes nothing.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblemCodes('PLAN_NOT_FOUND')
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
    summary: 'Recompute a draft plan',
    description:
      'The treasurer edits a draft: parameters given replace the plan’s, the rest are kept, and every figure is ' +
      'computed again from the year’s current surplus and patronage (which also clears `stale`). Refused for a ' +
      'plan past draft (`ILLEGAL_TRANSITION`), with a stale `If-Match` (412), and for the same reasons as ' +
      'computing a new plan. Audited with the figures before and after.',
  })
  @Versioned()
  @ApiOkResponse({ type: PlanResponseDto, description: 'The recomputed draft, with its new version.' })
  @ApiProblemCodes('PLAN_NOT_FOUND', 'ILLEGAL_TRANSITION', ...PLAN_COMPUTATION_REFUSALS)
  recomputeDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanRecomputeDto,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<PlanResponseDto> {
    return this.plans.recompute(ctx, cooperativeId, planId, body, expectedVersion);
  }

  @Post(':planId/propose')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Propose a draft plan to the general assembly',
    description:
      'The treasurer freezes a draft and links it to the ballot that will decide it and/or an assembly ' +
      'resolution. The year’s surplus and patronage are frozen from then on. Refused before the year has ended ' +
      '(`FISCAL_YEAR_NOT_ENDED`), for a draft computed from older inputs (`PLAN_STALE`: recompute it), when ' +
      'another plan of the year is proposed, approved or executed (`PLAN_ALREADY_ACTIVE`) and when the ballot ' +
      'already decides another plan (`BALLOT_ALREADY_LINKED`). The ballot must be one of this cooperative’s ' +
      '(`BALLOT_NOT_FOUND` otherwise) and a motion that can still decide: not one published rejected or without ' +
      'quorum (`BALLOT_CANNOT_DECIDE`). Audited.',
  })
  @ApiOkResponse({ type: PlanResponseDto, description: 'The proposed plan.' })
  @ApiProblemCodes(
    'PLAN_NOT_FOUND',
    'ILLEGAL_TRANSITION',
    'FISCAL_YEAR_NOT_ENDED',
    'PLAN_STALE',
    'PLAN_ALREADY_ACTIVE',
    'BALLOT_ALREADY_LINKED',
    'BALLOT_NOT_FOUND',
    'BALLOT_CANNOT_DECIDE',
  )
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
    summary: "Record the assembly's approval of a proposed plan",
    description:
      'The board (or the secretary) records the decision. A plan linked to a ballot is approved only once that ' +
      'ballot’s result is published and it passed (`BALLOT_NOT_PASSED` otherwise); a plan decided by a paper ' +
      'resolution is approved on record. Audited, with how it was decided.',
  })
  @ApiOkResponse({ type: PlanResponseDto, description: 'The approved plan.' })
  @ApiProblemCodes('PLAN_NOT_FOUND', 'ILLEGAL_TRANSITION', 'BALLOT_NOT_FOUND', 'BALLOT_NOT_PASSED')
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
  @ApiOperation({
    summary: 'Reject a draft or a proposed plan',
    description:
      'Final: a rejected plan stays on record with its reason, and the year’s inputs are open again for a new ' +
      'draft. Refused for an approved or executed plan (`ILLEGAL_TRANSITION`). Audited.',
  })
  @ApiOkResponse({ type: PlanResponseDto, description: 'The rejected plan.' })
  @ApiProblemCodes('PLAN_NOT_FOUND', 'ILLEGAL_TRANSITION')
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
    summary: 'Execute an approved plan',
    description:
      'The treasurer carries out the assembly’s decision, all in one transaction: each member’s line (interest ' +
      '+ patronage refund) becomes a cash payable or a share-capital allocation, per the member’s choice or the ' +
      'bylaws; the funds are allocated, and the community fund feeds the credit fund when the plan says so. A ' +
      'second execution is `ILLEGAL_TRANSITION` and posts nothing; an execution date before the year’s end or ' +
      'in the future is 400. Audited.',
  })
  @ApiOkResponse({ type: PlanResponseDto, description: 'The executed plan.' })
  @ApiProblemCodes('PLAN_NOT_FOUND', 'ILLEGAL_TRANSITION')
  executeDistributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: PlanExecuteDto,
  ): Promise<PlanResponseDto> {
    return this.execution.execute(ctx, cooperativeId, planId, body);
  }
}
