/**
 * Self-service accounts. A secretary invites a member; the token (`<invitation id>.<secret>`, only the secret's
 * sha256 kept) is returned once, for the secretary to pass on (the API sends no email). Accepting it creates the
 * account with the password given, or links the existing account of that email when the password given is that
 * account's (an existing account is never changed), links it to the member record and grants the role `member`.
 * One pending invitation per member: a new one revokes the old.
 */
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { verifyPassword } from '../auth/password.js';
import { RolesService } from '../auth/roles.service.js';
import { randomToken, sameHash, sha256 } from '../auth/secrets.js';
import { normaliseEmail, UsersService } from '../auth/users.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { UUID } from '../common/dates.js';
import { TransactionHelper } from '../database/transaction.js';
import { Member } from './member.entity.js';
import {
  INVITATION_DEFAULT_DAYS,
  type MemberAccountDto,
  type MemberInvitationAcceptDto,
  type MemberInvitationCreateDto,
  type MemberInvitationCreatedDto,
} from './member-invitation.dto.js';
import { MemberInvitation } from './member-invitation.entity.js';
import { AuthError } from '../auth/auth.errors.js';
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError, memberNotFound } from './membership.errors.js';

/** `<invitation id>.<secret>`; the id in lower case only, as the token was issued (no `i` flag on purpose). */
const TOKEN = new RegExp(`^(${UUID.source.slice(1, -1)})\\.([A-Za-z0-9_-]{43})$`);

const invalid = () => new MembershipError('INVITATION_INVALID', 'The invitation is invalid, expired, revoked or used.');

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
      const secret = randomToken(32);
      const invitation = await manager.save(MemberInvitation, {
        cooperativeId,
        memberId,
        email,
        secretHash: sha256(secret),
        expiresAt: new Date(Date.now() + (input.expiresInDays ?? INVITATION_DEFAULT_DAYS) * 86_400_000),
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
        token: `${invitation.id}.${secret}`,
      };
    });
  }

  async accept(
    ctx: RequestContext,
    cooperativeId: string,
    input: MemberInvitationAcceptDto,
  ): Promise<MemberAccountDto> {
    const match = TOKEN.exec(input.token);
    if (!match) throw invalid();
    const [, invitationId, secret] = match as unknown as [string, string, string];
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const invitation = await manager.findOne(MemberInvitation, {
        where: { id: invitationId, cooperativeId },
        lock: { mode: 'pessimistic_write' },
      });
      const usable =
        invitation !== null &&
        sameHash(invitation.secretHash, sha256(secret)) &&
        invitation.acceptedAt === null &&
        invitation.revokedAt === null &&
        invitation.expiresAt > new Date();
      if (!usable) throw invalid();
      const member = await manager.findOne(Member, {
        where: { id: invitation.memberId, cooperativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw invalid();
      if (member.userId !== null)
        throw new MembershipError('MEMBER_ALREADY_LINKED', 'This member already has an account.');

      let user = await this.users.findByEmail(ctx, invitation.email);
      const newAccount = user === null;
      if (user) {
        const valid = (await verifyPassword(user.passwordHash, input.password)) && user.disabledAt === null;
        if (!valid) {
          throw new AuthError(
            'INVALID_CREDENTIALS',
            'An account with this email exists: give its password to link it to the member record.',
          );
        }
        const other = await manager.findOneBy(Member, { cooperativeId, userId: user.id });
        if (other) {
          throw new MembershipError(
            'USER_ALREADY_MEMBER',
            'This account is already the member record of someone here.',
          );
        }
      } else {
        user = await this.users.create(ctx, {
          email: invitation.email,
          password: input.password,
          displayName: member.name,
        });
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
