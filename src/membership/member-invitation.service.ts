/**
 * Self-service accounts. A secretary invites a member; the token (`<invitation id>.<secret>`, only the secret's
 * sha256 kept) is returned once, for the secretary to pass on (the API sends no email). Accepting it creates the
 * account with the password given, or links the existing account of that email when the password given is that
 * account's (an existing account is never changed), links it to the member record and grants the role `member`.
 * A wrong password for an existing account answers exactly as a bad token (INVITATION_INVALID): the token's
 * holder never learns whether the email has an account. One pending invitation per member: a new one revokes the
 * old. The token itself is auth's (auth/invitation-token.ts), shared with the user invitations.
 */
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { RolesService } from '../auth/roles.service.js';
import {
  assertUsable,
  invitationExpiry,
  invitationInvalid,
  invitationToken,
  newInvitationSecret,
  parseInvitationToken,
} from '../auth/invitation-token.js';
import { normaliseEmail, UsersService } from '../auth/users.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { Member } from './member.entity.js';
import {
  type MemberAccountDto,
  type MemberInvitationAcceptDto,
  type MemberInvitationCreateDto,
  type MemberInvitationCreatedDto,
} from './member-invitation.dto.js';
import { MemberInvitation } from './member-invitation.entity.js';
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError, memberNotFound } from './membership.errors.js';

@Injectable()
export class MemberInvitationService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly roles: RolesService,
  ) {}

  async invite(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    input: MemberInvitationCreateDto,
  ): Promise<MemberInvitationCreatedDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const member = await manager.findOne(Member, {
        where: { id: memberId, cooperativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw memberNotFound();
      if (member.userId !== null) {
        throw new MembershipError('MEMBER_ALREADY_LINKED', 'This member already has an account.');
      }
      const address = input.email ?? member.email;
      if (!address) {
        throw new CommonError('VALIDATION_FAILED', 'The member has no email on the record: give one.', [
          { field: 'email', message: 'email is required when the member record has none' },
        ]);
      }
      const email = normaliseEmail(address);
      await manager.update(
        MemberInvitation,
        { cooperativeId, memberId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const { secret, secretHash } = newInvitationSecret();
      const invitation = await manager.save(MemberInvitation, {
        cooperativeId,
        memberId,
        email,
        secretHash,
        expiresAt: invitationExpiry(input.expiresInDays),
        createdBy: ctx.principal?.kind === 'user' ? ctx.principal.userId : null,
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
      });
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'member.invited',
        targetType: 'member',
        targetId: memberId,
        summary: { invitationId: invitation.id, email, expiresAt: invitation.expiresAt.toISOString() },
      });
      return {
        id: invitation.id,
        memberId,
        email,
        expiresAt: invitation.expiresAt.toISOString(),
        token: invitationToken(invitation.id, secret),
      };
    });
  }

  async accept(
    ctx: RequestContext,
    cooperativeId: string,
    input: MemberInvitationAcceptDto,
  ): Promise<MemberAccountDto> {
    const { id: invitationId, secret } = parseInvitationToken(input.token);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const invitation = assertUsable(
        await manager.findOne(MemberInvitation, {
          where: { id: invitationId, cooperativeId },
          lock: { mode: 'pessimistic_write' },
        }),
        secret,
      );
      const member = await manager.findOne(Member, {
        where: { id: invitation.memberId, cooperativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw invitationInvalid();
      if (member.userId !== null)
        throw new MembershipError('MEMBER_ALREADY_LINKED', 'This member already has an account.');

      const claimed = await this.users.claimForInvitation(ctx, {
        email: invitation.email,
        password: input.password,
        displayName: member.name,
      });
      if (!claimed) throw invitationInvalid();
      const { user, newAccount } = claimed;
      if (!newAccount && (await manager.findOneBy(Member, { cooperativeId, userId: user.id }))) {
        throw new MembershipError('USER_ALREADY_MEMBER', 'This account is already the member record of someone here.');
      }

      await manager.update(Member, { id: member.id, cooperativeId }, { userId: user.id });
      await manager.update(MemberInvitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedBy: user.id });
      await this.roles.grant(ctx, cooperativeId, user.id, 'member', null);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'member.account_linked',
        targetType: 'member',
        targetId: member.id,
        summary: { invitationId: invitation.id, userId: user.id, email: user.email, newAccount },
      });
      return { cooperativeId, memberId: member.id, userId: user.id, email: user.email, newAccount };
    });
  }
}
