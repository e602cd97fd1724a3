import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { ApiDateTime, ApiEnum, ApiUuid } from '../common/openapi/api-fields.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiUuid({ required: false, description: 'The user or API client that made the change.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'bylaws.updated' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'bylaws' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetType?: string;

  @ApiUuid({ required: false, description: 'The id of what changed (a member, a ballot, a loan…).' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiDateTime({ required: false, description: 'Entries at or after this time.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiDateTime({ required: false, description: 'Entries before this time.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditEntryResponseDto {
  @ApiProperty({ example: '42', pattern: '^[0-9]+$', description: 'A sequence number (a 64-bit integer as a string).' })
  id: string;

  @ApiEnum(['user', 'api_client', 'system'], 'ActorType')
  actorType: 'user' | 'api_client' | 'system';

  @ApiUuid({ nullable: true, description: 'The user or API client; null for the system.' })
  actorId: string | null;

  @ApiProperty({ example: 'bylaws.updated' })
  action: string;

  @ApiProperty({ example: 'bylaws' })
  targetType: string;

  @ApiUuid({ nullable: true })
  targetId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  summary: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true, description: 'The X-Request-Id of the request that made the change.' })
  requestId: string | null;

  @ApiDateTime()
  createdAt: string;
}

export class AuditPageDto extends PageDto(AuditEntryResponseDto) {}
