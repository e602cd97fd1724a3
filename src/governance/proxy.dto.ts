import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsOmittable } from '../common/validation/decimal.validators.js';

/** A proxy scope: exactly one of ballotId (a ballot outside any assembly) and assemblyId. */
class ProxyScopeDto {
  @ApiUuid({ required: false, description: 'A ballot that is not part of an assembly (or give assemblyId).' })
  @IsOmittable()
  @IsUUID()
  ballotId?: string;

  @ApiUuid({
    required: false,
    description: 'An assembly: its attendance and every ballot of it (or give ballotId).',
  })
  @IsOmittable()
  @IsUUID()
  assemblyId?: string;
}

/** The secretary records a proxy form. */
export class ProxyCreateDto extends ProxyScopeDto {
  @ApiUuid({ description: 'The member who gives the proxy.' })
  @IsUUID()
  grantorMemberId: string;

  @ApiUuid({ description: 'The member who will vote for them.' })
  @IsUUID()
  holderMemberId: string;
}

/** A member appoints a proxy holder, named by member id or number. */
export class ProxyAppointDto extends ProxyScopeDto {
  @ApiUuid({ required: false, description: 'The holder by member id (or give holderMemberNumber).' })
  @IsOmittable()
  @IsUUID()
  holderMemberId?: string;

  @ApiInteger({
    required: false,
    minimum: 1,
    maximum: 2147483647,
    description: 'The holder by member number, as on the membership card (or give holderMemberId).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  holderMemberNumber?: number;
}

export const PROXY_STATES = ['active', 'used', 'revoked'] as const;
export type ProxyState = (typeof PROXY_STATES)[number];

export class ProxyListQueryDto extends PageQueryDto {
  @ApiUuid({ required: false, description: 'Only the proxies for this ballot.' })
  @IsOptional()
  @IsUUID()
  ballotId?: string;

  @ApiUuid({ required: false, description: 'Only the proxies for this assembly.' })
  @IsOptional()
  @IsUUID()
  assemblyId?: string;

  @ApiEnum(PROXY_STATES, 'ProxyState', { required: false, description: 'Only the proxies in this state.' })
  @IsOptional()
  @IsIn(PROXY_STATES)
  state?: ProxyState;
}

export class ProxyResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid({ nullable: true, description: 'The ballot it is for (outside any assembly); or null.' })
  ballotId: string | null;

  @ApiUuid({ nullable: true, description: 'The assembly it is for; or null.' })
  assemblyId: string | null;

  @ApiUuid({ description: 'The member who gave it.' })
  grantorMemberId: string;

  @ApiUuid({ description: 'The member who votes for them.' })
  holderMemberId: string;

  @ApiEnum(PROXY_STATES, 'ProxyState', {
    description: 'active (revocable), used (no longer revocable) or revoked.',
  })
  state: ProxyState;

  @ApiDateTime({ nullable: true })
  revokedAt: string | null;

  @ApiDateTime()
  createdAt: string;
}

export class ProxyPageDto extends PageDto(ProxyResponseDto) {}

export class MyProxiesDto {
  @ApiProperty({ type: [ProxyResponseDto], description: 'Proxies I gave, newest first.' })
  given: ProxyResponseDto[];

  @ApiProperty({ type: [ProxyResponseDto], description: 'Proxies I hold, newest first.' })
  held: ProxyResponseDto[];
}
