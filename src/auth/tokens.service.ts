/**
 * Sessions, access and refresh tokens. A login opens a session. Access: a short-lived HS256 JWT naming its session
 * (`sid`). Refresh: `<id>.<secret>`, stored as sha256 of the secret, rotated on every use within the session (its
 * family). A refresh token presented after it was rotated means it was copied: the session ends, with every token
 * of it (the guard refuses its access tokens from the next request), and every holder must log in again. Logout
 * ends the session the same way.
 */
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { AUTH_SETTINGS, type AuthSettings, JWT_AUDIENCE } from './auth.settings.js';
import { RefreshToken } from './refresh-token.entity.js';
import { Session } from './session.entity.js';
import { randomToken, sameHash, sha256 } from './secrets.js';
import type { User } from './user.entity.js';
import { AuthError } from './auth.errors.js';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
}

type RotationOutcome = { pair: TokenPair } | { reused: true };

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  issue(ctx: RequestContext, user: User): Promise<TokenPair> {
    return this.tx.run(ctx, async (ctx) => {
      const session = await ctx.manager.save(Session, { id: randomUUID(), userId: user.id, revokedAt: null });
      return this.issuePair(ctx, user.id, session.id);
    });
  }

  async rotate(ctx: RequestContext, refreshToken: string): Promise<TokenPair> {
    const outcome = await this.tx.run(ctx, async (ctx): Promise<RotationOutcome> => {
      const token = await this.find(ctx, refreshToken, true);
      if (token.replacedAt) {
        await this.endSession(ctx, token.familyId);
        await this.audit.record(ctx, {
          cooperativeId: null,
          action: 'auth.refresh_token_reused',
          targetType: 'user',
          targetId: token.userId,
          summary: { familyId: token.familyId },
        });
        return { reused: true };
      }
      await ctx.manager.update(RefreshToken, { id: token.id }, { replacedAt: new Date() });
      return { pair: await this.issuePair(ctx, token.userId, token.familyId) };
    });
    // The family's revocation above is committed before the caller hears of the reuse.
    if ('reused' in outcome) {
      throw new AuthError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was already used; all its sessions are now revoked.',
      );
    }
    return outcome.pair;
  }

  /** Logout ends the session the token belongs to. */
  async revoke(ctx: RequestContext, refreshToken: string): Promise<void> {
    await this.tx.run(ctx, async (ctx) => {
      const token = await this.find(ctx, refreshToken, false);
      await this.endSession(ctx, token.familyId);
    });
  }

  /** The session and all its refresh tokens, revoked: its access tokens fail from the next request. */
  private async endSession(ctx: TxContext, sessionId: string): Promise<void> {
    const revokedAt = new Date();
    await ctx.manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt });
    await ctx.manager.update(RefreshToken, { familyId: sessionId, revokedAt: IsNull() }, { revokedAt });
  }

  private async find(ctx: TxContext, refreshToken: string, forRotation: boolean): Promise<RefreshToken> {
    const [id, secret] = refreshToken.split('.');
    const invalid = new AuthError('REFRESH_TOKEN_INVALID', 'The refresh token is invalid, expired or revoked.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw invalid;
    const token = await ctx.manager.findOne(RefreshToken, {
      where: { id },
      lock: forRotation ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!token || !sameHash(token.secretHash, sha256(secret)) || token.revokedAt || token.expiresAt <= new Date()) {
      throw invalid;
    }
    if (!forRotation && token.replacedAt) throw invalid;
    return token;
  }

  private async issuePair(ctx: TxContext, userId: string, sessionId: string): Promise<TokenPair> {
    const secret = randomToken();
    const row = await ctx.manager.save(RefreshToken, {
      userId,
      familyId: sessionId,
      secretHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.settings.refreshTtlSeconds * 1000),
      replacedAt: null,
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync(
      { sub: userId, typ: 'access', sid: sessionId },
      {
        secret: this.settings.jwtSecret,
        algorithm: 'HS256',
        expiresIn: this.settings.accessTtlSeconds,
        issuer: this.settings.jwtIssuer,
        audience: JWT_AUDIENCE,
      },
    );
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.settings.accessTtlSeconds,
      refreshToken: `${row.id}.${secret}`,
    };
  }
}
