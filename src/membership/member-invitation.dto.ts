import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { InvitationAcceptDto, InvitationDaysField } from '../auth/invitation.dto.js';
import { ApiDateTime, ApiUuid } from '../common/openapi/api-fields.js';
import { EMAIL_MAX } from './member.dto.js';

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

  @InvitationDaysField()
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

export class MemberInvitationAcceptDto extends InvitationAcceptDto {}

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
