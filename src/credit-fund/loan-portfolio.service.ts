/**
 * Arrears and portfolio-at-risk, set-based: one statement over every loan of the cooperative, the SQL form of
 * arrears.rules.ts (days past due from the oldest unpaid instalment due before the as-of day; PARx = whole
 * outstanding principal of the loans more than x days past due). An e2e test checks both agree loan by loan.
 *
 * "As of" a past day is exact: a loan is on the books when disbursed on or before that day and not repaid or
 * written off on or before it; its standing then is the state its last repayment on or before that day left
 * (loanStandingSql), and its overdue amounts come from the repayment lines with a value date up to that day.
 */
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { loanArrears, parRatio } from './arrears.rules.js';
import type { LoanArrearsDto, LoanArrearsPageDto, PortfolioResponseDto } from './credit-fund.dto.js';
import { money } from './credit-fund.mapper.js';
import { uuidCursor } from './credit-fund.support.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import { toBalance } from './loan-balances.js';
import { LoanInstalment } from './loan-instalment.entity.js';
import { LoanRepaymentLine } from './loan-repayment-line.entity.js';
import type { Loan } from './loan.entity.js';

/**
 * One row per loan on the books of cooperative $1 on day $2: its outstanding principal and days past due.
 * `extra` is ANDed to the loans' filter (e.g. a keyset condition on l.id).
 *
 * Repayments settle instalments in order, so the oldest unpaid instalment is the first one not settled, and its due
 * date changes only with a repayment: the loan row keeps it for now (next_due_on) and each repayment keeps the loan's
 * state once applied (principal_repaid_after, next_due_on_after). A loan with no repayment after $2 reads its row;
 * one repaid since reads its last repayment on or before $2 (or, with none, its first instalment). No instalment
 * is read: one pass over the loans, and over the repayments of the loans repaid since $2.
 */
export function loanStandingSql(extra = 'true'): string {
  return `
    WITH book AS NOT MATERIALIZED (
      SELECT l.id AS loan_id, l.member_id, l.principal, l.principal_repaid, l.next_due_on,
             (l.last_paid_on IS NULL OR l.last_paid_on <= $2::date) AS current
        FROM loans l
       WHERE l.cooperative_id = $1 AND l.disbursed_on <= $2::date
         AND (l.closed_on IS NULL OR l.closed_on > $2::date)
         AND ${extra}
    ),
    on_the_day AS (
      SELECT DISTINCT ON (r.loan_id) r.loan_id, r.principal_repaid_after, r.next_due_on_after
        FROM loan_repayments r
       WHERE r.cooperative_id = $1 AND r.paid_on <= $2::date
         AND r.loan_id IN (SELECT loan_id FROM book WHERE NOT current)
       ORDER BY r.loan_id, r.number DESC
    ),
    standing AS (
      SELECT b.loan_id, b.member_id,
             b.principal - CASE WHEN b.current THEN b.principal_repaid ELSE coalesce(d.principal_repaid_after, 0) END
               AS outstanding_principal,
             CASE WHEN b.current THEN b.next_due_on
                  WHEN d.loan_id IS NOT NULL THEN d.next_due_on_after
                  ELSE (SELECT min(i.due_on) FROM loan_instalments i
                         WHERE i.cooperative_id = $1 AND i.loan_id = b.loan_id AND i.principal + i.interest > 0)
             END AS next_due_on
        FROM book b
        LEFT JOIN on_the_day d ON d.loan_id = b.loan_id
    )
    SELECT loan_id, member_id, outstanding_principal,
           CASE WHEN next_due_on < $2::date THEN next_due_on::text END AS oldest_unpaid_due_on,
           CASE WHEN next_due_on < $2::date THEN $2::date - next_due_on ELSE 0 END AS days_past_due
      FROM standing`;
}

/**
 * Unpaid principal and interest of the instalments due before day $2, for the loans $3 (uuid[]) of cooperative $1:
 * from the instalments' paid columns for a loan with no repayment after $2, from the repayment lines (each with its
 * value date) for one repaid since.
 */
export const OVERDUE_SQL = `
  SELECT l.id AS loan_id, o.overdue_principal, o.overdue_interest
    FROM loans l
   CROSS JOIN LATERAL (
     SELECT coalesce(sum(x.principal_left), 0) AS overdue_principal,
            coalesce(sum(x.interest_left), 0) AS overdue_interest
       FROM (
         SELECT i.principal - i.principal_paid AS principal_left,
                i.interest - i.interest_paid - i.interest_waived AS interest_left
           FROM loan_instalments i
          WHERE (l.last_paid_on IS NULL OR l.last_paid_on <= $2::date)
            AND i.cooperative_id = l.cooperative_id AND i.loan_id = l.id AND i.due_on < $2::date
         UNION ALL
         SELECT i.principal - coalesce(p.principal, 0), i.interest - coalesce(p.interest, 0)
           FROM loan_instalments i
           LEFT JOIN LATERAL (
             SELECT sum(a.principal) AS principal, sum(a.interest + a.interest_waived) AS interest
               FROM loan_repayment_lines a
              WHERE a.cooperative_id = i.cooperative_id AND a.loan_id = i.loan_id
                AND a.instalment_number = i.number AND a.paid_on <= $2::date
           ) p ON true
          WHERE l.last_paid_on > $2::date
            AND i.cooperative_id = l.cooperative_id AND i.loan_id = l.id AND i.due_on < $2::date
       ) x
   ) o
   WHERE l.cooperative_id = $1 AND l.id = ANY($3::uuid[])`;

/**
 * Run inside the report's transaction, before its statement. JIT compilation costs far more than it saves on these
 * statements (it took 1 s of a 1.1 s portfolio over 10,000 loans).
 */
export const REPORT_SETTINGS_SQL = 'SET LOCAL jit = off';

export const PORTFOLIO_SQL = `
  SELECT count(*)::int AS loan_count,
         coalesce(sum(b.outstanding_principal), 0) AS outstanding_principal,
         (count(*) FILTER (WHERE b.days_past_due > 30))::int AS par30_count,
         coalesce(sum(b.outstanding_principal) FILTER (WHERE b.days_past_due > 30), 0) AS par30_principal,
         (count(*) FILTER (WHERE b.days_past_due > 90))::int AS par90_count,
         coalesce(sum(b.outstanding_principal) FILTER (WHERE b.days_past_due > 90), 0) AS par90_principal
    FROM (${loanStandingSql()}) b`;

/** $3: the last loan id of the previous page (or null), $4: least days past due, $5: rows to fetch. */
export const ARREARS_PAGE_SQL = `
  SELECT * FROM (${loanStandingSql('($3::uuid IS NULL OR l.id > $3::uuid)')}) b
   WHERE b.days_past_due >= $4
   ORDER BY b.loan_id
   LIMIT $5`;

interface StandingRow {
  loan_id: string;
  member_id: string;
  outstanding_principal: string;
  oldest_unpaid_due_on: string | null;
  days_past_due: number;
}

interface OverdueRow {
  loan_id: string;
  overdue_principal: string;
  overdue_interest: string;
}

interface PortfolioRow {
  loan_count: number;
  outstanding_principal: string;
  par30_count: number;
  par30_principal: string;
  par90_count: number;
  par90_principal: string;
}

@Injectable()
export class LoanPortfolioService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly cooperatives: CooperativeService,
  ) {}

  async portfolio(ctx: RequestContext, cooperativeId: string, asOf = todayUtc()): Promise<PortfolioResponseDto> {
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    const scale = bylaws.minorUnitScale;
    const [row] = await this.tx.run(ctx, async ({ manager }) => {
      await manager.query(REPORT_SETTINGS_SQL);
      return manager.query<PortfolioRow[]>(PORTFOLIO_SQL, [cooperativeId, asOf]);
    });
    const total = new Dec(row.outstanding_principal);
    return {
      asOf,
      currency: bylaws.currency.trim(),
      loanCount: row.loan_count,
      outstandingPrincipal: formatMoney(total, scale),
      par30LoanCount: row.par30_count,
      par30Principal: money(row.par30_principal, scale),
      par30Ratio: parRatio(new Dec(row.par30_principal), total),
      par90LoanCount: row.par90_count,
      par90Principal: money(row.par90_principal, scale),
      par90Ratio: parRatio(new Dec(row.par90_principal), total),
    };
  }

  /** Loans on the books at least `minDaysPastDue` days past due, by loan id (keyset). */
  async arrears(
    ctx: RequestContext,
    cooperativeId: string,
    query: { asOf?: string; minDaysPastDue: number; limit: number; cursor?: string },
  ): Promise<LoanArrearsPageDto> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const asOf = query.asOf ?? todayUtc();
    const after = query.cursor ? uuidCursor(query.cursor) : null;
    const { rows, overdue } = await this.tx.run(ctx, async ({ manager }) => {
      await manager.query(REPORT_SETTINGS_SQL);
      const page = await manager.query<StandingRow[]>(ARREARS_PAGE_SQL, [
        cooperativeId,
        asOf,
        after,
        query.minDaysPastDue,
        query.limit + 1,
      ]);
      const shown = page.slice(0, query.limit).map((r) => r.loan_id);
      const amounts =
        shown.length === 0 ? [] : await manager.query<OverdueRow[]>(OVERDUE_SQL, [cooperativeId, asOf, shown]);
      return { rows: page, overdue: new Map(amounts.map((a) => [a.loan_id, a])) };
    });
    const items = rows.slice(0, query.limit).map((r): LoanArrearsDto => {
      const amounts = overdue.get(r.loan_id);
      const overduePrincipal = new Dec(amounts?.overdue_principal ?? 0);
      const overdueInterest = new Dec(amounts?.overdue_interest ?? 0);
      return {
        loanId: r.loan_id,
        memberId: r.member_id,
        asOf,
        onBooks: true,
        daysPastDue: r.days_past_due,
        oldestUnpaidDueOn: r.oldest_unpaid_due_on,
        overduePrincipal: formatMoney(overduePrincipal, scale),
        overdueInterest: formatMoney(overdueInterest, scale),
        overdueTotal: formatMoney(overduePrincipal.plus(overdueInterest), scale),
        outstandingPrincipal: money(r.outstanding_principal, scale),
      };
    });
    const last = items.at(-1);
    return {
      asOf,
      items,
      nextCursor:
        rows.length > query.limit && last ? Buffer.from(JSON.stringify([last.loanId])).toString('base64url') : null,
    };
  }

  /** One loan's arrears on a day, by the pure rules (arrears.rules.ts) on what was paid by that day. */
  async loanArrears(ctx: RequestContext, loan: Loan, asOf: string, scale: number): Promise<LoanArrearsDto> {
    const manager = this.tx.managerOf(ctx);
    const onBooks =
      loan.disbursedOn !== null && loan.disbursedOn <= asOf && (loan.closedOn === null || loan.closedOn > asOf);
    const instalments =
      loan.disbursedOn !== null && loan.disbursedOn <= asOf
        ? await manager.find(LoanInstalment, {
            where: { cooperativeId: loan.cooperativeId, loanId: loan.id },
            order: { number: 'ASC' },
          })
        : [];
    let balances: InstalmentBalance[];
    if (loan.lastPaidOn !== null && loan.lastPaidOn > asOf) {
      const lines = await manager
        .createQueryBuilder(LoanRepaymentLine, 'a')
        .where('a.cooperative_id = :c AND a.loan_id = :l AND a.paid_on <= :asOf', {
          c: loan.cooperativeId,
          l: loan.id,
          asOf,
        })
        .getMany();
      balances = instalments.map((i) => {
        const mine = lines.filter((a) => a.instalmentNumber === i.number);
        const paid = (f: (a: LoanRepaymentLine) => Dec) => mine.reduce((t, a) => t.plus(f(a)), new Dec(0));
        return {
          number: i.number,
          dueOn: i.dueOn,
          principal: money(i.principal, scale),
          interest: money(i.interest, scale),
          principalPaid: formatMoney(
            paid((a) => new Dec(a.principal)),
            scale,
          ),
          interestPaid: formatMoney(
            paid((a) => new Dec(a.interest).plus(a.interestWaived)),
            scale,
          ),
        };
      });
    } else {
      balances = instalments.map((i) => toBalance(i, scale));
    }
    return { loanId: loan.id, memberId: loan.memberId, asOf, onBooks, ...loanArrears(balances, asOf, scale) };
  }
}
