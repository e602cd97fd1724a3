/**
 * Members' standing choice of refund form (cash or capital). Set by the member (self-service) or recorded by the
 * treasurer from the member's written instruction; audited either way. A plan's lines read it when computed.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { callingUserId as callerIdOf } from '../auth/caller.js';
import { legacyContext } from '../common/context/log-context.js';
import { memberNotFound } from '../membership/member.service.js';
import type { RefundPreferenceResponseDto } from './distribution-plan.dto.js';
import { RefundPreference } from './refund-preference.entity.js';
import { selfOnlyUserId } from './surplus-access.js';
import { MembershipError } from '../membership/membership.errors.js';

/** @deprecated ambient caller, until this module takes a RequestContext (issue 13). */
const callingUserId = () => callerIdOf(legacyContext());

@Injectable()
export class RefundPreferenceService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  /** `memberId` 'me': the calling member's own record. */
  async get(cooperativeId: string, memberId: string): Promise<RefundPreferenceResponseDto> {
    const member = await this.member(cooperativeId, memberId);
    return this.current(cooperativeId, member);
  }

  async set(cooperativeId: string, memberId: string, mode: RefundMode): Promise<RefundPreferenceResponseDto> {
    return this.tx.run(async (manager) => {
      const member = await this.member(cooperativeId, memberId, true);
      const before = await manager.findOneBy(RefundPreference, { cooperativeId, memberId: member });
      if (before?.mode !== mode) {
        await manager.query(
          `INSERT INTO surplus_refund_preferences (cooperative_id, member_id, mode, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (cooperative_id, member_id) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
          [cooperativeId, member, mode],
        );
        await this.audit.record({
          cooperativeId,
          action: 'surplus_refund_preference.set',
          targetType: 'member',
          targetId: member,
          summary: { before: before?.mode ?? null, after: mode, by: memberId === 'me' ? 'member' : 'staff' },
        });
      }
      return this.current(cooperativeId, member);
    });
  }

  private async current(cooperativeId: string, memberId: string): Promise<RefundPreferenceResponseDto> {
    const own = await this.tx.manager.findOneBy(RefundPreference, { cooperativeId, memberId });
    if (own) return { memberId, mode: own.mode, source: 'member' };
    const { surplusRefundMode } = await this.cooperatives.bylaws(cooperativeId);
    return { memberId, mode: surplusRefundMode, source: 'bylaws' };
  }

  /**
   * The member's id: the caller's own record for 'me', else a record of this cooperative, which a member-only
   * caller sees only when it is their own (locked when writing).
   */
  private async member(cooperativeId: string, memberId: string, lock = false): Promise<string> {
    const self = memberId === 'me';
    const owner = self ? callingUserId() : selfOnlyUserId();
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM members
        WHERE cooperative_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid) AND ($3::uuid IS NULL OR user_id = $3::uuid)
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
