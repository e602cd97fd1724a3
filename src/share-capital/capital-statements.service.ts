/**
 * What is read from the ledger: one entry, a member's capital at a date with the entries behind it (a member reads
 * only their own: capital-access.ts), and the cooperative's totals at a date and per month. These are the books as
 * they stood on the day (every entry counts, a mistake until its reversal); paid-up capital as an entitlement (a
 * reversed pair left out) is capital.sql.ts.
 */
import { Injectable } from '@nestjs/common';
import { callingUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ISO_DATE, todayUtc } from '../common/dates.js';
import { CommonError } from '../common/errors/common.errors.js';
import { Dec } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { MembershipError, memberNotFound } from '../membership/membership.errors.js';
import { capitalSelfOnlyUserId } from './capital-access.js';
import type { CapitalEntry } from './capital-entry.entity.js';
import { asMoney, CapitalLedger, type CapitalSettings } from './capital-ledger.js';
import type {
  CapitalEntriesQueryDto,
  CapitalEntryDetailDto,
  CapitalMonthDto,
  CapitalMonthlyDto,
  CapitalMonthlyQueryDto,
  CapitalStatementDto,
  CapitalStatementLineDto,
  CapitalTotalsDto,
} from './share-capital.dto.js';
import { MAX_MONTHS } from './share-capital.dto.js';
import { mapEntry, mapHolding } from './share-capital.mapper.js';
import type { EntryKind } from './share-capital.rules.js';
import { memberDirectorySql, memberOfUser } from '../membership/member-directory.sql.js';

@Injectable()
export class CapitalStatementsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly ledger: CapitalLedger,
  ) {}

  async getEntry(ctx: RequestContext, cooperativeId: string, entryId: string): Promise<CapitalEntryDetailDto> {
    const entry = await this.ledger.entry(ctx, cooperativeId, entryId);
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const [reversal]: { id: string }[] = await this.tx
      .managerOf(ctx)
      .query(`SELECT id::text FROM capital_entries WHERE cooperative_id = $1 AND reverses_entry_id = $2`, [
        cooperativeId,
        entry.id,
      ]);
    return { ...mapEntry(entry, settings.scale), reversedByEntryId: reversal?.id ?? null };
  }

  /** A member's capital on `asOf` (default today): the entries effective on or before it, summed. */
  async statement(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    asOf?: string,
  ): Promise<CapitalStatementDto> {
    const member = await this.visibleMember(ctx, cooperativeId, memberId);
    return this.statementOf(ctx, cooperativeId, member, asOf ?? todayUtc());
  }

  async ownStatement(ctx: RequestContext, cooperativeId: string, asOf?: string): Promise<CapitalStatementDto> {
    return this.statementOf(ctx, cooperativeId, await this.ownMember(ctx, cooperativeId), asOf ?? todayUtc());
  }

  /** The entries behind a statement, oldest first, each with the member's balances right after it. */
  async entries(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    query: CapitalEntriesQueryDto,
  ): Promise<Page<CapitalStatementLineDto>> {
    const member = await this.visibleMember(ctx, cooperativeId, memberId);
    return this.entriesOf(ctx, cooperativeId, member.id, query);
  }

  async ownEntries(
    ctx: RequestContext,
    cooperativeId: string,
    query: CapitalEntriesQueryDto,
  ): Promise<Page<CapitalStatementLineDto>> {
    return this.entriesOf(ctx, cooperativeId, (await this.ownMember(ctx, cooperativeId)).id, query);
  }

  /** The cooperative's totals on a day: one index-only range scan over the entries' date index. */
  async totals(ctx: RequestContext, cooperativeId: string, asOf?: string): Promise<CapitalTotalsDto> {
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const day = asOf ?? todayUtc();
    const [row]: Sums[] = await this.tx.managerOf(ctx).query(
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
  async monthly(ctx: RequestContext, cooperativeId: string, query: CapitalMonthlyQueryDto): Promise<CapitalMonthlyDto> {
    const months = monthsBetween(query.from, query.to);
    if (months.length === 0 || months.length > MAX_MONTHS) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'to', message: `to must be from 'from' to ${MAX_MONTHS} months after it` },
      ]);
    }
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const start = `${query.from}-01`;
    const end = nextMonth(query.to);
    const opening = await this.totals(ctx, cooperativeId, dayBefore(start));
    const rows: (Sums & { month: string; kind: EntryKind; entries: number })[] = await this.tx.managerOf(ctx).query(
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

  private async visibleMember(ctx: RequestContext, cooperativeId: string, memberId: string): Promise<MemberRef> {
    const self = capitalSelfOnlyUserId(ctx);
    const rows: MemberRef[] = await this.tx.managerOf(ctx).query(
      `SELECT m.id, m.member_number AS "memberNumber" FROM (${memberDirectorySql('$1')}) m
        WHERE m.id = $2 AND ($3::uuid IS NULL OR m.user_id = $3)`,
      [cooperativeId, memberId, self],
    );
    if (!rows[0]) throw memberNotFound();
    return rows[0];
  }

  private async ownMember(ctx: RequestContext, cooperativeId: string): Promise<MemberRef> {
    const own = await memberOfUser(this.tx.managerOf(ctx), cooperativeId, callingUserId(ctx));
    if (!own) {
      throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
    }
    return own;
  }

  private async statementOf(
    ctx: RequestContext,
    cooperativeId: string,
    member: MemberRef,
    asOf: string,
  ): Promise<CapitalStatementDto> {
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const [row]: (Sums & { entries: number; last: string | null })[] = await this.tx.managerOf(ctx).query(
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
    ctx: RequestContext,
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
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const rows: (CapitalEntry & { sharesAfter: string; subscribedAfter: string; paidUpAfter: string })[] = await this.tx
      .managerOf(ctx)
      .query(
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
