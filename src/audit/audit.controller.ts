import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { AuditPageDto, AuditQueryDto } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('v1/cooperatives/:cooperativeId/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @CooperativeAccess({ roles: ['admin', 'secretary', 'board'], scope: 'audit:read' })
  @ApiOperation({
    summary: "Read the cooperative's audit log, newest first",
    description:
      'Every change to the register, the capital, the decisions, the fund and the access rights, with who made ' +
      'it (user, API key or the system), when, the request id, and what changed. For the board, the secretary, ' +
      'an external auditor’s key with `audit:read`. Filter by actor, action, target and time. Entries are never ' +
      'changed or deleted. Changes nothing.',
  })
  @ApiOkResponse({ type: AuditPageDto, description: 'A page of entries, newest first.' })
  listAuditEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AuditQueryDto,
  ): Promise<AuditPageDto> {
    return this.audit.list(ctx, cooperativeId, query);
  }
}
