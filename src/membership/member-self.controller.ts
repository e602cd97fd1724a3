import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditPageDto } from '../audit/audit.dto.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { MemberContactUpdateDto, MemberResponseDto, MemberTransitionPageDto } from './member.dto.js';
import { MemberService } from './member.service.js';
import { MemberReadService } from './member-read.service.js';

const SELF = { roles: ['member'], self: true } as const;

/** Self-service: a member's own record. Users only (no API key scope opens these routes). */
@ApiTags('members')
@Controller('v1/cooperatives/:cooperativeId/members/me')
export class MemberSelfController {
  constructor(
    private readonly members: MemberService,
    private readonly reads: MemberReadService,
  ) {}

  @Get()
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My member record' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404)
  getOwnMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<MemberResponseDto> {
    return this.reads.getOwn(ctx, cooperativeId);
  }

  @Patch()
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({ summary: 'Change my contact data (email, phone, address); audited' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404)
  updateOwnContact(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberContactUpdateDto,
  ): Promise<MemberResponseDto> {
    return this.members.updateOwnContact(ctx, cooperativeId, body);
  }

  @Get('history')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My lifecycle transitions, oldest first' })
  @ApiOkResponse({ type: MemberTransitionPageDto })
  @ApiProblems(400, 404)
  listOwnHistory(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<MemberTransitionPageDto> {
    return this.reads.ownHistory(ctx, cooperativeId, query);
  }

  @Get('audit-log')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'Every audit entry about me, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 404)
  listOwnAuditLog(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return this.reads.ownAuditLog(ctx, cooperativeId, query);
  }
}
