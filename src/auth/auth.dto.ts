import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { InvitationDaysField } from './invitation.dto.js';
import { ROLES, type Role, SCOPES, type Scope } from '../common/access/role.js';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';

export class LoginDto {
  @ApiProperty({ example: 'admin@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh.' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiEnum(['Bearer'], 'TokenType')
  tokenType: 'Bearer';

  @ApiInteger({ minimum: 1, description: 'Seconds until the access token expires.', example: 900 })
  expiresIn: number;

  @ApiProperty({ description: 'Single use: each refresh returns a new one. Reusing an old one revokes the session.' })
  refreshToken: string;
}

export class CooperativeRolesDto {
  @ApiUuid()
  id: string;

  @ApiProperty()
  name: string;

  @ApiEnum(ROLES, 'Role', { isArray: true })
  roles: Role[];
}

export class MeDto {
  @ApiEnum(['user', 'api_client'], 'PrincipalKind')
  kind: 'user' | 'api_client';

  @ApiUuid()
  id: string;

  @ApiPropertyOptional({ description: 'Users only.' })
  email?: string;

  @ApiProperty()
  isSuperadmin: boolean;

  @ApiProperty({ type: [CooperativeRolesDto], description: 'Cooperatives where the caller holds a role.' })
  cooperatives: CooperativeRolesDto[];

  @ApiEnum(SCOPES, 'Scope', { isArray: true, required: false, description: 'API clients only.' })
  scopes?: Scope[];
}

export class UserCreateDto {
  @ApiProperty({ example: 'secretary@example.org', description: 'The email of the person invited.' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({
    example: 'Ana Pérez',
    description: 'The name of a new account (an existing one keeps its own).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;

  @ApiEnum(ROLES, 'Role', {
    isArray: true,
    example: ['secretary'],
    description: 'Granted when the invitation is accepted.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @InvitationDaysField()
  expiresInDays?: number;
}

export class UserRoleParamsDto {
  @ApiUuid()
  @IsUUID()
  cooperativeId: string;

  @ApiUuid()
  @IsUUID()
  userId: string;

  @ApiEnum(ROLES, 'Role')
  @IsIn(ROLES)
  role: Role;
}

export class UserRolesDto {
  @ApiUuid()
  userId: string;

  @ApiProperty()
  email: string;

  @ApiEnum(ROLES, 'Role', { isArray: true })
  roles: Role[];
}

export class ApiClientCreateDto {
  @ApiProperty({ example: 'Accounting sync' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiEnum(SCOPES, 'Scope', { isArray: true, example: ['members:read'] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SCOPES.length)
  @IsIn(SCOPES, { each: true })
  scopes: Scope[];
}

export class ApiClientResponseDto {
  @ApiUuid()
  id: string;

  @ApiProperty()
  name: string;

  @ApiEnum(SCOPES, 'Scope', { isArray: true })
  scopes: Scope[];

  @ApiDateTime()
  createdAt: string;

  @ApiDateTime({ nullable: true })
  revokedAt: string | null;

  @ApiDateTime({ nullable: true, description: 'Written at most once a minute.' })
  lastUsedAt: string | null;
}

export class ApiClientCreatedDto extends ApiClientResponseDto {
  @ApiProperty({ description: 'Send as `X-API-Key`. Shown only in this response: store it now.' })
  key: string;
}
