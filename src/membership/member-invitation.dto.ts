import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { ApiDateTime, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { EMAIL_MAX } from './member.dto.js';

export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

export class MemberInvitationCreateDto {
  @ApiPropertyOptional({
    maxLength: EMAIL_MAX,
    description: "The account's email; default: the member's email on the record.",
    example: 'maria.nunez@example.org',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email?: string;

  @ApiInteger({
    required: false,
    minimum: 1,
    maximum: INVITATION_MAX_DAYS,
    default: INVITATION_DEFAULT_DAYS,
    description: 'Days the token stays valid.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INVITATION_MAX_DAYS)
  expiresInDays?: number;
}

export class MemberInvitationCreatedDto {
  @ApiUuid({ description: 'The invitation (also the first part of the token).' })
  id: string;

  @ApiUuid()
  memberId: string;

  @ApiProperty({ description: 'The account’s email, normalised: the member logs in with it.' })
  email: string;

  @ApiDateTime({ description: 'The token is refused from this instant on.' })
  expiresAt: string;

  @ApiProperty({
    description:
      'One-time token for POST .../member-invitations/accept. Shown only in this response (only its hash is ' +
      'kept): send it to the member.',
  })
  token: string;
}

export class MemberInvitationAcceptDto {
  @ApiProperty({ description: 'The token of the invitation.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    description:
      'The password of the new account. When an account with the invitation email already exists, its current ' +
      'password: the account is linked, never changed.',
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;
}

export class MemberAccountDto {
  @ApiUuid()
  cooperativeId: string;

  @ApiUuid()
  memberId: string;

  @ApiUuid({ description: 'The account, now holding the role `member` in this cooperative.' })
  userId: string;

  @ApiProperty({ description: 'Log in with this email at POST /v1/auth/login.' })
  email: string;

  @ApiProperty({ description: 'False when an existing account was linked.' })
  newAccount: boolean;
}
