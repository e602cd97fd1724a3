/**
 * Reading plans' lines at scale: a page of lines (keyset on the member number, the lines' primary key order), the
 * whole plan as CSV streamed through a server-side cursor in one REPEATABLE READ snapshot (memory flat whatever
 * the size), and a member's distribution statement (their own lines in plans put to or decided by the assembly).
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ISO_DATE, UUID } from '../common/dates.js';
import { csvField, csvRecord, csvText } from '../common/csv/csv.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { callingUserId, selfOnlyUserId } from '../auth/caller.js';
import type { RequestContext } from '../common/context/request-context.js';
import { memberDirectorySql, memberOfUser } from '../membership/member-directory.sql.js';
import type { PlanLineDto, StatementPageDto } from './distribution-plan.dto.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import { planNotFound } from './plan-locks.js';
import { SURPLUS_READERS } from './surplus-access.js';
import { type LineRow, mapLine, mapStatementLine, type StatementRow } from './surplus.mapper.js';
import { MembershipError, memberNotFound } from '../membership/membership.errors.js';

const EXPORT_BATCH = 5000;
export const LINES_CSV_HEADER = [
  'member_number',
  'name',
  'capital_days',
  'patronage_weight',
  'patronage_eligible',
  'interest',
  'patronage_refund',
  'total',
  'refund_mode',
] as const;
const STATEMENT_STATUSES = ['proposed', 'approved', 'executed'];

@Injectable()
export class DistributionReadService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly dataSource: DataSource,
  ) {}

  async lines(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    query: PageQueryDto,
  ): Promise<Page<PlanLineDto>> {
    const plan = await this.plan(ctx, cooperativeId, planId);
    let after = 0;
    if (query.cursor) {
      const [number] = decodeCursor(query.cursor, ['number']) as [number];
      if (!Number.isSafeInteger(number)) invalidCursor();
      after = number;
    }
    const rows: (LineRow & { name: string })[] = await this.tx.managerOf(ctx).query(
      `SELECT l.member_id, l.member_number, m.name, l.capital_days::text, l.patronage_weight::text,
              l.patronage_eligible, l.interest::text, l.patronage_refund::text, l.total::text, l.refund_mode
         FROM distribution_plan_lines l
         JOIN (${memberDirectorySql('$1')}) m ON m.id = l.member_id
        WHERE l.cooperative_id = $1 AND l.plan_id = $2 AND l.member_number > $3
        ORDER BY l.member_number
        LIMIT $4`,
      [cooperativeId, plan.id, after, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (r) => [r.member_number],
      (r) => mapLine(r, plan.scale),
    );
  }

  /**
   * The plan's lines as CSV (RFC 4180), in member-number order. The first `next()` checks the plan and opens the
   * cursor, so a failure to start is an ordinary error response; stopping early releases the connection.
   */
  async *linesCsv(_ctx: RequestContext, cooperativeId: string, planId: string): AsyncGenerator<string> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.startTransaction('REPEATABLE READ');
      open = true;
      await runner.query('SET TRANSACTION READ ONLY');
      const plan = await runner.manager.findOneBy(DistributionPlan, { id: planId, cooperativeId });
      if (!plan) throw planNotFound();
      // Amounts are formatted by PostgreSQL (round to the currency's decimals, trim_scale for weights): the
      // process only escapes names, which keeps a million lines cheap.
      await runner.query(
        `DECLARE plan_lines_export NO SCROLL CURSOR FOR
           SELECT l.member_number, m.name, trim_scale(l.capital_days)::text AS capital_days,
                  trim_scale(l.patronage_weight)::text AS patronage_weight, l.patronage_eligible,
                  round(l.interest, $3)::text AS interest, round(l.patronage_refund, $3)::text AS patronage_refund,
                  round(l.total, $3)::text AS total, l.refund_mode
             FROM distribution_plan_lines l
             JOIN (${memberDirectorySql('$1')}) m ON m.id = l.member_id
            WHERE l.cooperative_id = $1 AND l.plan_id = $2
            ORDER BY l.member_number`,
        [cooperativeId, plan.id, plan.scale],
      );
      yield csvRecord(LINES_CSV_HEADER.map(csvField));
      for (;;) {
        const rows = (await runner.query(`FETCH ${EXPORT_BATCH} FROM plan_lines_export`)) as (LineRow & {
          name: string;
        })[];
        if (rows.length === 0) break;
        yield rows
          .map((r) =>
            csvRecord([
              String(r.member_number),
              csvText(r.name),
              r.capital_days,
              r.patronage_weight,
              r.patronage_eligible ? 'true' : 'false',
              r.interest,
              r.patronage_refund,
              r.total,
              r.refund_mode,
            ]),
          )
          .join('');
      }
      await runner.commitTransaction();
      open = false;
    } finally {
      if (open) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /** The calling member's own statement. */
  async ownStatement(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<StatementPageDto> {
    const member = await memberOfUser(this.tx.managerOf(ctx), cooperativeId, callingUserId(ctx));
    if (!member) {
      throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
    }
    return this.statement(ctx, cooperativeId, { id: member.id, member_number: member.memberNumber }, query);
  }

  /** A member's statement; a member-only caller gets 404 for anyone but themself. */
  async memberStatement(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    query: PageQueryDto,
  ): Promise<StatementPageDto> {
    const self = selfOnlyUserId(ctx, SURPLUS_READERS);
    const [member]: { id: string; member_number: number | null }[] = await this.tx.managerOf(ctx).query(
      `SELECT m.id, m.member_number FROM (${memberDirectorySql('$1')}) m
        WHERE m.id = $2 AND ($3::uuid IS NULL OR m.user_id = $3::uuid)`,
      [cooperativeId, memberId, self],
    );
    if (!member) throw memberNotFound();
    return this.statement(ctx, cooperativeId, member, query);
  }

  /**
   * A member's lines in plans proposed, approved or executed (never drafts), newest fiscal year first: the
   * cooperative's plans (a few per year), each line found by its primary key (plan, member number).
   */
  private async statement(
    ctx: RequestContext,
    cooperativeId: string,
    member: { id: string; member_number: number | null },
    query: PageQueryDto,
  ): Promise<StatementPageDto> {
    let after: [string, string] = ['9999-12-31', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];
    if (query.cursor) {
      after = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!ISO_DATE.test(after[0]) || !UUID.test(after[1])) invalidCursor();
    }
    const rows: StatementRow[] = await this.tx.managerOf(ctx).query(
      `SELECT l.member_id, l.member_number, l.capital_days::text, l.patronage_weight::text, l.patronage_eligible,
              l.interest::text, l.patronage_refund::text, l.total::text, l.refund_mode,
              p.id AS plan_id, p.status, p.scale, p.interest_rate_percent::text, p.patronage_basis,
              p.executed_on::text AS executed_on,
              fy.id AS fiscal_year_id, fy.label, fy.start_date::text AS start_date, fy.end_date::text AS end_date
         FROM distribution_plans p
         JOIN fiscal_years fy ON fy.cooperative_id = p.cooperative_id AND fy.id = p.fiscal_year_id
         JOIN distribution_plan_lines l
           ON l.cooperative_id = p.cooperative_id AND l.plan_id = p.id AND l.member_number = $7
        WHERE p.cooperative_id = $1 AND l.member_id = $2 AND p.status = ANY($3::text[])
          AND (fy.start_date, p.id) < ($4::date, $5::uuid)
        ORDER BY fy.start_date DESC, p.id DESC
        LIMIT $6`,
      [cooperativeId, member.id, STATEMENT_STATUSES, after[0], after[1], query.limit + 1, member.member_number],
    );
    const page = toPage(rows, query.limit, (r) => [r.start_date, r.plan_id], mapStatementLine);
    return { memberId: member.id, memberNumber: member.member_number, ...page };
  }

  private async plan(ctx: RequestContext, cooperativeId: string, planId: string): Promise<DistributionPlan> {
    const plan = await this.tx.managerOf(ctx).findOneBy(DistributionPlan, { id: planId, cooperativeId });
    if (!plan) throw planNotFound();
    return plan;
  }
}
