/**
 * Reading member records: one record, its transitions and its audit trail, for staff and for the member themself.
 * A member-only caller sees nothing but their own record: any other id is 404, as a record that does not exist.
 */
import { Injectable } from '@nestjs/common';
import type { AuditPageDto, AuditQueryDto } from '../audit/audit.dto.js';
import { AuditService } from '../audit/audit.service.js';
import { selfOnlyUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { REGISTER_READERS } from './member-access.js';
import type { MemberResponseDto, MemberTransitionResponseDto } from './member.dto.js';
import { Member } from './member.entity.js';
import { mapMember, mapTransition } from './member.mapper.js';
import { findOwnMember } from './member.service.js';
import { MemberTransition } from './member-transition.entity.js';
import { memberNotFound } from './membership.errors.js';

@Injectable()
export class MemberReadService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, cooperativeId: string, memberId: string): Promise<MemberResponseDto> {
    return mapMember(await this.findVisible(ctx, cooperativeId, memberId));
  }

  /** The caller's own record (self-service). */
  async getOwn(ctx: RequestContext, cooperativeId: string): Promise<MemberResponseDto> {
    return mapMember(await this.own(ctx, cooperativeId));
  }

  /** The record's transitions, oldest first. */
  async history(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    query: PageQueryDto,
  ): Promise<Page<MemberTransitionResponseDto>> {
    const member = await this.findVisible(ctx, cooperativeId, memberId);
    return this.transitionsOf(ctx, member, query);
  }

  async ownHistory(
    ctx: RequestContext,
    cooperativeId: string,
    query: PageQueryDto,
  ): Promise<Page<MemberTransitionResponseDto>> {
    return this.transitionsOf(ctx, await this.own(ctx, cooperativeId), query);
  }

  /** Every audit entry about the record (application, corrections, transitions, invitations), newest first. */
  async auditLog(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    query: PageQueryDto,
  ): Promise<AuditPageDto> {
    const member = await this.findVisible(ctx, cooperativeId, memberId);
    return this.auditOf(ctx, member, query);
  }

  async ownAuditLog(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<AuditPageDto> {
    return this.auditOf(ctx, await this.own(ctx, cooperativeId), query);
  }

  /** The caller's own record, read outside any transaction unless ctx has one. */
  private own(ctx: RequestContext, cooperativeId: string): Promise<Member> {
    return findOwnMember({ ...ctx, manager: this.tx.managerOf(ctx) }, cooperativeId, false);
  }

  /** Found only when the caller may see it: a member-only caller sees nothing but their own record. */
  private async findVisible(ctx: RequestContext, cooperativeId: string, memberId: string): Promise<Member> {
    const self = selfOnlyUserId(ctx, REGISTER_READERS);
    const member = await this.tx.managerOf(ctx).findOneBy(Member, {
      id: memberId,
      cooperativeId,
      ...(self === null ? {} : { userId: self }),
    });
    if (!member) throw memberNotFound();
    return member;
  }

  private async transitionsOf(
    ctx: RequestContext,
    member: Member,
    query: PageQueryDto,
  ): Promise<Page<MemberTransitionResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(MemberTransition, 't')
      .where('t.cooperative_id = :cooperativeId AND t.member_id = :memberId', {
        cooperativeId: member.cooperativeId,
        memberId: member.id,
      })
      .orderBy('t.id', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [lastId] = decodeCursor(query.cursor, ['string']);
      if (!/^\d{1,19}$/.test(String(lastId))) invalidCursor();
      qb.andWhere('t.id > :lastId', { lastId });
    }
    return toPage(await qb.getMany(), query.limit, (t) => [t.id], mapTransition);
  }

  private auditOf(ctx: RequestContext, member: Member, query: PageQueryDto): Promise<AuditPageDto> {
    const auditQuery: AuditQueryDto = {
      limit: query.limit,
      cursor: query.cursor,
      targetType: 'member',
      targetId: member.id,
    };
    return this.audit.list(ctx, member.cooperativeId, auditQuery);
  }
}
