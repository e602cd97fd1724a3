/**
 * Ledger postings by the treasurer: subscriptions, payments, allocations, reversals. Each posting locks what it
 * checks (capital-ledger.ts), asks the pure rules, appends the entry (the balance follows in the same statement) and
 * records the audit entry, in one transaction.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { Dec } from '../common/money/money.js';
import { TransactionHelper } from '../database/transaction.js';
import type { MemberStatus } from '../membership/member-lifecycle.rules.js';
import {
  assertEntryDate,
  assertMoneyScale,
  assertStatus,
  CapitalLedger,
  type CapitalSettings,
  type LockedHolding,
} from './capital-ledger.js';
import type {
  AllocationCreateDto,
  CapitalPostingResponseDto,
  PaymentCreateDto,
  ReversalCreateDto,
  SubscriptionCreateDto,
} from './share-capital.dto.js';
import { capitalEvent, mapBalance, mapEntry } from './share-capital.mapper.js';
import {
  allocationChange,
  applyChange,
  assertWithinCap,
  type Change,
  type EntryKind,
  paymentChange,
  REVERSIBLE_KINDS,
  reversalChange,
  subscriptionChange,
} from './share-capital.rules.js';
import { MembershipError } from '../membership/membership.errors.js';
import { ShareCapitalError } from './share-capital.errors.js';

interface Posting {
  memberId: string;
  /** The kinds posted directly (the others come from completed transfers and redemptions). */
  kind: Extract<EntryKind, 'subscription' | 'payment' | 'allocation' | 'reversal'>;
  effectiveDate: string;
  /** Member statuses that may receive the entry. */
  statuses: readonly MemberStatus[];
  what: string;
  /** Lock on the bylaws row: 'share' when checked against the totals, 'update' when it lowers them. */
  bylawsLock?: 'share' | 'update';
  change: (holding: LockedHolding, settings: CapitalSettings) => Change;
  /** Extra checks on the holding after the change (caps, commitments). */
  check?: (after: LockedHolding, change: Change, settings: CapitalSettings, ctx: TxContext) => Promise<void> | void;
  reference?: string | null;
  note?: string | null;
  reversesEntryId?: string | null;
  audit: Record<string, unknown>;
}

@Injectable()
export class CapitalPostingsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly ledger: CapitalLedger,
  ) {}

  subscribe(
    ctx: RequestContext,
    cooperativeId: string,
    input: SubscriptionCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.postOne(ctx, cooperativeId, {
      memberId: input.memberId,
      kind: 'subscription',
      effectiveDate: input.effectiveDate,
      statuses: ['applicant', 'active'],
      what: 'subscribe shares',
      bylawsLock: 'share',
      change: (_, s) => subscriptionChange(input.shares, s.par),
      check: async (after, _, s, ctx) =>
        assertWithinCap(after, s.maxPercent === null ? '0' : await this.ledger.totalPaidUp(ctx, cooperativeId), s),
      reference: input.reference,
      note: input.note,
      audit: { shares: input.shares },
    });
  }

  pay(ctx: RequestContext, cooperativeId: string, input: PaymentCreateDto): Promise<CapitalPostingResponseDto> {
    return this.postOne(ctx, cooperativeId, {
      memberId: input.memberId,
      kind: 'payment',
      effectiveDate: input.effectiveDate,
      statuses: ['applicant', 'active', 'suspended'],
      what: 'pay for shares',
      change: (_, s) => {
        assertMoneyScale('amount', input.amount, s);
        return paymentChange(input.amount);
      },
      reference: input.reference,
      note: input.note,
      audit: { amount: input.amount },
    });
  }

  allocate(ctx: RequestContext, cooperativeId: string, input: AllocationCreateDto): Promise<CapitalPostingResponseDto> {
    return this.postOne(ctx, cooperativeId, {
      memberId: input.memberId,
      kind: 'allocation',
      effectiveDate: input.effectiveDate,
      statuses: ['active', 'suspended'],
      what: 'be credited capital',
      bylawsLock: 'share',
      change: (holding, s) => {
        assertMoneyScale('amount', input.amount, s);
        return allocationChange(input.amount, s.par, holding);
      },
      check: async (after, change, s, ctx) => {
        if (change.shares === 0) return;
        const total = s.maxPercent === null ? '0' : await this.ledger.totalPaidUp(ctx, cooperativeId);
        assertWithinCap(after, new Dec(total).plus(change.paidUp).toFixed(), s);
      },
      reference: input.reference,
      note: input.note,
      audit: { amount: input.amount },
    });
  }

  /**
   * Undoes a mistaken subscription, payment or allocation with a linked entry of the opposite sign. Its effective
   * date defaults to the later of the mistaken entry's date and the member's latest entry. Each entry is reversed at
   * most once (unique index), and a reversal is not itself reversed: post the right entry instead.
   */
  reverse(
    ctx: RequestContext,
    cooperativeId: string,
    entryId: string,
    input: ReversalCreateDto,
  ): Promise<CapitalPostingResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const original = await this.ledger.entry(ctx, cooperativeId, entryId);
      if (!REVERSIBLE_KINDS.includes(original.kind)) {
        throw new ShareCapitalError(
          'ENTRY_NOT_REVERSIBLE',
          `A ${original.kind} entry cannot be reversed: ${
            original.kind === 'reversal'
              ? 'post the right entry instead'
              : 'it comes from a completed request; record a new transfer or redemption'
          }.`,
        );
      }
      await this.assertNotReversed(ctx, cooperativeId, original.id);
      const holding = await this.ledger.holding(ctx, cooperativeId, original.memberId);
      const effectiveDate =
        input.effectiveDate ?? [original.effectiveDate, holding.lastEffectiveDate ?? ''].sort().at(-1)!;
      if (effectiveDate < original.effectiveDate) {
        throw new MembershipError(
          'EFFECTIVE_DATE_OUT_OF_ORDER',
          `A reversal cannot take effect (${effectiveDate}) before the entry it reverses (${original.effectiveDate}).`,
        );
      }
      return this.postOne(ctx, cooperativeId, {
        memberId: original.memberId,
        kind: 'reversal',
        effectiveDate,
        statuses: ['applicant', 'active', 'suspended', 'ceased', 'rejected'],
        what: 'have an entry reversed',
        bylawsLock: new Dec(original.paidUpDelta).gt(0) ? 'update' : undefined,
        change: () =>
          reversalChange({
            shares: original.sharesDelta,
            subscribed: original.subscribedDelta,
            paidUp: original.paidUpDelta,
          }),
        check: async (after, _, s, ctx) => {
          // Again under the member's balance lock: of two concurrent reversals, the second sees the first.
          await this.assertNotReversed(ctx, cooperativeId, original.id);
          await this.assertCommitmentsStillPaid(ctx, cooperativeId, after, s);
        },
        reversesEntryId: original.id,
        note: input.reason,
        audit: { reversedEntryId: original.id, reversedKind: original.kind, reason: input.reason },
      });
    });
  }

  /** One posting: lock, check, append, audit; answers the entry and the member's balance after it. */
  private postOne(ctx: RequestContext, cooperativeId: string, p: Posting): Promise<CapitalPostingResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId, p.bylawsLock);
      const member = (await this.ledger.lockMembers(ctx, cooperativeId, [p.memberId])).get(p.memberId)!;
      assertStatus(member, p.statuses, p.what);
      const holding = (await this.ledger.lockHoldings(ctx, cooperativeId, [p.memberId])).get(p.memberId)!;
      assertEntryDate(p.effectiveDate, member, holding);
      const change = p.change(holding, settings);
      const after = { ...holding, ...applyChange(holding, change) };
      await p.check?.(after, change, settings, ctx);
      const [entry] = await this.ledger.post(ctx, cooperativeId, [
        {
          memberId: p.memberId,
          kind: p.kind,
          effectiveDate: p.effectiveDate,
          change,
          par: settings.par,
          reversesEntryId: p.reversesEntryId,
          reference: p.reference,
          note: p.note,
        },
      ]);
      const posted = mapEntry(entry, settings.scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: `capital.${p.kind}_posted`,
        targetType: 'member',
        targetId: p.memberId,
        summary: {
          entryId: String(entry.id),
          kind: p.kind,
          effectiveDate: p.effectiveDate,
          sharesChange: change.shares,
          subscribedChange: change.subscribed,
          paidUpChange: change.paidUp,
          ...p.audit,
        },
        // A new entry is not yet reversed: its GET answers reversedByEntryId null.
        event: capitalEvent({ ...posted, reversedByEntryId: null }),
      });
      const balance = await this.ledger.holding(ctx, cooperativeId, p.memberId);
      return { entry: posted, balance: mapBalance(balance, settings.scale) };
    });
  }

  /**
   * After a reversal lowers paid-up capital, shares committed to open transfers and partial redemptions must still be
   * fully paid (a redemption of all shares takes them as they are).
   */
  private async assertCommitmentsStillPaid(
    { manager }: TxContext,
    cooperativeId: string,
    after: LockedHolding,
    settings: CapitalSettings,
  ): Promise<void> {
    if (after.committed === 0) return;
    const open: { all_shares: boolean }[] = await manager.query(
      `SELECT all_shares FROM capital_requests
        WHERE cooperative_id = $1 AND member_id = $2 AND status IN ('requested', 'approved')`,
      [cooperativeId, after.memberId],
    );
    if (open.some((r) => r.all_shares)) return;
    if (new Dec(settings.par).times(after.committed).gt(after.paidUp)) {
      throw new ShareCapitalError(
        'SHARES_COMMITTED',
        `${after.committed} shares are committed to open requests and would no longer be fully paid.`,
      );
    }
  }

  private async assertNotReversed(ctx: TxContext, cooperativeId: string, entryId: string): Promise<void> {
    const reversed: unknown[] = await ctx.manager.query(
      `SELECT 1 FROM capital_entries WHERE cooperative_id = $1 AND reverses_entry_id = $2`,
      [cooperativeId, entryId],
    );
    if (reversed.length > 0)
      throw new ShareCapitalError('ENTRY_ALREADY_REVERSED', `Entry ${entryId} is already reversed.`);
  }
}
