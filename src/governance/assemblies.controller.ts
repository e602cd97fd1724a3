import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
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
  @ApiOperation({ summary: 'Convene a general assembly (notice, agenda, record date)' })
  @ApiCreatedResponse({ type: AssemblyResponseDto })
  @ApiProblems(400, 404)
  createAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: AssemblyCreateDto,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'List assemblies, latest meeting first' })
  @ApiOkResponse({ type: AssemblyPageDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: 'One assembly, with its meeting quorum once in session' })
  @ApiOkResponse({ type: AssemblyResponseDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: 'Change a planned assembly' })
  @ApiOkResponse({ type: AssemblyResponseDto })
  @ApiProblems(400, 404, 409)
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
  @ApiOperation({ summary: 'Open the session: count the electorate on the record date' })
  @ApiOkResponse({ type: AssemblyResponseDto })
  @ApiProblems(400, 404, 409)
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
  @ApiOperation({ summary: 'Record a member present in person, or represented by a present proxy holder' })
  @ApiCreatedResponse({ type: AttendanceEntryDto })
  @ApiProblems(400, 403, 404, 409)
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
  @ApiOperation({ summary: 'The attendance register, by member number' })
  @ApiOkResponse({ type: AttendancePageDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: 'Close the session with its minutes (final); its ballots must be closed' })
  @ApiOkResponse({ type: AssemblyResponseDto })
  @ApiProblems(400, 404, 409)
  closeAssembly(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('assemblyId', ParseUUIDPipe) assemblyId: string,
    @Body() body: AssemblyCloseDto,
  ): Promise<AssemblyResponseDto> {
    return this.assemblies.close(ctx, cooperativeId, assemblyId, body);
  }
}
