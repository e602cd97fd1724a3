import { Controller, Get } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { NotRateLimited, Public } from '../common/access/access.decorator.js';
import { ApiEnum } from '../common/openapi/api-fields.js';
import { WITHOUT_DATABASE_EXTENSION } from '../common/errors/api-problems.decorator.js';
import { CommonError } from '../common/errors/common.errors.js';

class HealthDto {
  @ApiEnum(['ok'], 'HealthStatus')
  status: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @NotRateLimited()
  @ApiExtension(WITHOUT_DATABASE_EXTENSION, true)
  @ApiOperation({
    summary: 'Liveness: the process answers',
    description:
      'For a container orchestrator’s liveness probe: answers 200 as long as the process runs, without touching ' +
      'the database, so a database outage does not get healthy API processes restarted. Changes nothing.',
  })
  @ApiOkResponse({ type: HealthDto, description: 'The process runs.' })
  getHealth(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @NotRateLimited()
  @ApiOperation({
    summary: 'Readiness: the database answers',
    description:
      'For a load balancer’s readiness probe: 200 when the database answers a query, 503 with `Retry-After` ' +
      'when it does not, so traffic goes elsewhere until it is back. Changes nothing.',
  })
  @ApiOkResponse({ type: HealthDto, description: 'Ready to serve.' })
  async getReadiness(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new CommonError('SERVICE_UNAVAILABLE', 'The database does not answer.');
    }
    return { status: 'ok' };
  }
}
