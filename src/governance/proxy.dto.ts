import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsOmittable } from '../common/validation/decimal.validators.js';

/** A proxy scope: exactly one of ballotId (a ballot outside any assembly) and assemblyId. */
class ProxyScopeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A ballot that is not part of an assembly.' })
  @IsOmittable()
  @IsUUID()
  ballotId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An assembly: every ballot of it, and its attendance.' })
  @IsOmittable()
  @IsUUID()
  assemblyId?: string;
}

/** The secretary records a proxy form. */
export class ProxyCreateDto extends ProxyScopeDto {
  @ApiProperty({ format: 'uuid', description: 'The member who gives the proxy.' })
  @IsUUID()
  grantorMemberId: string;

  @ApiProperty({ format: 'uuid', description: 'The member who will vote for them.' })
  @IsUUID()
  holderMemberId: string;
}

/** A member appoints a proxy holder, named by member id or number. */
export class ProxyAppointDto extends ProxyScopeDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  holderMemberId?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The holder by member number (as on the membership card).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  holderMemberNumber?: number;
}

export const PROXY_STATES = ['active', 'used', 'revoked'] as const;
export type ProxyState = (typeof PROXY_STATES)[number];

export class ProxyListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ballotId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assemblyId?: string;

  @ApiPropertyOptional({ enum: PROXY_STATES })
  @IsOptional()
  @IsIn(PROXY_STATES)
  state?: ProxyState;
}

export class ProxyResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ballotId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assemblyId: string | null;

  @ApiProperty({ format: 'uuid' })
  grantorMemberId: string;

  @ApiProperty({ format: 'uuid' })
  holderMemberId: string;

  @ApiProperty({ enum: PROXY_STATES, description: 'active (revocable), used (no longer revocable) or revoked.' })
  state: ProxyState;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ProxyPageDto extends PageDto(ProxyResponseDto) {}

export class MyProxiesDto {
  @ApiProperty({ type: [ProxyResponseDto], description: 'Proxies I gave, newest first.' })
  given: ProxyResponseDto[];

  @ApiProperty({ type: [ProxyResponseDto], description: 'Proxies I hold, newest first.' })
  held: ProxyResponseDto[];
}
