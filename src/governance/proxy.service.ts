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
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { memberNotFound } from '../membership/member.service.js';
import { GeneralAssembly } from './assembly.entity.js';
import { Ballot } from './ballot.entity.js';
import { assemblyNotFound, ballotNotFound } from './ballot.service.js';
import { eligibleMembersSql } from './electorate.sql.js';
import { callerMemberId } from './governance.access.js';
import { VOTING_CONDITIONS, type VotingConditionsPort } from './governance.ports.js';
import { mapProxy } from './governance.mapper.js';
import type { MyProxiesDto, ProxyAppointDto, ProxyListQueryDto, ProxyResponseDto } from './proxy.dto.js';
import { Proxy } from './proxy.entity.js';
import { CommonError } from '../common/errors/common.errors.js';
import { GovernanceError } from './governance.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
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
    @Optional() @Inject(VOTING_CONDITIONS) private readonly conditions?: VotingConditionsPort,
  ) {}

  /** The secretary records a proxy form. */
  async appoint(cooperativeId: string, input: Appointment): Promise<ProxyResponseDto> {
    return this.tx.run((manager) => this.appointIn(manager, cooperativeId, input, 'secretary'));
  }

  /** A member appoints a holder for themself. */
  async appointOwn(cooperativeId: string, input: ProxyAppointDto): Promise<ProxyResponseDto> {
    return this.tx.run(async (manager) => {
      const grantorMemberId = await callerMemberId(manager, cooperativeId);
      return this.appointIn(manager, cooperativeId, { ...input, grantorMemberId }, 'member');
    });
  }

  async revoke(cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    return this.tx.run((manager) => this.revokeIn(manager, cooperativeId, proxyId, null));
  }

  /** A member revokes a proxy they gave; any other proxy is 404 to them. */
  async revokeOwn(cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    return this.tx.run(async (manager) =>
      this.revokeIn(manager, cooperativeId, proxyId, await callerMemberId(manager, cooperativeId)),
    );
  }

  async get(cooperativeId: string, proxyId: string): Promise<ProxyResponseDto> {
    const proxy = await this.tx.manager.findOneBy(Proxy, { cooperativeId, id: proxyId });
    if (!proxy) throw proxyNotFound();
    return mapProxy(proxy);
  }

  /** Newest first. */
  async list(cooperativeId: string, query: ProxyListQueryDto): Promise<Page<ProxyResponseDto>> {
    const qb = this.tx.manager
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
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!UUID.test(id) || Number.isNaN(Date.parse(at))) invalidCursor();
      qb.andWhere('(p.created_at, p.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    return toPage(await qb.getMany(), query.limit, (p) => [p.createdAt.toISOString(), p.id], mapProxy);
  }

  /** The proxies a member gave and holds (the latest 200 of each). */
  async mine(cooperativeId: string): Promise<MyProxiesDto> {
    const manager = this.tx.manager;
    const memberId = await callerMemberId(manager, cooperativeId);
    const of = (column: 'grantorMemberId' | 'holderMemberId') =>
      manager.find(Proxy, {
        where: { cooperativeId, [column]: memberId },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: MINE_LIMIT,
      });
    return { given: (await of('grantorMemberId')).map(mapProxy), held: (await of('holderMemberId')).map(mapProxy) };
  }

  private async appointIn(
    manager: EntityManager,
    cooperativeId: string,
    input: Appointment,
    by: 'secretary' | 'member',
  ): Promise<ProxyResponseDto> {
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

    const scope = await this.scope(manager, cooperativeId, input);
    const grantor = await memberOf(manager, cooperativeId, { id: input.grantorMemberId });
    const holder = await memberOf(manager, cooperativeId, {
      id: input.holderMemberId,
      number: input.holderMemberNumber,
    });
    if (grantor === holder) throw new GovernanceError('INVALID_PROXY', 'A member cannot be their own proxy.');

    const eligible = await this.eligible(manager, cooperativeId, scope, [grantor, holder]);
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
    const bylaws = await this.cooperatives.bylaws(cooperativeId);
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
    await this.audit.record({
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
    });
    return mapProxy(proxy);
  }

  private async revokeIn(
    manager: EntityManager,
    cooperativeId: string,
    proxyId: string,
    grantorOnly: string | null,
  ): Promise<ProxyResponseDto> {
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
    await this.audit.record({
      cooperativeId,
      action: 'proxy.revoked',
      targetType: 'member',
      targetId: proxy.grantorMemberId,
      summary: { proxyId, holderMemberId: proxy.holderMemberId, by: grantorOnly ? 'member' : 'secretary' },
    });
    return mapProxy(await manager.findOneByOrFail(Proxy, { id: proxyId }));
  }

  private async scope(
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

  /** Which of `memberIds` may vote in the scope: the frozen roll of an open ballot, else the record date's register. */
  private async eligible(
    manager: EntityManager,
    cooperativeId: string,
    scope: { ballot: Ballot | null; recordDate: string },
    memberIds: string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] =
      scope.ballot !== null && scope.ballot.status !== 'draft'
        ? await manager.query(
            `SELECT member_id AS id FROM ballot_electorate
              WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = ANY($3::uuid[])`,
            [cooperativeId, scope.ballot.id, memberIds],
          )
        : await manager.query(
            `SELECT m.id ${eligibleMembersSql(await this.cooperatives.bylaws(cooperativeId), this.conditions, '$1::uuid', '$2::date', '$3::uuid[]')}`,
            [cooperativeId, scope.recordDate, memberIds],
          );
    return new Set(rows.map((r) => r.id));
  }
}

export const proxyNotFound = () => new GovernanceError('PROXY_NOT_FOUND', 'No such proxy in this cooperative.');

async function memberOf(
  manager: EntityManager,
  cooperativeId: string,
  by: { id?: string; number?: number },
): Promise<string> {
  const rows: { id: string }[] =
    by.id !== undefined
      ? await manager.query(`SELECT id FROM members WHERE cooperative_id = $1 AND id = $2`, [cooperativeId, by.id])
      : await manager.query(`SELECT id FROM members WHERE cooperative_id = $1 AND member_number = $2`, [
          cooperativeId,
          by.number,
        ]);
  if (rows.length === 0) throw memberNotFound();
  return rows[0].id;
}
