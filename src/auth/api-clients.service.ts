import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { userIdOrNull } from './caller.js';
import { ApiClient } from './api-client.entity.js';
import type { Scope } from '../common/access/role.js';
import { randomToken, sameHash, sha256 } from './secrets.js';
import { AuthError } from './auth.errors.js';

const KEY_FORMAT = /^coop_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

@Injectable()
export class ApiClientsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
  ) {}

  /** Creates a client (created by the caller) and returns its key, which is never shown again. */
  async create(ctx: RequestContext, cooperativeId: string, input: { name: string; scopes: Scope[] }) {
    const prefix = randomToken(12)
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 12)
      .padEnd(12, '0');
    const secret = randomToken(32);
    return this.tx.run(ctx, async (ctx) => {
      const client = await ctx.manager.save(ApiClient, {
        cooperativeId,
        name: input.name,
        keyPrefix: prefix,
        secretHash: sha256(secret),
        scopes: [...new Set(input.scopes)].sort(),
        createdBy: userIdOrNull(ctx),
        revokedAt: null,
        lastUsedAt: null,
      });
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'api_client.created',
        targetType: 'api_client',
        targetId: client.id,
        summary: { name: client.name, scopes: client.scopes },
      });
      return { client, key: `coop_${prefix}_${secret}` };
    });
  }

  list(ctx: RequestContext, cooperativeId: string): Promise<ApiClient[]> {
    return this.tx.managerOf(ctx).find(ApiClient, { where: { cooperativeId }, order: { createdAt: 'ASC' } });
  }

  async get(ctx: RequestContext, cooperativeId: string, id: string): Promise<ApiClient> {
    const client = await this.tx.managerOf(ctx).findOne(ApiClient, { where: { id, cooperativeId } });
    if (!client) throw new AuthError('API_CLIENT_NOT_FOUND', 'No API client with this id in this cooperative.');
    return client;
  }

  async revoke(ctx: RequestContext, cooperativeId: string, id: string): Promise<void> {
    await this.tx.run(ctx, async (ctx) => {
      const result = await ctx.manager.update(
        ApiClient,
        { id, cooperativeId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new AuthError('API_CLIENT_NOT_FOUND', 'No active API client with this id.');
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'api_client.revoked',
        targetType: 'api_client',
        targetId: id,
      });
    });
  }

  /** The active client holding this key, or null. Last use is written at most once a minute per client. */
  async authenticate(ctx: RequestContext, key: string): Promise<ApiClient | null> {
    const match = KEY_FORMAT.exec(key);
    if (!match) return null;
    const manager = this.tx.managerOf(ctx);
    const client = await manager.findOne(ApiClient, { where: { keyPrefix: match[1], revokedAt: IsNull() } });
    if (!client || !sameHash(client.secretHash, sha256(match[2]))) return null;
    await manager.query(
      `UPDATE api_clients SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [client.id],
    );
    return client;
  }
}
