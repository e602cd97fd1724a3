/**
 * Proxies (DOMAIN.md): a member appoints another eligible member to vote for them, for one ballot outside any
 * assembly or for an assembly (its attendance register and every ballot of it). Rules:
 * - both members are eligible on the scope's record date (on the frozen roll once a ballot is open);
 * - no chains: a proxy holder cannot give a proxy in the same scope, nor a grantor hold one;
 * - one live proxy per grantor per scope (a partial unique index); a holder carries at most the bylaws'
 *   maxProxiesPerMember live proxies per scope. Appointments in one scope are serialised by a transaction-level
 *   advisory lock on the scope, so two concurrent appointments cannot both take the last place;
 * - revocable until used (the vote or the attendance that uses it marks it `used` under the same row lock).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { type Page, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { GeneralAssembly } from './assembly.entity.js';
import { Ballot } from './ballot.entity.js';
import { eligibleMembersSql, votingRulesOf } from './electorate.sql.js';
import { callerMemberId } from './governance.access.js';
import { createdAtCursor } from './governance.cursors.js';
import { governanceEvent, mapProxy } from './governance.mapper.js';
import type { MyProxiesDto, ProxyAppointDto, ProxyListQueryDto, ProxyResponseDto } from './proxy.dto.js';
import { Proxy } from './proxy.entity.js';
import { CommonError } from '../common/errors/common.errors.js';
import { assemblyNotFound, ballotNotFound, GovernanceError, proxyNotFound } from './governance.errors.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import { memberNotFound } from '../membership/membership.errors.js';

const MINE_LIMIT = 200;

interface Appointment {
  grantorMemberId: string;
  holderMemberId?: string;
  holderMemberNumber?: number;
  ballotId?: string;
  assemblyId?: string;
}

@Injectable()
export class ProxyService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  /** The secretary records a proxy form. */
  async appoint(ctx: RequestContext, cooperativeId: string, input: Appointment): Promise<ProxyResponseDto> {
    return this.tx.run(ctx, (ctx) => this.appointIn(ctx, cooperativeId, input, 'secretary'));
  }

  /** A member appoints a holder for themself. */
  async appointOwn(ctx: RequestContext, cooperativeId: string, input: ProxyAppointDto): Promise<ProxyResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const grantorMemberId = await callerMemberId(ctx, ctx.manager, cooperativeId);
      return this.appointIn(ctx, cooperativeId, { ...input, grantorMemberId }, 'member');
    });
  }

  async revoke(ctx: RequestContext, cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    return this.tx.run(ctx, (ctx) => this.revokeIn(ctx, cooperativeId, proxyId, null));
  }

  /** A member revokes a proxy they gave; any other proxy is 404 to them. */
  async revokeOwn(ctx: RequestContext, cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    return this.tx.run(ctx, async (ctx) =>
      this.revokeIn(ctx, cooperativeId, proxyId, await callerMemberId(ctx, ctx.manager, cooperativeId)),
    );
  }

  async get(ctx: RequestContext, cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    const proxy = await this.tx.managerOf(ctx).findOneBy(Proxy, { cooperativeId, id: proxyId });
    if (!proxy) throw proxyNotFound();
    return mapProxy(proxy);
  }

  /** Newest first. */
  async list(ctx: RequestContext, cooperativeId: string, query: ProxyListQueryDto): Promise<Page<ProxyResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(Proxy, 'p')
      .where('p.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1);
    if (query.ballotId) qb.andWhere('p.ballot_id = :ballotId', { ballotId: query.ballotId });
    if (query.assemblyId) qb.andWhere('p.assembly_id = :assemblyId', { assemblyId: query.assemblyId });
    if (query.state === 'revoked') qb.andWhere('p.revoked_at IS NOT NULL');
    if (query.state === 'used') qb.andWhere('p.used');
    if (query.state === 'active') qb.andWhere('p.revoked_at IS NULL AND NOT p.used');
    if (query.cursor)
      qb.andWhere('(p.created_at, p.id) < (:at::timestamptz, :id::uuid)', createdAtCursor(query.cursor));
    return toPage(await qb.getMany(), query.limit, (p) => [p.createdAt.toISOString(), p.id], mapProxy);
  }

  /** The proxies a member gave and holds (the latest 200 of each). */
  async mine(ctx: RequestContext, cooperativeId: string): Promise<MyProxiesDto> {
    const manager = this.tx.managerOf(ctx);
    const memberId = await callerMemberId(ctx, manager, cooperativeId);
    const of = (column: 'grantorMemberId' | 'holderMemberId') =>
      manager.find(Proxy, {
        where: { cooperativeId, [column]: memberId },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: MINE_LIMIT,
      });
    return { given: (await of('grantorMemberId')).map(mapProxy), held: (await of('holderMemberId')).map(mapProxy) };
  }

  private async appointIn(
    ctx: TxContext,
    cooperativeId: string,
    input: Appointment,
    by: 'secretary' | 'member',
  ): Promise<ProxyResponseDto> {
    const { manager } = ctx;
    if ((input.ballotId === undefined) === (input.assemblyId === undefined)) {
      throw new CommonError('VALIDATION_FAILED', 'Give exactly one of ballotId and assemblyId.', [
        { field: 'ballotId', message: 'exactly one of ballotId and assemblyId' },
      ]);
    }
    if ((input.holderMemberId === undefined) === (input.holderMemberNumber === undefined)) {
      throw new CommonError('VALIDATION_FAILED', 'Name the holder by member id or by member number.', [
        { field: 'holderMemberId', message: 'exactly one of holderMemberId and holderMemberNumber' },
      ]);
    }
    const scopeId = (input.ballotId ?? input.assemblyId)!;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('proxy-scope:' || $1, 0))`, [scopeId]);

    const scope = await scopeOf(manager, cooperativeId, input);
    const grantor = await memberOf(manager, cooperativeId, { id: input.grantorMemberId });
    const holder = await memberOf(manager, cooperativeId, {
      id: input.holderMemberId,
      number: input.holderMemberNumber,
    });
    if (grantor === holder) throw new GovernanceError('INVALID_PROXY', 'A member cannot be their own proxy.');

    const eligible = await this.eligible(ctx, cooperativeId, scope, [grantor, holder]);
    if (!eligible.has(grantor)) {
      throw new GovernanceError('NOT_IN_ELECTORATE', 'The member giving the proxy is not eligible to vote here.');
    }
    if (!eligible.has(holder)) {
      throw new GovernanceError(
        'NOT_IN_ELECTORATE',
        'A proxy goes to an eligible member: the holder is not eligible here.',
      );
    }

    const scopeColumn = input.ballotId !== undefined ? 'ballot_id' : 'assembly_id';
    const [live]: { grantor_has: boolean; grantor_holds: number; holder_gave: boolean; holder_holds: number }[] =
      await manager.query(
        `SELECT bool_or(grantor_member_id = $3) AS grantor_has,
                count(*) FILTER (WHERE holder_member_id = $3)::int AS grantor_holds,
                bool_or(grantor_member_id = $4) AS holder_gave,
                count(*) FILTER (WHERE holder_member_id = $4)::int AS holder_holds
           FROM proxies
          WHERE cooperative_id = $1 AND ${scopeColumn} = $2 AND revoked_at IS NULL`,
        [cooperativeId, scopeId, grantor, holder],
      );
    if (live.grantor_has) {
      throw new GovernanceError('PROXY_ALREADY_APPOINTED', 'This member already gave a proxy here; revoke it first.');
    }
    if (live.grantor_holds > 0 || live.holder_gave) {
      throw new GovernanceError('INVALID_PROXY', 'A proxy holder cannot pass proxies on (no chains of proxies).');
    }
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    if (live.holder_holds >= bylaws.maxProxiesPerMember) {
      throw new GovernanceError(
        'PROXY_LIMIT_REACHED',
        `The holder already carries ${live.holder_holds} proxies: the bylaws allow ${bylaws.maxProxiesPerMember}.`,
      );
    }
    const inserted = await manager.insert(Proxy, {
      cooperativeId,
      ballotId: input.ballotId ?? null,
      assemblyId: input.assemblyId ?? null,
      grantorMemberId: grantor,
      holderMemberId: holder,
      used: false,
      revokedAt: null,
    });
    const proxy = await manager.findOneByOrFail(Proxy, { id: inserted.identifiers[0].id as string });
    const appointed = mapProxy(proxy);
    await this.audit.record(ctx, {
      cooperativeId,
      action: 'proxy.appointed',
      targetType: 'member',
      targetId: grantor,
      summary: {
        proxyId: proxy.id,
        holderMemberId: holder,
        ballotId: proxy.ballotId,
        assemblyId: proxy.assemblyId,
        recordedBy: by,
      },
      event: governanceEvent(appointed),
    });
    return appointed;
  }

  private async revokeIn(
    ctx: TxContext,
    cooperativeId: string,
    proxyId: string,
    grantorOnly: string | null,
  ): Promise<ProxyResponseDto> {
    const { manager } = ctx;
    const proxy = await manager.findOne(Proxy, {
      where: { cooperativeId, id: proxyId, ...(grantorOnly ? { grantorMemberId: grantorOnly } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proxy) throw proxyNotFound();
    if (proxy.revokedAt !== null) throw new CommonError('ILLEGAL_TRANSITION', 'This proxy is already revoked.');
    if (proxy.used)
      throw new GovernanceError('PROXY_ALREADY_USED', 'This proxy was used: it can no longer be revoked.');
    await manager.query(`UPDATE proxies SET revoked_at = now() WHERE cooperative_id = $1 AND id = $2`, [
      cooperativeId,
      proxyId,
    ]);
    const revoked = mapProxy(await manager.findOneByOrFail(Proxy, { id: proxyId }));
    await this.audit.record(ctx, {
      cooperativeId,
      action: 'proxy.revoked',
      targetType: 'member',
      targetId: proxy.grantorMemberId,
      summary: { proxyId, holderMemberId: proxy.holderMemberId, by: grantorOnly ? 'member' : 'secretary' },
      event: governanceEvent(revoked),
    });
    return revoked;
  }

  /** Which of `memberIds` may vote in the scope: the frozen roll of an open ballot, else the record date's register. */
  private async eligible(
    ctx: TxContext,
    cooperativeId: string,
    scope: { ballot: Ballot | null; recordDate: string },
    memberIds: string[],
  ): Promise<Set<string>> {
    let rows: { id: string }[];
    if (scope.ballot !== null && scope.ballot.status !== 'draft') {
      rows = await ctx.manager.query(
        `SELECT member_id AS id FROM ballot_electorate
          WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = ANY($3::uuid[])`,
        [cooperativeId, scope.ballot.id, memberIds],
      );
    } else {
      const rules = votingRulesOf(await this.cooperatives.bylaws(ctx, cooperativeId));
      const eligible = eligibleMembersSql(rules, [cooperativeId, scope.recordDate, memberIds], {
        cooperativeId: '$1::uuid',
        date: '$2::date',
        members: '$3::uuid[]',
      });
      rows = await ctx.manager.query(`SELECT m.member_id AS id ${eligible.sql}`, eligible.params);
    }
    return new Set(rows.map((r) => r.id));
  }
}

async function memberOf(
  manager: EntityManager,
  cooperativeId: string,
  by: { id?: string; number?: number },
): Promise<string> {
  const rows: { id: string }[] =
    by.id !== undefined
      ? await manager.query(`SELECT m.id FROM (${memberDirectorySql('$1')}) m WHERE m.id = $2`, [cooperativeId, by.id])
      : await manager.query(`SELECT m.id FROM (${memberDirectorySql('$1')}) m WHERE m.member_number = $2`, [
          cooperativeId,
          by.number,
        ]);
  if (rows.length === 0) throw memberNotFound();
  return rows[0].id;
}

async function scopeOf(
  manager: EntityManager,
  cooperativeId: string,
  input: Appointment,
): Promise<{ ballot: Ballot | null; recordDate: string }> {
  if (input.ballotId !== undefined) {
    const ballot = await manager.findOneBy(Ballot, { cooperativeId, id: input.ballotId });
    if (!ballot) throw ballotNotFound();
    if (ballot.assemblyId !== null) {
      throw new GovernanceError(
        'INVALID_PROXY',
        'This ballot belongs to an assembly: appoint the proxy for the assembly (it covers all its ballots).',
      );
    }
    if (ballot.status !== 'draft' && ballot.status !== 'open') {
      throw new GovernanceError('BALLOT_CLOSED', 'Voting on this ballot has closed.');
    }
    return { ballot, recordDate: ballot.recordDate };
  }
  const assembly = await manager.findOneBy(GeneralAssembly, { cooperativeId, id: input.assemblyId });
  if (!assembly) throw assemblyNotFound();
  if (assembly.status === 'closed') throw new GovernanceError('ASSEMBLY_NOT_IN_SESSION', 'The assembly is closed.');
  return { ballot: null, recordDate: assembly.recordDate };
}
