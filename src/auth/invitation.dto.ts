/** The invitations' DTOs: the user invitations' own, and the fields the member invitations share with them. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ROLES, type Role } from '../common/access/role.js';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS } from './invitation-token.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

/** `expiresInDays`: how long a new invitation's token stays valid. */
export const InvitationDaysField = () =>
  applyDecorators(
    ApiInteger({
      required: false,
      minimum: 1,
      maximum: INVITATION_MAX_DAYS,
      default: INVITATION_DEFAULT_DAYS,
      description: 'Days the token stays valid.',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(INVITATION_MAX_DAYS),
  );

/** Accepting an invitation: its token, and a password (a new account's, or the existing account's own). */
export class InvitationAcceptDto {
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

/** An invitation as its cooperative's admins see it: never its token, never anything of an existing account. */
export class UserInvitationResponseDto {
  @ApiUuid({ description: 'The invitation (also the first part of the token).' })
  id: string;

  @ApiProperty({ description: 'The invited email, normalised: the person logs in with it.' })
  email: string;

  @ApiEnum(ROLES, 'Role', { isArray: true, description: 'Granted here when the invitation is accepted.' })
  roles: Role[];

  @ApiEnum(['pending', 'accepted', 'revoked', 'expired'], 'UserInvitationStatus')
  status: 'pending' | 'accepted' | 'revoked' | 'expired';

  @ApiDateTime({ description: 'The token is refused from this instant on.' })
  expiresAt: string;
}

export class UserInvitationCreatedDto extends UserInvitationResponseDto {
  @ApiProperty({
    description:
      'One-time token for POST .../user-invitations/accept. Shown only in this response (only its hash is kept): ' +
      'send it to the person invited.',
  })
  token: string;
}

/** The account that accepted an invitation, and its roles in the cooperative now. */
export class UserInvitationAcceptedDto {
  @ApiUuid()
  cooperativeId: string;

  @ApiUuid()
  userId: string;

  @ApiProperty({ description: 'Log in with this email at POST /v1/auth/login.' })
  email: string;

  @ApiEnum(ROLES, 'Role', { isArray: true, description: 'All the roles the account holds here now.' })
  roles: Role[];

  @ApiProperty({ description: 'False when an existing account was linked.' })
  newAccount: boolean;
}
