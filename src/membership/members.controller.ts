import { sendCsv } from '../common/csv/send-csv.js';
import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditPageDto } from '../audit/audit.dto.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import { todayUtc } from '../common/dates.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
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
import type { MembershipProblemCode } from './membership.errors.js';
import { ADMISSION_REFUSALS } from './membership.ports.js';

const READ = { roles: REGISTER_READERS, scope: 'members:read' } as const;
/** Reading one record: staff, API keys with members:read, and a member for their own record (others are 404). */
const READ_ONE = { roles: [...REGISTER_READERS, 'member'], scope: 'members:read', self: true } as const;
const WRITE = { roles: REGISTER_WRITERS, scope: 'members:write' } as const;
const Problems = (...codes: MembershipProblemCode[]) => ApiProblemCodes(...codes);
/**
 * Every transition: the record must exist, the action be legal from its status (ILLEGAL_TRANSITION) and the date not
 * precede the previous transition's. (EFFECTIVE_DATE_REQUIRED and INVALID_DATE of the rules cannot reach a client:
 * the body's validation refuses a missing or malformed date first, as VALIDATION_FAILED.)
 */
const TransitionProblems = (...codes: MembershipProblemCode[]) =>
  Problems('MEMBER_NOT_FOUND', 'ILLEGAL_TRANSITION', 'EFFECTIVE_DATE_OUT_OF_ORDER', ...codes);
const MEMBER_PATH = '/v1/cooperatives/{cooperativeId}/members/{id}';
const TRANSITIONED = 'The record after the transition: its new status, `statusSince` and `allowedActions`.';

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
  @ApiOperation({
    summary: 'Record an application for membership',
    description:
      'The secretary (or a registry sync with an API key) records a person or a legal entity that applies to join: ' +
      'a new record in status `applicant`, with no member number yet (the first admission draws it). Gender and ' +
      'date of birth describe people: a legal entity with either is refused. Audited (`member.applied`).',
  })
  @Created(MemberResponseDto, MEMBER_PATH, 'The new record, in status `applicant`; `Location` is where it is read.')
  createMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberCreateDto,
  ): Promise<MemberResponseDto> {
    return this.members.apply(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List and search the register',
    description:
      'Staff and integrations page through the register, filtered by status, kind, community and latest ' +
      'admission date, or searched by part of the name (case and accents ignored) or an exact member number. ' +
      'Pages are keyset pages: pass `nextCursor` back as `cursor`, with the same filters and order; a cursor from ' +
      'another list is refused. Reads only.',
  })
  @ApiOkResponse({
    type: MemberPageDto,
    description: 'A page of records in the order asked; `nextCursor` is null on the last page.',
  })
  @Problems('INVALID_CURSOR')
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
    summary: 'Read the register as of a date',
    description:
      'Who was a member on day D, and whether active or suspended: for a record date, an audit or a report. A ' +
      'record is a member on D when admitted with effect on or before D and not ceased with effect on or before D ' +
      'since; active unless a suspension covers D. Same-day transitions apply in recorded order. Reads only.',
  })
  @ApiOkResponse({
    type: RegisterPageDto,
    description: 'A page of the members on that day, by member number, each with their status then.',
  })
  @Problems('INVALID_CURSOR')
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
    summary: 'Export the register as CSV',
    description:
      'The whole register (or the statuses asked) as one CSV file (RFC 4180, UTF-8), streamed from one consistent ' +
      'snapshot whatever its size, in member-number order, then the records never admitted by application date. ' +
      'Columns: member_number, name, status, admission_date, cessation_date, cessation_reason, shares_held, ' +
      'paid_up_capital (the last two from share capital; empty for a record that never had capital). Reads only.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file, `members-<today>.csv`, with a header line.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
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
  @Versioned()
  @ApiOperation({
    summary: 'Read a member record',
    description:
      'Staff and integrations read any record of the register; a member reads their own, and any other id is ' +
      'answered as a record that does not exist. The `ETag` is the record’s `version`: send it back as `If-Match` ' +
      'when correcting the record.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: 'The record, with the transitions its status allows.' })
  @Problems('MEMBER_NOT_FOUND')
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
  @Versioned()
  @ApiOperation({
    summary: 'Correct a member’s identity or contact data',
    description:
      'The secretary corrects the name, gender, date of birth, community, occupation or contact data of a record. ' +
      'A field left out stays as it is; null clears an optional one. Status and number change only by transitions, ' +
      'the kind never; gender and date of birth are refused on a legal entity. With `If-Match`, a record changed ' +
      'since it was read is refused and nothing is written. Audited (`member.updated`, values before and after); ' +
      'a request that changes nothing records nothing and keeps the version.',
  })
  @ApiOkResponse({
    type: MemberResponseDto,
    description: 'The record as corrected, with its new `version` (the ETag).',
  })
  @Problems('MEMBER_NOT_FOUND')
  updateMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberUpdateDto,
    @IfMatch() expected: number | undefined,
  ): Promise<MemberResponseDto> {
    return this.members.update(ctx, cooperativeId, memberId, body, expected);
  }

  @Get(':memberId/history')
  @CooperativeAccess(READ_ONE)
  @ApiOperation({
    summary: 'List a member’s transitions',
    description:
      'The legal history of one record, oldest first: each admission, refusal, suspension, reinstatement, ' +
      'cessation and rejoining with its effective date, decision reference, reason and who recorded it. A member ' +
      'reads their own only. Reads only.',
  })
  @ApiOkResponse({ type: MemberTransitionPageDto, description: 'A page of the record’s transitions, oldest first.' })
  @Problems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'List the audit entries about a member',
    description:
      'Every audit entry about one record, newest first: the application, each correction (before and after), ' +
      'each transition, invitations and the account link. Staff and integrations with `audit:read` read any ' +
      'record’s; a member reads their own only. Reads only.',
  })
  @ApiOkResponse({ type: AuditPageDto, description: 'A page of audit entries about the record, newest first.' })
  @Problems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'Admit an applicant',
    description:
      'The secretary records the admission decided by the board: the applicant becomes `active` on the effective ' +
      'date. The first admission draws the next member number of the cooperative (sequential, never reused); a ' +
      'former member who rejoined keeps their old number. Refused unless the bylaws’ minimum shares are subscribed ' +
      'by that date (and paid up, if the bylaws say so). Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems(...ADMISSION_REFUSALS)
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
  @ApiOperation({
    summary: 'Refuse an application',
    description:
      'The secretary records that the cooperative refused an applicant: status `rejected`, rejection reason ' +
      '`rejected`. The record is kept, and the person may apply again later (rejoin). Only an applicant can be ' +
      'refused. Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems()
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
    summary: 'Record that an applicant withdrew the application',
    description:
      'The secretary records that the applicant gave up before a decision: status `rejected`, rejection reason ' +
      '`withdrawn`. The record is kept, never deleted. Only an applicant can withdraw. Audited, with a transition ' +
      'in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems()
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
  @ApiOperation({
    summary: 'Suspend an active member',
    description:
      'The secretary records a suspension decided under the bylaws: the member stays on the register, `suspended` ' +
      'from the effective date, and a ballot whose record date falls in the suspension does not count them. Only ' +
      'an active member can be suspended. Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems()
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
  @ApiOperation({
    summary: 'Reinstate a suspended member',
    description:
      'The secretary ends a suspension: the member is `active` again from the effective date. Only a suspended ' +
      'member can be reinstated. Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems()
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
    summary: 'End a membership',
    description:
      'The secretary records that an active or suspended member ceased on the effective date: withdrawn, expelled, ' +
      'deceased (natural persons only) or dissolved (legal entities only). The record stays on the register for ' +
      'ever. An expulsion needs the board decision reference and records the right of appeal to the general ' +
      'assembly; a withdrawal opens the redemption of the member’s shares. Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems('INVALID_CESSATION_REASON', 'DECISION_REFERENCE_REQUIRED')
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
    summary: 'Record a new application by a former member or refused applicant',
    description:
      'The secretary records that someone who ceased or was refused applies again: the same record goes back to ' +
      '`applicant` and waits for a new admission decision (never straight back to `active`). A later admission ' +
      'keeps the member number of the first one. Audited, with a transition in the history.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: TRANSITIONED })
  @TransitionProblems()
  rejoinMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MemberDecisionDto,
  ): Promise<MemberResponseDto> {
    return this.act(ctx, cooperativeId, memberId, 'rejoin', body);
  }

  /**
   * 200, not 201: what the caller gets is a one-time token, and no GET reads an invitation back (its outcome shows
   * as the record's `hasAccount` and in its audit log), so there is no resource to name in a Location.
   */
  @Post(':memberId/invitations')
  @HttpCode(200)
  @CooperativeAccess(WRITE)
  @ApiOperation({
    summary: 'Invite a member to self-service',
    description:
      'The secretary issues a one-time token for the member to create their account (or link an existing one) at ' +
      '`POST .../member-invitations/accept`; the API sends no email, the secretary passes it on. The token is ' +
      'shown only in this answer (only its hash is kept). A member who already has an account is refused; a new ' +
      'invitation revokes the pending one. Not idempotent by key on purpose (a stored replay would keep the token ' +
      'in clear): a retry issues a new token. Audited (`member.invited`).',
  })
  @ApiOkResponse({
    type: MemberInvitationCreatedDto,
    description: 'The invitation with its token: pass the token to the member before `expiresAt`.',
  })
  @Problems('MEMBER_NOT_FOUND', 'MEMBER_ALREADY_LINKED')
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
