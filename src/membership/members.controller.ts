import { sendCsv } from '../common/csv/send-csv.js';
import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditPageDto } from '../audit/audit.dto.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import { todayUtc } from '../common/dates.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { REGISTER_READERS, REGISTER_WRITERS } from './member-access.js';
import type { MemberAction } from './member-lifecycle.rules.js';
import {
  MemberCessationDto,
  MemberCreateDto,
  MemberDecisionDto,
  MemberPageDto,
  MemberResponseDto,
  MemberTransitionPageDto,
  MemberUpdateDto,
} from './member.dto.js';
import {
  MemberExportQueryDto,
  MemberListQueryDto,
  MemberRegisterQueryDto,
  RegisterPageDto,
} from './member-register.dto.js';
import { MemberService } from './member.service.js';
import { MemberReadService } from './member-read.service.js';
import { MemberRegisterService } from './member-register.service.js';
import { MemberInvitationCreateDto, MemberInvitationCreatedDto } from './member-invitation.dto.js';
import { MemberInvitationService } from './member-invitation.service.js';

const READ = { roles: REGISTER_READERS, scope: 'members:read' } as const;
/** Reading one record: staff, API keys with members:read, and a member for their own record (others are 404). */
const READ_ONE = { roles: [...REGISTER_READERS, 'member'], scope: 'members:read', self: true } as const;
const WRITE = { roles: REGISTER_WRITERS, scope: 'members:write' } as const;

/**
 * The member register of a cooperative. Static paths are declared before `:memberId`, and the self-service
 * controller (`members/me`) is registered before this one (membership.module.ts), so neither is taken for an id.
 */
@ApiTags('members')
@Controller('v1/cooperatives/:cooperativeId/members')
export class MembersController {
  private readonly logger = new Logger('MembersController');

  constructor(
    private readonly members: MemberService,
    private readonly reads: MemberReadService,
    private readonly register: MemberRegisterService,
    private readonly invitations: MemberInvitationService,
  ) {}

  @Post()
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Record an application for membership (status applicant; the number comes at admission)' })
  @ApiCreatedResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404)
  createMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberCreateDto,
  ): Promise<MemberResponseDto> {
    return this.members.apply(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'List and search the register (keyset pagination)' })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiProblems(400, 404)
  listMembers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberListQueryDto,
  ): Promise<MemberPageDto> {
    return this.register.list(ctx, cooperativeId, query);
  }

  @Get('register')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'The register as of a date: who was a member that day, and whether active or suspended',
    description:
      'A record is a member on day D when admitted with effect on or before D and not ceased with effect on or ' +
      'before D since; active unless a suspension covers D. Same-day transitions apply in recorded order.',
  })
  @ApiOkResponse({ type: RegisterPageDto })
  @ApiProblems(400, 404)
  getRegisterAsOf(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberRegisterQueryDto,
  ): Promise<RegisterPageDto> {
    return this.register.asOf(ctx, cooperativeId, query);
  }

  @Get('export.csv')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Export the register as CSV (RFC 4180, UTF-8), streamed',
    description:
      'Columns: member_number, name, status, admission_date, cessation_date, cessation_reason, shares_held, ' +
      'paid_up_capital (the last two from share capital; empty for a record that never had capital).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  async exportMembers(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const filename = `members-${todayUtc()}.csv`;
    await sendCsv(response, this.register.exportCsv(ctx, cooperativeId, query), filename, this.logger);
  }

  @Get(':memberId')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({ summary: 'Read one member (a member may read only their own record)' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404)
  getMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<MemberResponseDto> {
    return this.reads.get(ctx, cooperativeId, memberId);
  }

  @Patch(':memberId')
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: "Correct a member's identity or contact data (not status or number); audited" })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404)
  updateMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberUpdateDto,
  ): Promise<MemberResponseDto> {
    return this.members.update(ctx, cooperativeId, memberId, body);
  }

  @Get(':memberId/history')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({ summary: "The member's lifecycle transitions, oldest first" })
  @ApiOkResponse({ type: MemberTransitionPageDto })
  @ApiProblems(400, 404)
  listMemberHistory(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: PageQueryDto,
  ): Promise<MemberTransitionPageDto> {
    return this.reads.history(ctx, cooperativeId, memberId, query);
  }

  @Get(':memberId/audit-log')
  @CooperativeAccess({ ...READ_ONE, scope: 'audit:read' })
  @ApiOperation({ summary: 'Every audit entry about the member (changes, transitions, invitations), newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 404)
  listMemberAuditLog(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return this.reads.auditLog(ctx, cooperativeId, memberId, query);
  }

  @Post(':memberId/admit')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Admit an applicant: status active; the first admission assigns the member number' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  admitMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'admit', body);
  }

  @Post(':memberId/reject')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Refuse an application: status rejected (the record is kept)' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  rejectMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'reject', body);
  }

  @Post(':memberId/withdraw-application')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'Record that the applicant withdrew the application: status rejected (kept, never deleted)',
  })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  withdrawMemberApplication(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'withdraw_application', body);
  }

  @Post(':memberId/suspend')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Suspend an active member' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  suspendMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'suspend', body);
  }

  @Post(':memberId/reinstate')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({ summary: 'Reinstate a suspended member' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  reinstateMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'reinstate', body);
  }

  @Post(':memberId/cease')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'End a membership (withdrawn, expelled, deceased, dissolved); the record stays on the register',
    description:
      'An expulsion needs the board decision reference and records the right of appeal to the general assembly.',
  })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  ceaseMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberCessationDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'cease', body);
  }

  @Post(':memberId/rejoin')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @Idempotent()
  @ApiOperation({
    summary: 'A former member or refused applicant applies again: status applicant, on the same record',
    description: 'A later admission keeps the member number of the first one.',
  })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblems(400, 404, 409, 422)
  rejoinMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'rejoin', body);
  }

  @Post(':memberId/invitations')
  @CooperativeAccess(WRITE)
  @ApiOperation({
    summary: 'Invite the member to the API (self-service); the one-time token is shown only in this response',
    description:
      'Not idempotent by key on purpose: a stored replay would keep the token in clear. A retry creates a new ' +
      'invitation and revokes the previous one.',
  })
  @ApiCreatedResponse({ type: MemberInvitationCreatedDto })
  @ApiProblems(400, 404, 409)
  inviteMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberInvitationCreateDto,
  ): Promise<MemberInvitationCreatedDto> {
    return this.invitations.invite(ctx, cooperativeId, memberId, body);
  }

  private act(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    action: MemberAction,
    body: MemberDecisionDto,
  ) {
    return this.members.transition(ctx, cooperativeId, memberId, action, body);
  }
}
