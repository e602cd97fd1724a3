import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import {
  AssemblyCloseDto,
  AssemblyCreateDto,
  AssemblyPageDto,
  AssemblyResponseDto,
  AssemblyUpdateDto,
  AttendanceEntryDto,
  AttendancePageDto,
  AttendanceRecordDto,
} from './assembly.dto.js';
import { AssemblyAttendanceService } from './assembly-attendance.service.js';
import { AssemblyService } from './assembly.service.js';
import { MANAGE, READ, READ_PUBLIC } from './governance.access.js';
import { GovernanceProblems as Problems } from './governance.errors.js';

/** A misspelt or foreign code fails the build. */

/** General assemblies: the secretary convenes and runs them; members read notice, agenda, quorum and minutes. */
@ApiTags('assemblies')
@Controller('v1/cooperatives/:cooperativeId/assemblies')
export class AssembliesController {
  constructor(
    private readonly assemblies: AssemblyService,
    private readonly attendance: AssemblyAttendanceService,
  ) {}

  @Post()
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Convene a general assembly',
    description:
      'The secretary convenes an annual or extraordinary general assembly with its notice, agenda (numbered in ' +
      'the order given), place and record date: the members eligible on the record date may attend and vote. It ' +
      'starts `planned`, editable until it opens. Audited. A record date after the meeting date is refused.',
  })
  @Created(
    AssemblyResponseDto,
    '/v1/cooperatives/{cooperativeId}/assemblies/{id}',
    'The assembly, planned, at version 1.',
  )
  createAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: AssemblyCreateDto,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({
    summary: 'List assemblies',
    description:
      'Every general assembly of the cooperative, the latest meeting first, a keyset page at a time: the ' +
      'secretary, the board and admins, and any member from their phone (notice, agenda, quorum, minutes).',
  })
  @ApiOkResponse({ type: AssemblyPageDto, description: 'A page of assemblies; `nextCursor` is null on the last.' })
  @Problems('INVALID_CURSOR')
  listAssemblies(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<AssemblyPageDto> {
    return this.assemblies.list(ctx, cooperativeId, query);
  }

  @Get(':assemblyId')
  @CooperativeAccess(READ_PUBLIC)
  @Versioned()
  @ApiOperation({
    summary: 'Read an assembly',
    description:
      'One general assembly: notice, agenda, record date and status; from opening on, the meeting quorum (the ' +
      'electorate counted at opening, members present and represented); once closed, the minutes. Its ETag is ' +
      'its version: send it back as If-Match to edit it safely.',
  })
  @ApiOkResponse({ type: AssemblyResponseDto, description: 'The assembly, with its current version.' })
  @Problems('ASSEMBLY_NOT_FOUND')
  getAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.get(ctx, cooperativeId, assemblyId);
  }

  @Patch(':assemblyId')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @Versioned()
  @ApiOperation({
    summary: 'Edit a planned assembly',
    description:
      'The secretary changes the title, date, place, notice, agenda (renumbered) or record date of an assembly ' +
      'that is still planned; the fields left out stay as they are. Audited; the version goes up by one. Refused ' +
      'once the assembly has opened (the members were convened on it), and the record date is fixed once a ' +
      'ballot of the assembly is drafted on it. With If-Match, a version someone else changed meanwhile is a 412.',
  })
  @ApiOkResponse({ type: AssemblyResponseDto, description: 'The assembly as changed, with its new version.' })
  @Problems('ASSEMBLY_NOT_FOUND', 'ILLEGAL_TRANSITION', 'CONFLICT')
  updateAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
    @Body() body: AssemblyUpdateDto,
    @IfMatch() expected: number | undefined,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.update(ctx, cooperativeId, assemblyId, body, expected);
  }

  @Post(':assemblyId/open')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Open the session',
    description:
      'The secretary opens the meeting: the members eligible on the record date (active then, meeting the ' +
      "bylaws' voting conditions) are counted once, the base of the meeting quorum, and the attendance register " +
      'opens. Audited. Refused unless the assembly is planned, and before its record date has come.',
  })
  @ApiOkResponse({ type: AssemblyResponseDto, description: 'The assembly in session, with its meeting quorum.' })
  @Problems('ASSEMBLY_NOT_FOUND', 'ILLEGAL_TRANSITION', 'RECORD_DATE_NOT_REACHED')
  openAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.open(ctx, cooperativeId, assemblyId);
  }

  @Post(':assemblyId/attendance')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a member on the attendance register',
    description:
      'The secretary records a member present in person, or represented by proxy: their live proxy for this ' +
      'assembly, whose holder is already present in person (the proxy is used from then on and can no longer be ' +
      'revoked). Audited. Refused unless the assembly is in session, the member was eligible on the record date ' +
      'and is not on the register yet. An entry has no URL of its own: Location names the register, where it is ' +
      'listed by member number.',
  })
  @Created(
    AttendanceEntryDto,
    '/v1/cooperatives/{cooperativeId}/assemblies/{assemblyId}/attendance',
    'The entry as recorded on the register.',
  )
  @Problems(
    'ASSEMBLY_NOT_FOUND',
    'ASSEMBLY_NOT_IN_SESSION',
    'MEMBER_NOT_FOUND',
    'NOT_IN_ELECTORATE',
    'PROXY_NOT_FOUND',
    'NOT_ATTENDING',
    'ALREADY_ATTENDING',
  )
  recordAttendance(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
    @Body() body: AttendanceRecordDto,
  ): Promise<AttendanceEntryDto> {
    return this.attendance.record(ctx, cooperativeId, assemblyId, body);
  }

  @Get(':assemblyId/attendance')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List the attendance register',
    description:
      'Who attended, by member number, a keyset page at a time: in person, or represented by proxy (with the ' +
      'proxy and its holder). For the secretary, the board and admins.',
  })
  @ApiOkResponse({ type: AttendancePageDto, description: 'A page of the register; `nextCursor` is null on the last.' })
  @Problems('ASSEMBLY_NOT_FOUND', 'INVALID_CURSOR')
  listAttendance(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
    @Query() query: PageQueryDto,
  ): Promise<AttendancePageDto> {
    return this.attendance.list(ctx, cooperativeId, assemblyId, query);
  }

  @Post(':assemblyId/close')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Close the session with its minutes',
    description:
      'The secretary closes the meeting and records its minutes; from then on the assembly never changes (the ' +
      'database refuses it). Audited. Refused unless the assembly is in session, and while any ballot of it is ' +
      'still a draft or open.',
  })
  @ApiOkResponse({ type: AssemblyResponseDto, description: 'The closed assembly, with its minutes.' })
  @Problems('ASSEMBLY_NOT_FOUND', 'ILLEGAL_TRANSITION', 'BALLOT_STILL_RUNNING')
  closeAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
    @Body() body: AssemblyCloseDto,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.close(ctx, cooperativeId, assemblyId, body);
  }
}
