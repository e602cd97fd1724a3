/**
 * Ledger postings (subscriptions, payments, allocations, reversals) and the statements read from the ledger: a
 * member's capital at a date with the entries behind it, and the cooperative's totals at a date and per month.
 * Each posting locks what it checks (capital-ledger.ts), asks the pure rules, appends the entry (the balance follows
 * in the same statement) and records the audit entry, in one transaction.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Dec } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import type { MemberStatus } from '../membership/member-lifecycle.rules.js';
import { memberNotFound } from '../membership/member.service.js';
import { todayUtc } from '../membership/member.validators.js';
import { callingUserId, capitalSelfOnlyUserId } from './capital-access.js';
import { CapitalEntry } from './capital-entry.entity.js';
import {
  asMoney,
  assertEntryDate,
  assertMoneyScale,
  assertStatus,
  CapitalLedger,
  type CapitalSettings,
  type LockedHolding,
} from './capital-ledger.js';
import type {
  AllocationCreateDto,
  CapitalEntriesQueryDto,
  CapitalEntryDetailDto,
  CapitalMonthDto,
  CapitalMonthlyDto,
  CapitalMonthlyQueryDto,
  CapitalPostingResponseDto,
  CapitalStatementDto,
  CapitalStatementLineDto,
  CapitalTotalsDto,
  PaymentCreateDto,
  ReversalCreateDto,
  SubscriptionCreateDto,
} from './share-capital.dto.js';
import { MAX_MONTHS } from './share-capital.dto.js';
import { mapBalance, mapEntry, mapHolding } from './share-capital.mapper.js';
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
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError } from '../membership/membership.errors.js';
import { ShareCapitalError } from './share-capital.errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Posting {
  memberId: string;
  kind: EntryKind;
  effectiveDate: string;
  /** Member statuses that may receive the entry. */
  statuses: readonly MemberStatus[];
  what: string;
  /** Lock on the bylaws row: 'share' when checked against the totals, 'update' when it lowers them. */
  bylawsLock?: 'share' | 'update';
  change: (holding: LockedHolding, settings: CapitalSettings) => Change;
  /** Extra checks on the holding after the change (caps, commitments). */
  check?: (
    after: LockedHolding,
    change: Change,
    settings: CapitalSettings,
    manager: EntityManager,
  ) => Promise<void> | void;
  reference?: string | null;
  note?: string | null;
  reversesEntryId?: string | null;
  audit: Record<string, unknown>;
}

@Injectable()
export class ShareCapitalService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly ledger: CapitalLedger,
  ) {}

  subscribe(cooperativeId: string, input: SubscriptionCreateDto): Promise<CapitalPostingResponseDto> {
    return this.postOne(cooperativeId, {
      memberId: input.memberId,
      kind: 'subscription',
      effectiveDate: input.effectiveDate,
      statuses: ['applicant', 'active'],
      what: 'subscribe shares',
      bylawsLock: 'share',
      change: (_, s) => subscriptionChange(input.shares, s.par),
      check: async (after, _, s, manager) =>
        assertWithinCap(after, s.maxPercent === null ? '0' : await this.ledger.totalPaidUp(manager, cooperativeId), s),
      reference: input.reference,
      note: input.note,
      audit: { shares: input.shares },
    });
  }

  pay(cooperativeId: string, input: PaymentCreateDto): Promise<CapitalPostingResponseDto> {
    return this.postOne(cooperativeId, {
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

  allocate(cooperativeId: string, input: AllocationCreateDto): Promise<CapitalPostingResponseDto> {
    return this.postOne(cooperativeId, {
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
      check: async (after, change, s, manager) => {
        if (change.shares === 0) return;
        const total = s.maxPercent === null ? '0' : await this.ledger.totalPaidUp(manager, cooperativeId);
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
  reverse(cooperativeId: string, entryId: string, input: ReversalCreateDto): Promise<CapitalPostingResponseDto> {
    return this.tx.run(async (manager) => {
      const original = await this.findEntry(manager, cooperativeId, entryId);
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
      await this.assertNotReversed(manager, cooperativeId, original.id);
      const holding = await this.ledger.holding(manager, cooperativeId, original.memberId);
      const effectiveDate =
        input.effectiveDate ?? [original.effectiveDate, holding.lastEffectiveDate ?? ''].sort().at(-1)!;
      if (effectiveDate < original.effectiveDate) {
        throw new MembershipError(
          'EFFECTIVE_DATE_OUT_OF_ORDER',
          `A reversal cannot take effect (${effectiveDate}) before the entry it reverses (${original.effectiveDate}).`,
        );
      }
      return this.postOne(cooperativeId, {
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
        check: async (after, _, s, m) => {
          // Again under the member's balance lock: of two concurrent reversals, the second sees the first.
          await this.assertNotReversed(m, cooperativeId, original.id);
          await this.assertCommitmentsStillPaid(m, cooperativeId, after, s);
        },
        reversesEntryId: original.id,
        note: input.reason,
        audit: { reversedEntryId: original.id, reversedKind: original.kind, reason: input.reason },
      });
    });
  }

  async getEntry(cooperativeId: string, entryId: string): Promise<CapitalEntryDetailDto> {
    const manager = this.tx.manager;
    const entry = await this.findEntry(manager, cooperativeId, entryId);
    const settings = await this.ledger.settings(manager, cooperativeId);
    const [reversal]: { id: string }[] = await manager.query(
      `SELECT id::text FROM capital_entries WHERE cooperative_id = $1 AND reverses_entry_id = $2`,
      [cooperativeId, entry.id],
    );
    return { ...mapEntry(entry, settings.scale), reversedByEntryId: reversal?.id ?? null };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Statements

  /** A member's capital on `asOf` (default today): the entries effective on or before it, summed. */
  async statement(cooperativeId: string, memberId: string, asOf?: string): Promise<CapitalStatementDto> {
    const member = await this.visibleMember(cooperativeId, memberId);
    return this.statementOf(cooperativeId, member, asOf ?? todayUtc());
  }

  async ownStatement(cooperativeId: string, asOf?: string): Promise<CapitalStatementDto> {
    return this.statementOf(cooperativeId, await this.ownMember(cooperativeId), asOf ?? todayUtc());
  }

  /** The entries behind a statement, oldest first, each with the member's balances right after it. */
  async entries(
    cooperativeId: string,
    memberId: string,
    query: CapitalEntriesQueryDto,
  ): Promise<Page<CapitalStatementLineDto>> {
    const member = await this.visibleMember(cooperativeId, memberId);
    return this.entriesOf(cooperativeId, member.id, query);
  }

  async ownEntries(cooperativeId: string, query: CapitalEntriesQueryDto): Promise<Page<CapitalStatementLineDto>> {
    return this.entriesOf(cooperativeId, (await this.ownMember(cooperativeId)).id, query);
  }

  /** The cooperative's totals on a day: one index-only range scan over the entries' date index. */
  async totals(cooperativeId: string, asOf?: string): Promise<CapitalTotalsDto> {
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    const day = asOf ?? todayUtc();
    const [row]: Sums[] = await manager.query(
      `SELECT coalesce(sum(shares_delta), 0)::text AS shares, coalesce(sum(subscribed_delta), 0)::text AS subscribed,
              coalesce(sum(paid_up_delta), 0)::text AS paid_up
         FROM capital_entries WHERE cooperative_id = $1 AND effective_date <= $2`,
      [cooperativeId, day],
    );
    return totalsDto(day, settings, row);
  }

  /**
   * Totals at the end of each month from `from` to `to`, with the month's movements by entry kind: the opening
   * totals (before the first month) in one scan, then one grouped scan over the months asked; the running totals are
   * added up here (at most 120 months).
   */
  async monthly(cooperativeId: string, query: CapitalMonthlyQueryDto): Promise<CapitalMonthlyDto> {
    const months = monthsBetween(query.from, query.to);
    if (months.length === 0 || months.length > MAX_MONTHS) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'to', message: `to must be from 'from' to ${MAX_MONTHS} months after it` },
      ]);
    }
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    const start = `${query.from}-01`;
    const end = nextMonth(query.to);
    const opening = await this.totals(cooperativeId, dayBefore(start));
    const rows: (Sums & { month: string; kind: EntryKind; entries: number })[] = await manager.query(
      `SELECT to_char(effective_date, 'YYYY-MM') AS month, kind, count(*)::int AS entries,
              sum(shares_delta)::text AS shares, sum(subscribed_delta)::text AS subscribed,
              sum(paid_up_delta)::text AS paid_up
         FROM capital_entries
        WHERE cooperative_id = $1 AND effective_date >= $2 AND effective_date < $3
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [cooperativeId, start, end],
    );
    let shares = new Dec(opening.sharesOutstanding);
    let subscribed = new Dec(opening.subscribedCapital);
    let paidUp = new Dec(opening.paidUpCapital);
    const result: CapitalMonthDto[] = months.map((month) => {
      const moves = rows.filter((r) => r.month === month);
      for (const r of moves) {
        shares = shares.plus(r.shares);
        subscribed = subscribed.plus(r.subscribed);
        paidUp = paidUp.plus(r.paid_up);
      }
      return {
        month,
        movements: moves.map((r) => ({
          kind: r.kind,
          entries: r.entries,
          sharesChange: Number(r.shares),
          subscribedChange: asMoney(r.subscribed, settings),
          paidUpChange: asMoney(r.paid_up, settings),
        })),
        sharesOutstanding: shares.toNumber(),
        subscribedCapital: asMoney(subscribed.toFixed(), settings),
        paidUpCapital: asMoney(paidUp.toFixed(), settings),
        unpaidCapital: asMoney(subscribed.minus(paidUp).toFixed(), settings),
      };
    });
    return { currency: settings.currency, opening, months: result };
  }

  // -------------------------------------------------------------------------------------------------------------

  /** One posting: lock, check, append, audit; answers the entry and the member's balance after it. */
  private postOne(cooperativeId: string, p: Posting): Promise<CapitalPostingResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId, p.bylawsLock);
      const member = (await this.ledger.lockMembers(manager, cooperativeId, [p.memberId])).get(p.memberId)!;
      assertStatus(member, p.statuses, p.what);
      const holding = (await this.ledger.lockHoldings(manager, cooperativeId, [p.memberId])).get(p.memberId)!;
      assertEntryDate(p.effectiveDate, member, holding);
      const change = p.change(holding, settings);
      const after = { ...holding, ...applyChange(holding, change) };
      await p.check?.(after, change, settings, manager);
      const [entry] = await this.ledger.post(manager, cooperativeId, [
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
      await this.audit.record({
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
      });
      const balance = await this.ledger.holding(manager, cooperativeId, p.memberId);
      return { entry: mapEntry(entry, settings.scale), balance: mapBalance(balance, settings.scale) };
    });
  }

  /**
   * After a reversal lowers paid-up capital, shares committed to open transfers and partial redemptions must still be
   * fully paid (a redemption of all shares takes them as they are).
   */
  private async assertCommitmentsStillPaid(
    manager: EntityManager,
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

  private async assertNotReversed(manager: EntityManager, cooperativeId: string, entryId: string): Promise<void> {
    const reversed: unknown[] = await manager.query(
      `SELECT 1 FROM capital_entries WHERE cooperative_id = $1 AND reverses_entry_id = $2`,
      [cooperativeId, entryId],
    );
    if (reversed.length > 0)
      throw new ShareCapitalError('ENTRY_ALREADY_REVERSED', `Entry ${entryId} is already reversed.`);
  }

  private async findEntry(manager: EntityManager, cooperativeId: string, entryId: string): Promise<CapitalEntry> {
    if (!/^\d{1,18}$/.test(entryId)) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'entryId', message: 'entryId must be a capital entry id (digits)' },
      ]);
    }
    const entry = await manager.findOneBy(CapitalEntry, { cooperativeId, id: entryId });
    if (!entry) throw new ShareCapitalError('CAPITAL_ENTRY_NOT_FOUND', 'No such capital entry in this cooperative.');
    return entry;
  }

  private async visibleMember(cooperativeId: string, memberId: string): Promise<MemberRef> {
    const self = capitalSelfOnlyUserId();
    const rows: MemberRef[] = await this.tx.manager.query(
      `SELECT id, member_number AS "memberNumber" FROM members
        WHERE cooperative_id = $1 AND id = $2 AND ($3::uuid IS NULL OR user_id = $3)`,
      [cooperativeId, memberId, self],
    );
    if (!rows[0]) throw memberNotFound();
    return rows[0];
  }

  private async ownMember(cooperativeId: string): Promise<MemberRef> {
    const rows: MemberRef[] = await this.tx.manager.query(
      `SELECT id, member_number AS "memberNumber" FROM members WHERE cooperative_id = $1 AND user_id = $2`,
      [cooperativeId, callingUserId()],
    );
    if (!rows[0]) {
      throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
    }
    return rows[0];
  }

  private async statementOf(cooperativeId: string, member: MemberRef, asOf: string): Promise<CapitalStatementDto> {
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    const [row]: (Sums & { entries: number; last: string | null })[] = await manager.query(
      `SELECT coalesce(sum(shares_delta), 0)::text AS shares, coalesce(sum(subscribed_delta), 0)::text AS subscribed,
              coalesce(sum(paid_up_delta), 0)::text AS paid_up, count(*)::int AS entries,
              max(effective_date)::text AS last
         FROM capital_entries WHERE cooperative_id = $1 AND member_id = $2 AND effective_date <= $3`,
      [cooperativeId, member.id, asOf],
    );
    return {
      memberId: member.id,
      memberNumber: member.memberNumber,
      asOf,
      currency: settings.currency,
      ...mapHolding({ shares: Number(row.shares), subscribed: row.subscribed, paidUp: row.paid_up }, settings.scale),
      entryCount: row.entries,
      lastEntryDate: row.last,
    };
  }

  private async entriesOf(
    cooperativeId: string,
    memberId: string,
    query: CapitalEntriesQueryDto,
  ): Promise<Page<CapitalStatementLineDto>> {
    let after: [string, string] | null = null;
    if (query.cursor) {
      const [date, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!ISO_DATE.test(date) || !/^\d{1,18}$/.test(id)) invalidCursor();
      after = [date, id];
    }
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    const rows: (CapitalEntry & { sharesAfter: string; subscribedAfter: string; paidUpAfter: string })[] =
      await manager.query(
        `SELECT * FROM (
           SELECT e.id::text AS id, e.member_id AS "memberId", e.kind, e.effective_date::text AS "effectiveDate",
                  e.shares_delta AS "sharesDelta", e.subscribed_delta::text AS "subscribedDelta",
                  e.paid_up_delta::text AS "paidUpDelta", e.par_value::text AS "parValue",
                  e.reverses_entry_id::text AS "reversesEntryId", e.request_id AS "requestId",
                  e.counterparty_member_id AS "counterpartyMemberId", e.reference, e.note,
                  e.recorded_by_type AS "recordedByType", e.recorded_by AS "recordedBy", e.recorded_at AS "recordedAt",
                  sum(e.shares_delta) OVER w AS "sharesAfter", sum(e.subscribed_delta) OVER w AS "subscribedAfter",
                  sum(e.paid_up_delta) OVER w AS "paidUpAfter"
             FROM capital_entries e
            WHERE e.cooperative_id = $1 AND e.member_id = $2 AND ($3::date IS NULL OR e.effective_date <= $3)
           WINDOW w AS (ORDER BY e.effective_date, e.id ROWS UNBOUNDED PRECEDING)
         ) s
         WHERE $4::date IS NULL OR ("effectiveDate"::date, id::bigint) > ($4::date, $5::bigint)
         ORDER BY "effectiveDate", id::bigint
         LIMIT $6`,
        [cooperativeId, memberId, query.asOf ?? null, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
    return toPage(
      rows,
      query.limit,
      (r) => [r.effectiveDate, String(r.id)],
      (r): CapitalStatementLineDto => ({
        ...mapEntry({ ...r, recordedAt: new Date(r.recordedAt) }, settings.scale),
        sharesAfter: Number(r.sharesAfter),
        subscribedAfter: asMoney(String(r.subscribedAfter), settings),
        paidUpAfter: asMoney(String(r.paidUpAfter), settings),
      }),
    );
  }
}

interface MemberRef {
  id: string;
  memberNumber: number | null;
}

interface Sums {
  shares: string;
  subscribed: string;
  paid_up: string;
}

function totalsDto(asOf: string, settings: CapitalSettings, row: Sums): CapitalTotalsDto {
  const holding = mapHolding(
    { shares: Number(row.shares), subscribed: row.subscribed, paidUp: row.paid_up },
    settings.scale,
  );
  return {
    asOf,
    currency: settings.currency,
    sharesOutstanding: holding.sharesHeld,
    subscribedCapital: holding.subscribedCapital,
    paidUpCapital: holding.paidUpCapital,
    unpaidCapital: holding.unpaidCapital,
  };
}

/** 'YYYY-MM' months from `from` to `to` included (empty when `to` precedes `from`; stops past the cap). */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  while (months.length <= MAX_MONTHS) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > to) break;
    months.push(current);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The first day of the month after 'YYYY-MM'. */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
