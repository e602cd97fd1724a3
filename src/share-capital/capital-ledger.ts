/**
 * The ledger's low-level steps, shared by postings, requests and the membership ports. Every step takes the caller's
 * context: locks and writes a TxContext (they run on its transaction), plain reads any RequestContext. Locks are
 * always taken in one order, so concurrent operations never deadlock:
 *   1. the cooperative's bylaws row: FOR SHARE by operations checked against the capital totals (subscriptions,
 *      allocations, transfers), FOR UPDATE by those that lower them (redemptions, reversals of money);
 *   2. capital_requests rows (one at a time);
 *   3. members rows, FOR SHARE, in member-id order (a concurrent cessation cannot slip between check and post);
 *   4. capital_balances rows, FOR UPDATE, in member-id order.
 */
import { Injectable } from '@nestjs/common';
import { actorOf } from '../auth/caller.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { Dec, formatMoney, hasAtMostScale } from '../common/money/money.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import type { MemberStatus } from '../membership/member-lifecycle.rules.js';
import { CapitalEntry, ENTRY_ID_PATTERN } from './capital-entry.entity.js';
import type { Change, EntryKind, Holding, ShareLimits } from './share-capital.rules.js';
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError } from '../membership/membership.errors.js';
import { ShareCapitalError } from './share-capital.errors.js';
import { lockMembersForShare, type MemberRef } from '../membership/member-directory.sql.js';

/** The bylaws this module reads, in plain form. */
export interface CapitalSettings extends ShareLimits {
  currency: string;
  scale: number;
  requirePaidForAdmission: boolean;
  noticeDays: number;
  annualCapPercent: string;
}

/** A member row as the ledger locks it (membership's MemberRef). */
export type LockedMember = MemberRef;

export interface LockedHolding extends Holding {
  memberId: string;
  lastEffectiveDate: string | null;
}

export interface NewEntry {
  memberId: string;
  kind: EntryKind;
  effectiveDate: string;
  change: Change;
  par: string;
  reversesEntryId?: string | null;
  requestId?: string | null;
  counterpartyMemberId?: string | null;
  reference?: string | null;
  note?: string | null;
}

interface HoldingRow {
  member_id: string;
  shares: number;
  subscribed: string;
  paid_up: string;
  committed_shares: number;
  last_effective_date: string | null;
}

const plain = (value: string) => new Dec(value).toFixed();

@Injectable()
export class CapitalLedger {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly cooperatives: CooperativeService,
  ) {}

  /** The bylaws, read through their owner; `lock` as described at the top of this file. */
  async settings(ctx: RequestContext, cooperativeId: string, lock?: 'share' | 'update'): Promise<CapitalSettings> {
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId, lock);
    return {
      currency: bylaws.currency.trim(),
      scale: bylaws.minorUnitScale,
      par: plain(bylaws.shareParValue),
      minShares: bylaws.minSharesForMembership,
      maxShares: bylaws.maxSharesPerMember,
      maxPercent: bylaws.maxCapitalPercentPerMember === null ? null : plain(bylaws.maxCapitalPercentPerMember),
      requirePaidForAdmission: bylaws.admissionRequiresPaidShares,
      noticeDays: bylaws.redemptionNoticeDays,
      annualCapPercent: plain(bylaws.annualRedemptionCapPercent),
    };
  }

  /** The members, locked FOR SHARE in id order; MEMBER_NOT_FOUND unless all exist in this cooperative. */
  async lockMembers(
    { manager }: TxContext,
    cooperativeId: string,
    memberIds: readonly string[],
  ): Promise<Map<string, LockedMember>> {
    return lockMembersForShare(manager, cooperativeId, memberIds);
  }

  /**
   * The members' balance rows, created empty when missing and locked FOR UPDATE in member-id order (creation in the
   * same order, so two transactions creating the same rows cannot deadlock either).
   */
  async lockHoldings(
    { manager }: TxContext,
    cooperativeId: string,
    memberIds: readonly string[],
  ): Promise<Map<string, LockedHolding>> {
    const ids = [...new Set(memberIds)];
    await manager.query(
      `INSERT INTO capital_balances (cooperative_id, member_id)
       SELECT $1, m FROM unnest($2::uuid[]) AS m ORDER BY m
       ON CONFLICT DO NOTHING`,
      [cooperativeId, ids],
    );
    const rows: HoldingRow[] = await manager.query(
      `SELECT member_id, shares, subscribed::text, paid_up::text, committed_shares,
              last_effective_date::text AS last_effective_date
         FROM capital_balances WHERE cooperative_id = $1 AND member_id = ANY($2::uuid[])
        ORDER BY member_id FOR UPDATE`,
      [cooperativeId, ids],
    );
    return new Map(rows.map((r) => [r.member_id, toHolding(r)]));
  }

  /** One member's current balance (no lock), or an empty holding. */
  async holding(ctx: RequestContext, cooperativeId: string, memberId: string): Promise<LockedHolding> {
    const rows: HoldingRow[] = await this.tx.managerOf(ctx).query(
      `SELECT member_id, shares, subscribed::text, paid_up::text, committed_shares,
              last_effective_date::text AS last_effective_date
         FROM capital_balances WHERE cooperative_id = $1 AND member_id = $2`,
      [cooperativeId, memberId],
    );
    return rows[0]
      ? toHolding(rows[0])
      : { memberId, shares: 0, subscribed: '0', paidUp: '0', committed: 0, lastEffectiveDate: null };
  }

  /** Changes the shares committed to open requests (the one balance column written outside the entries). */
  async commit({ manager }: TxContext, cooperativeId: string, memberId: string, shares: number): Promise<void> {
    await manager.query(
      `UPDATE capital_balances SET committed_shares = committed_shares + $3 WHERE cooperative_id = $1 AND member_id = $2`,
      [cooperativeId, memberId, shares],
    );
  }

  /**
   * Appends entries in one INSERT: the statement trigger adds them to the balances in the same statement, and the
   * balances' CHECK constraints refuse anything that would go negative.
   */
  async post(ctx: TxContext, cooperativeId: string, entries: readonly NewEntry[]): Promise<CapitalEntry[]> {
    const { manager } = ctx;
    const by = actorOf(ctx);
    const result = await manager.insert(
      CapitalEntry,
      entries.map((e) => ({
        cooperativeId,
        memberId: e.memberId,
        kind: e.kind,
        effectiveDate: e.effectiveDate,
        sharesDelta: e.change.shares,
        subscribedDelta: e.change.subscribed,
        paidUpDelta: e.change.paidUp,
        parValue: e.par,
        reversesEntryId: e.reversesEntryId ?? null,
        requestId: e.requestId ?? null,
        counterpartyMemberId: e.counterpartyMemberId ?? null,
        reference: e.reference ?? null,
        note: e.note ?? null,
        recordedByType: by.type,
        recordedBy: by.id,
      })),
    );
    const ids = result.identifiers.map((i) => String(i.id));
    const rows = await manager
      .createQueryBuilder(CapitalEntry, 'e')
      .where('e.id IN (:...ids)', { ids })
      .orderBy('e.id', 'ASC')
      .getMany();
    return rows;
  }

  /**
   * Surplus refunds credited as capital (`allocation` entries), in one statement, with share capital's own rule
   * (share-capital.rules.ts allocationChange): the amount first pays up any unpaid subscription, the rest buys new
   * shares at par (the last one partly paid). `refunds` is the caller's relation (member_id uuid, amount numeric > 0),
   * its parameters numbered from $5 ($1-$4 are the ledger's). The ledger's trigger keeps the balance rows. A plan
   * credits a member at most once (unique key on the entry's typed source: 'surplus_plan' and the plan id), so a
   * second call posts nothing. Choice: the per-member share cap is not applied to surplus allocations; refunds are
   * the member's own money and the assembly approved them. Returns the entries created and their sum.
   */
  async postSurplusRefunds(
    ctx: TxContext,
    input: {
      cooperativeId: string;
      planId: string;
      effectiveDate: string;
      refunds: { sql: string; params: unknown[] };
    },
  ): Promise<{ entries: number; amount: string }> {
    const settings = await this.settings(ctx, input.cooperativeId, 'share');
    const [result]: { entries: number; amount: string }[] = await ctx.manager.query(
      `WITH lines AS (
         SELECT r.member_id, r.amount, $4::numeric AS par,
                GREATEST(COALESCE(cb.subscribed, 0) - COALESCE(cb.paid_up, 0), 0) AS unpaid
           FROM (${input.refunds.sql}) r
           LEFT JOIN capital_balances cb ON cb.cooperative_id = $1 AND cb.member_id = r.member_id
       ), inserted AS (
         INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                      paid_up_delta, par_value, reference, source_type, source_id, note,
                                      recorded_by_type)
         SELECT $1, member_id, 'allocation', $3::date,
                CASE WHEN amount <= unpaid THEN 0 ELSE ceil((amount - unpaid) / par)::int END,
                CASE WHEN amount <= unpaid THEN 0 ELSE ceil((amount - unpaid) / par) * par END,
                amount, par, 'surplus-plan:' || $2, 'surplus_plan', $2::uuid, 'Surplus refund credited as capital',
                'system'
           FROM lines
         ON CONFLICT (cooperative_id, member_id, source_type, source_id) WHERE source_id IS NOT NULL DO NOTHING
         RETURNING paid_up_delta
       )
       SELECT count(*)::int AS entries, COALESCE(sum(paid_up_delta), 0)::text AS amount FROM inserted`,
      [input.cooperativeId, input.planId, input.effectiveDate, settings.par, ...input.refunds.params],
    );
    return result;
  }

  /** Sum of every member's paid-up capital now (the denominator of the percentage cap). */
  async totalPaidUp(ctx: RequestContext, cooperativeId: string): Promise<string> {
    const [row]: { total: string }[] = await this.tx
      .managerOf(ctx)
      .query(`SELECT coalesce(sum(paid_up), 0)::text AS total FROM capital_balances WHERE cooperative_id = $1`, [
        cooperativeId,
      ]);
    return row.total;
  }

  /** One entry of the cooperative's ledger, or CAPITAL_ENTRY_NOT_FOUND. */
  async entry(ctx: RequestContext, cooperativeId: string, entryId: string): Promise<CapitalEntry> {
    if (!new RegExp(ENTRY_ID_PATTERN).test(entryId)) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'entryId', message: 'entryId must be a capital entry id (digits)' },
      ]);
    }
    const entry = await this.tx.managerOf(ctx).findOneBy(CapitalEntry, { cooperativeId, id: entryId });
    if (!entry) throw new ShareCapitalError('CAPITAL_ENTRY_NOT_FOUND', 'No such capital entry in this cooperative.');
    return entry;
  }
}

function toHolding(r: HoldingRow): LockedHolding {
  return {
    memberId: r.member_id,
    shares: r.shares,
    subscribed: plain(r.subscribed),
    paidUp: plain(r.paid_up),
    committed: r.committed_shares,
    lastEffectiveDate: r.last_effective_date,
  };
}

/** Amounts may not have more decimals than the currency's minor unit. */
export function assertMoneyScale(field: string, amount: string, settings: CapitalSettings): void {
  if (!hasAtMostScale(amount, settings.scale)) {
    throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
      { field, message: `${field} has more decimals than ${settings.currency} allows (${settings.scale})` },
    ]);
  }
}

/** Money as the API returns it: exactly the currency's decimals. */
export const asMoney = (value: string, settings: Pick<CapitalSettings, 'scale'>) => formatMoney(value, settings.scale);

/** Entries of one member follow their effective dates: none before the application or the previous entry. */
export function assertEntryDate(effectiveDate: string, member: LockedMember, holding: LockedHolding): void {
  if (effectiveDate < member.appliedOn) {
    throw new MembershipError(
      'EFFECTIVE_DATE_OUT_OF_ORDER',
      `The effective date ${effectiveDate} precedes the member's application (${member.appliedOn}).`,
    );
  }
  if (holding.lastEffectiveDate !== null && effectiveDate < holding.lastEffectiveDate) {
    throw new MembershipError(
      'EFFECTIVE_DATE_OUT_OF_ORDER',
      `The effective date ${effectiveDate} precedes the member's latest capital entry (${holding.lastEffectiveDate}).`,
    );
  }
}

/** The member's status allows the operation, or MEMBER_NOT_ELIGIBLE. */
export function assertStatus(member: LockedMember, allowed: readonly MemberStatus[], what: string): void {
  if (!allowed.includes(member.status)) {
    throw new ShareCapitalError(
      'MEMBER_NOT_ELIGIBLE',
      `A member in status '${member.status}' cannot ${what} (allowed: ${allowed.join(', ')}).`,
    );
  }
}
