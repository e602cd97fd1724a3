/**
 * An admin gives a person roles in a cooperative by inviting their email: the token (`<invitation id>.<secret>`,
 * only the secret's sha256 kept) is returned once, for the admin to pass on (the API sends no email). Inviting never
 * looks the email up, so its answer is the same whether or not the email has an account. Accepting creates the
 * account with the password given, or links the existing account whose own password is given (consent: an account
 * is never attached to a cooperative by someone else), and grants the invited roles. A wrong password answers
 * exactly as a bad token. One pending invitation per email and cooperative: a new one revokes the old.
 */
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Role } from '../common/access/role.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CommonError } from '../common/errors/common.errors.js';
import { TransactionHelper } from '../database/transaction.js';
import { userIdOrNull } from './caller.js';
import type {
  UserInvitationAcceptedDto,
  UserInvitationCreatedDto,
  UserInvitationResponseDto,
} from './invitation.dto.js';
import {
  assertUsable,
  invitationExpiry,
  invitationInvalid,
  invitationToken,
  newInvitationSecret,
  parseInvitationToken,
} from './invitation-token.js';
import { RolesService } from './roles.service.js';
import { UserInvitation } from './user-invitation.entity.js';
import { normaliseEmail, UsersService } from './users.service.js';

export interface UserInvitationInput {
  email: string;
  displayName?: string;
  roles: Role[];
  expiresInDays?: number;
}

const mapInvitation = (invitation: UserInvitation, now = new Date()): UserInvitationResponseDto => ({
  id: invitation.id,
  email: invitation.email,
  roles: invitation.roles,
  status: invitation.acceptedAt
    ? 'accepted'
    : invitation.revokedAt
      ? 'revoked'
      : invitation.expiresAt <= now
        ? 'expired'
        : 'pending',
  expiresAt: invitation.expiresAt.toISOString(),
});

@Injectable()
export class UserInvitationsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly roles: RolesService,
  ) {}

  async invite(
    ctx: RequestContext,
    cooperativeId: string,
    input: UserInvitationInput,
  ): Promise<UserInvitationCreatedDto> {
    const email = normaliseEmail(input.email);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      await manager.update(
        UserInvitation,
        { cooperativeId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const { secret, secretHash } = newInvitationSecret();
      const invitation = await manager.save(UserInvitation, {
        cooperativeId,
        email,
        displayName: input.displayName ?? null,
        roles: input.roles,
        secretHash,
        expiresAt: invitationExpiry(input.expiresInDays),
        createdBy: userIdOrNull(ctx),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
      });
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'user.invited',
        targetType: 'user_invitation',
        targetId: invitation.id,
        summary: { email, roles: input.roles, expiresAt: invitation.expiresAt.toISOString() },
      });
      return { ...mapInvitation(invitation), token: invitationToken(invitation.id, secret) };
    });
  }

  async get(ctx: RequestContext, cooperativeId: string, invitationId: string): Promise<UserInvitationResponseDto> {
    const invitation = await this.tx.managerOf(ctx).findOneBy(UserInvitation, { cooperativeId, id: invitationId });
    if (!invitation) throw new CommonError('NOT_FOUND', 'No such invitation in this cooperative.');
    return mapInvitation(invitation);
  }

  async accept(
    ctx: RequestContext,
    cooperativeId: string,
    input: { token: string; password: string },
  ): Promise<UserInvitationAcceptedDto> {
    const { id, secret } = parseInvitationToken(input.token);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const invitation = assertUsable(
        await manager.findOne(UserInvitation, { where: { id, cooperativeId }, lock: { mode: 'pessimistic_write' } }),
        secret,
      );
      const claimed = await this.users.claimForInvitation(ctx, {
        email: invitation.email,
        password: input.password,
        displayName: invitation.displayName,
      });
      if (!claimed) throw invitationInvalid();
      const { user, newAccount } = claimed;
      await manager.update(UserInvitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedBy: user.id });
      for (const role of invitation.roles)
        await this.roles.grant(ctx, cooperativeId, user.id, role, invitation.createdBy);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'user.invitation_accepted',
        targetType: 'user_invitation',
        targetId: invitation.id,
        summary: { userId: user.id, email: user.email, roles: invitation.roles, newAccount },
      });
      const roles = await this.roles.rolesOf(ctx, user.id, cooperativeId);
      return { cooperativeId, userId: user.id, email: user.email, roles, newAccount };
    });
  }
}
