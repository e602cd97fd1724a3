/**
 * Members' standing choice of refund form (cash or capital). Set by the member (self-service) or recorded by the
 * treasurer from the member's written instruction; audited either way. A plan's lines read it when computed.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { callingUserId, selfOnlyUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import type { RefundPreferenceResponseDto } from './distribution-plan.dto.js';
import { surplusEvent } from './surplus.mapper.js';
import { RefundPreference } from './refund-preference.entity.js';
import { SURPLUS_READERS } from './surplus-access.js';
import { MembershipError, memberNotFound } from '../membership/membership.errors.js';

@Injectable()
export class RefundPreferenceService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  /** `memberId` 'me': the calling member's own record. */
  async get(ctx: RequestContext, cooperativeId: string, memberId: string): Promise<RefundPreferenceResponseDto> {
    const member = await this.member(ctx, cooperativeId, memberId);
    return this.current(ctx, cooperativeId, member);
  }

  async set(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    mode: RefundMode,
  ): Promise<RefundPreferenceResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const member = await this.member(ctx, cooperativeId, memberId, true);
      const before = await manager.findOneBy(RefundPreference, { cooperativeId, memberId: member });
      if (before?.mode === mode) return this.current(ctx, cooperativeId, member);
      await manager.query(
        `INSERT INTO surplus_refund_preferences (cooperative_id, member_id, mode, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (cooperative_id, member_id) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
        [cooperativeId, member, mode],
      );
      const after = await this.current(ctx, cooperativeId, member);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'surplus_refund_preference.set',
        targetType: 'member',
        targetId: member,
        summary: { before: before?.mode ?? null, after: mode, by: memberId === 'me' ? 'member' : 'staff' },
        event: surplusEvent(after),
      });
      return after;
    });
  }

  private async current(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
  ): Promise<RefundPreferenceResponseDto> {
    const own = await this.tx.managerOf(ctx).findOneBy(RefundPreference, { cooperativeId, memberId });
    if (own) return { memberId, mode: own.mode, source: 'member' };
    const { surplusRefundMode } = await this.cooperatives.bylaws(ctx, cooperativeId);
    return { memberId, mode: surplusRefundMode, source: 'bylaws' };
  }

  /**
   * The member's id: the caller's own record for 'me', else a record of this cooperative, which a member-only
   * caller sees only when it is their own (locked when writing).
   */
  private async member(ctx: RequestContext, cooperativeId: string, memberId: string, lock = false): Promise<string> {
    const self = memberId === 'me';
    const owner = self ? callingUserId(ctx) : selfOnlyUserId(ctx, SURPLUS_READERS);
    const rows: { id: string }[] = await this.tx.managerOf(ctx).query(
      // A lock on the directory's sub-query locks the member row itself.
      `SELECT m.id FROM (${memberDirectorySql('$1')}) m
        WHERE ($2::uuid IS NULL OR m.id = $2::uuid) AND ($3::uuid IS NULL OR m.user_id = $3::uuid)
        ${lock ? 'FOR UPDATE' : ''}`,
      [cooperativeId, self ? null : memberId, owner],
    );
    if (rows.length === 0) {
      throw self
        ? new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.')
        : memberNotFound();
    }
    return rows[0].id;
  }
}
