import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { AuditPageDto, AuditQueryDto } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('v1/cooperatives/:cooperativeId/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @CooperativeAccess({ roles: ['admin', 'secretary', 'board'], scope: 'audit:read' })
  @ApiOperation({ summary: "Read the cooperative's audit log, newest first" })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 404)
  listAuditEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AuditQueryDto,
  ): Promise<AuditPageDto> {
    return this.audit.list(ctx, cooperativeId, query);
  }
}
