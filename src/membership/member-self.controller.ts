import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditPageDto } from '../audit/audit.dto.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { MemberContactUpdateDto, MemberResponseDto, MemberTransitionPageDto } from './member.dto.js';
import { MemberService } from './member.service.js';
import { MemberReadService } from './member-read.service.js';
import type { MembershipProblemCode } from './membership.errors.js';

const SELF = { roles: ['member'], self: true } as const;
/** MEMBER_NOT_FOUND here: the caller's account is linked to no member record of this cooperative. */
const Problems = (...codes: MembershipProblemCode[]) => ApiProblemCodes('MEMBER_NOT_FOUND', ...codes);

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
  @Versioned()
  @ApiOperation({
    summary: 'Read my member record',
    description:
      'A member, from their phone or the web, reads their own record in this cooperative: number, status, dates ' +
      'and contact data. An account linked to no record here is answered 404. The `ETag` is the record’s ' +
      '`version`: send it back as `If-Match` when changing the contact data.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: 'The caller’s own member record.' })
  @Problems()
  getOwnMember(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<MemberResponseDto> {
    return this.reads.getOwn(ctx, cooperativeId);
  }

  @Patch()
  @CooperativeAccess(SELF)
  @Idempotent()
  @Versioned()
  @ApiOperation({
    summary: 'Change my contact data',
    description:
      'A member changes their own email, phone or address; everything else on the record is the secretary’s. A ' +
      'field left out stays as it is; null clears it. With `If-Match`, a record changed since it was read (say, by ' +
      'the secretary) is refused and nothing is written. Audited (`member.updated`, by the member, values before ' +
      'and after); a request that changes nothing records nothing and keeps the version.',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: 'The record as changed, with its new `version` (the ETag).' })
  @Problems()
  updateOwnContact(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: MemberContactUpdateDto,
    @IfMatch() expected: number | undefined,
  ): Promise<MemberResponseDto> {
    return this.members.updateOwnContact(ctx, cooperativeId, body, expected);
  }

  @Get('history')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List my transitions',
    description:
      'A member reads the legal history of their own record, oldest first: application, admission, suspensions, ' +
      'cessation, each with its effective date and decision reference. Reads only.',
  })
  @ApiOkResponse({ type: MemberTransitionPageDto, description: 'A page of the caller’s transitions, oldest first.' })
  @Problems('INVALID_CURSOR')
  listOwnHistory(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<MemberTransitionPageDto> {
    return this.reads.ownHistory(ctx, cooperativeId, query);
  }

  @Get('audit-log')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List the audit entries about me',
    description:
      'A member reads every audit entry about their own record, newest first: who changed what and when, ' +
      'including the secretary’s corrections and transitions. Reads only.',
  })
  @ApiOkResponse({
    type: AuditPageDto,
    description: 'A page of audit entries about the caller’s record, newest first.',
  })
  @Problems('INVALID_CURSOR')
  listOwnAuditLog(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return this.reads.ownAuditLog(ctx, cooperativeId, query);
  }
}
