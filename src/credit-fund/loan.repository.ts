/**
 * The loans' SQL, named (STYLE.md, Layers): locking and finding a loan, its schedule, the figures eligibility
 * counts, the disbursement and repayment bookkeeping (schedule, instalments, pledges) and the keyset pages. Services call these by name.
 */
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type PageQueryDto } from '../common/pagination/pagination.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import { borrowerOnlyUserId } from './credit-access.js';
import { CreditFundError } from './credit-fund.errors.js';
import { mapLoan, money } from './credit-fund.mapper.js';
import { uuidCursor } from './credit-fund.support.js';
import type { AppliedLine } from './loan-balances.js';
import { Loan } from './loan.entity.js';
import { LoanGuarantor } from './loan-guarantor.entity.js';
import { LoanInstalment } from './loan-instalment.entity.js';
import { pledgeRelease } from './loan-eligibility.rules.js';
import { OPEN_LOAN_STATUSES } from './loan-lifecycle.rules.js';
import { LoanRepayment } from './loan-repayment.entity.js';
import { LoanRepaymentLine } from './loan-repayment-line.entity.js';
import type { LoanResponseDto } from './loan.dto.js';
import type { Instalment } from './repayment-schedule.rules.js';

export const loanNotFound = () => new CreditFundError('LOAN_NOT_FOUND', 'No such loan in this cooperative.');

/** Every write on a loan locks its row first, so concurrent requests on one loan apply one after the other. */
export async function lockLoan(manager: EntityManager, cooperativeId: string, loanId: string): Promise<Loan> {
  const loan = await manager.findOne(Loan, {
    where: { cooperativeId, id: loanId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!loan) throw loanNotFound();
  return loan;
}

/** Found only when the caller may see it: a member-only caller sees their own loans and nothing else (404). */
export async function findVisibleLoan(
  manager: EntityManager,
  ctx: RequestContext,
  cooperativeId: string,
  loanId: string,
): Promise<Loan> {
  const self = borrowerOnlyUserId(ctx);
  const qb = manager
    .createQueryBuilder(Loan, 'l')
    .where('l.cooperative_id = :cooperativeId AND l.id = :loanId', { cooperativeId, loanId });
  if (self !== null) {
    qb.innerJoin(
      `(${memberDirectorySql(':cooperativeId')})`,
      'm',
      'm.cooperative_id = l.cooperative_id AND m.id = l.member_id AND m.user_id = :self',
      { self },
    );
  }
  const loan = await qb.getOne();
  if (!loan) throw loanNotFound();
  return loan;
}

export function instalmentsOf(
  manager: EntityManager,
  cooperativeId: string,
  loanId: string,
): Promise<LoanInstalment[]> {
  return manager.find(LoanInstalment, { where: { cooperativeId, loanId }, order: { number: 'ASC' } });
}

export function guarantorsOf(manager: EntityManager, cooperativeId: string, loanId: string): Promise<LoanGuarantor[]> {
  return manager.findBy(LoanGuarantor, { cooperativeId, loanId });
}

/** The loan as the API shows it, with its guarantors. */
export async function loanResponse(manager: EntityManager, loanId: string, scale: number): Promise<LoanResponseDto> {
  const loan = await manager.findOneByOrFail(Loan, { id: loanId });
  const guarantors = await manager.find(LoanGuarantor, {
    where: { cooperativeId: loan.cooperativeId, loanId },
    order: { memberId: 'ASC' },
  });
  return mapLoan(loan, guarantors, scale);
}

// Figures eligibility counts.

/** The member's applications and approved or disbursed loans, but `excludeLoanId` (the one being decided). */
export async function openLoanCount(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  excludeLoanId: string | null,
): Promise<number> {
  const [open] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM loans
      WHERE cooperative_id = $1 AND member_id = $2 AND status = ANY($3::text[]) AND id IS DISTINCT FROM $4::uuid`,
    [cooperativeId, memberId, OPEN_LOAN_STATUSES, excludeLoanId],
  );
  return open.count;
}

/** Contributions of a member on or before a day (what the loan ceiling counts). */
export async function contributedBy(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  asOf: string,
): Promise<Dec> {
  const [row] = await manager.query<{ total: string | null }[]>(
    `SELECT sum(amount) AS total FROM credit_fund_contributions
      WHERE cooperative_id = $1 AND member_id = $2 AND contributed_on <= $3`,
    [cooperativeId, memberId, asOf],
  );
  return new Dec(row?.total ?? 0);
}

/** Which of `memberIds` are active members of the cooperative (guarantors). */
export async function activeMemberIds(
  manager: EntityManager,
  cooperativeId: string,
  memberIds: readonly string[],
): Promise<Set<string>> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT m.id FROM (${memberDirectorySql('$1')}) m WHERE m.id = ANY($2::uuid[]) AND m.status = 'active'`,
    [cooperativeId, memberIds],
  );
  return new Set(rows.map((r) => r.id));
}

// Disbursement, repayments and write-offs.

/** The schedule fixed at disbursement. */
export async function insertSchedule(
  manager: EntityManager,
  cooperativeId: string,
  loanId: string,
  schedule: readonly Instalment[],
): Promise<void> {
  await manager.insert(
    LoanInstalment,
    schedule.map((row) => ({
      cooperativeId,
      loanId,
      number: row.number,
      dueOn: row.dueOn,
      openingPrincipal: row.openingPrincipal,
      principal: row.principal,
      interest: row.interest,
    })),
  );
}

/** Pledges follow the principal repaid (pledgeRelease); the whole pledge once the loan is repaid. */
export async function releasePledges(
  manager: EntityManager,
  loan: Loan,
  principalRepaid: Dec,
  scale: number,
): Promise<{ memberId: string; released: string }[]> {
  const guarantors = await guarantorsOf(manager, loan.cooperativeId, loan.id);
  const changes: { memberId: string; released: string }[] = [];
  for (const g of guarantors) {
    const { released } = pledgeRelease(
      money(g.pledged, scale),
      formatMoney(principalRepaid, scale),
      money(loan.principal, scale),
      scale,
    );
    if (!new Dec(released).eq(g.released)) {
      await manager.update(
        LoanGuarantor,
        { cooperativeId: g.cooperativeId, loanId: g.loanId, memberId: g.memberId },
        { released },
      );
      changes.push({ memberId: g.memberId, released });
    }
  }
  return changes;
}

/** The scheduled interest neither paid nor waived. */
export async function unpaidInterestOf(manager: EntityManager, cooperativeId: string, loanId: string): Promise<Dec> {
  const [unpaid] = await manager.query<{ interest: string | null }[]>(
    `SELECT sum(interest - interest_paid - interest_waived) AS interest FROM loan_instalments
      WHERE cooperative_id = $1 AND loan_id = $2`,
    [cooperativeId, loanId],
  );
  return new Dec(unpaid?.interest ?? 0);
}

/** Numbered under the loan's row lock: 1, 2, 3... with no gap or duplicate (and a unique key behind it). */
export async function nextRepaymentNumber(
  manager: EntityManager,
  cooperativeId: string,
  loanId: string,
): Promise<number> {
  const [last] = await manager.query<{ n: number }[]>(
    'SELECT coalesce(max(number), 0)::int AS n FROM loan_repayments WHERE cooperative_id = $1 AND loan_id = $2',
    [cooperativeId, loanId],
  );
  return last.n + 1;
}

/** Adds what each line pays (and waives) to its instalment, in one statement. */
export async function applyToInstalments(
  manager: EntityManager,
  cooperativeId: string,
  loanId: string,
  lines: readonly AppliedLine[],
): Promise<void> {
  await manager.query(
    `UPDATE loan_instalments i
        SET principal_paid = i.principal_paid + v.principal,
            interest_paid = i.interest_paid + v.interest,
            interest_waived = i.interest_waived + v.waived
       FROM unnest($3::int[], $4::numeric[], $5::numeric[], $6::numeric[]) AS v(number, principal, interest, waived)
      WHERE i.cooperative_id = $1 AND i.loan_id = $2 AND i.number = v.number`,
    [
      cooperativeId,
      loanId,
      lines.map((l) => l.number),
      lines.map((l) => l.principal.toFixed()),
      lines.map((l) => l.interest.toFixed()),
      lines.map((l) => l.waived.toFixed()),
    ],
  );
}

// Pages (keyset).

/** A page of loans (one row more than the limit) and their guarantors. */
export async function loanPage(
  manager: EntityManager,
  cooperativeId: string,
  filter: { memberId: string | null; status: string | null },
  query: PageQueryDto,
): Promise<{ rows: Loan[]; guarantors: LoanGuarantor[] }> {
  const qb = manager
    .createQueryBuilder(Loan, 'l')
    .where('l.cooperative_id = :cooperativeId', { cooperativeId })
    .orderBy('l.id', 'ASC')
    .limit(query.limit + 1);
  if (filter.memberId) qb.andWhere('l.member_id = :memberId', { memberId: filter.memberId });
  if (filter.status) qb.andWhere('l.status = :status', { status: filter.status });
  if (query.cursor) qb.andWhere('l.id > :after', { after: uuidCursor(query.cursor) });
  const rows = await qb.getMany();
  const guarantors =
    rows.length === 0
      ? []
      : await manager
          .createQueryBuilder(LoanGuarantor, 'g')
          .where('g.cooperative_id = :cooperativeId AND g.loan_id IN (:...ids)', {
            cooperativeId,
            ids: rows.map((l) => l.id),
          })
          .orderBy('g.member_id', 'ASC')
          .getMany();
  return { rows, guarantors };
}

/** A page of a loan's repayments by number (one row more than the limit) and their lines. */
export async function repaymentPage(
  manager: EntityManager,
  cooperativeId: string,
  loanId: string,
  query: PageQueryDto,
): Promise<{ rows: LoanRepayment[]; lines: LoanRepaymentLine[] }> {
  const qb = manager
    .createQueryBuilder(LoanRepayment, 'r')
    .where('r.cooperative_id = :cooperativeId AND r.loan_id = :loanId', { cooperativeId, loanId })
    .orderBy('r.number', 'ASC')
    .limit(query.limit + 1);
  if (query.cursor) {
    const [after] = decodeCursor(query.cursor, ['number']);
    if (!Number.isSafeInteger(after)) invalidCursor();
    qb.andWhere('r.number > :after', { after });
  }
  const rows = await qb.getMany();
  const lines =
    rows.length === 0
      ? []
      : await manager
          .createQueryBuilder(LoanRepaymentLine, 'l')
          .where('l.repayment_id IN (:...ids)', { ids: rows.map((r) => r.id) })
          .getMany();
  return { rows, lines };
}
