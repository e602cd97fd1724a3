/**
 * Loans from the solidarity fund: application (checked against the bylaws), the committee's decision,
 * disbursement, repayments, early settlement and write-off. Every write locks the loan row first (then the member
 * row or the fund row), so concurrent requests on one loan apply one after the other and each sees what the
 * previous one left; the fund row lock makes every posting see the true balance.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { FieldError } from '../common/errors/rule-error.js';
import { CreditFundError, type CreditFundErrorCode } from './credit-fund.errors.js';
import { Dec, formatMoney, sum } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { actorOf } from '../auth/caller.js';
import { legacyContext } from '../common/context/log-context.js';
import { Member } from '../membership/member.entity.js';
import { borrowerOnlyUserId } from './credit-access.js';
import { CreditFundService, uuidCursor } from './credit-fund.service.js';
import { mapInstalment, mapLoan, mapRepayment, money } from './credit-fund.mapper.js';
import { MEMBER_PAID_UP_CAPITAL, type MemberPaidUpCapitalPort } from './credit-fund.ports.js';
import {
  amountIn,
  assertNoConflictOfInterest,
  assertNotBefore,
  findMember,
  findOwnMember,
  todayUtc,
} from './credit-fund.support.js';
import type { LoanArrearsDto } from './credit-fund.dto.js';
import { FundLedger, type Posting } from './fund-ledger.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import { checkLoanEligibility, type LoanEligibilityViolation, pledgeRelease } from './loan-eligibility.rules.js';
import { loanTransition, OPEN_LOAN_STATUSES } from './loan-lifecycle.rules.js';
import { settlementQuote } from './loan-settlement.rules.js';
import type {
  LoanApplicationDto,
  LoanApprovalDto,
  LoanDisbursementDto,
  LoanListQueryDto,
  LoanRejectionDto,
  LoanResponseDto,
  LoanWriteOffDto,
  OwnLoanApplicationDto,
  RepaymentCreateDto,
  RepaymentResponseDto,
  RepaymentResultDto,
  ScheduleResponseDto,
  SchedulePreviewQueryDto,
  SettlementCreateDto,
  SettlementQuoteDto,
} from './loan.dto.js';
import { Loan } from './loan.entity.js';
import { LoanGuarantor } from './loan-guarantor.entity.js';
import { LoanInstalment } from './loan-instalment.entity.js';
import { LoanRepayment } from './loan-repayment.entity.js';
import { LoanRepaymentLine } from './loan-repayment-line.entity.js';
import { allocateRepayment } from './repayment-allocation.rules.js';
import { buildSchedule } from './repayment-schedule.rules.js';

/** @deprecated ambient recorder, until this module takes a RequestContext (issue 13). */
const recorder = () => {
  const actor = actorOf(legacyContext());
  return { recordedByType: actor.type, recordedBy: actor.id };
};

export const loanNotFound = () => new CreditFundError('LOAN_NOT_FOUND', 'No such loan in this cooperative.');

interface Pledge {
  memberId: string;
  amount: Dec;
}

interface EligibilityFigures {
  ceiling: string | null;
  paidUpCapital: string | null;
  contributions: string;
  openLoans: number;
}

/** A line of money applied to one instalment. */
interface AppliedLine {
  number: number;
  principal: Dec;
  interest: Dec;
  waived: Dec;
}

@Injectable()
export class LoanService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly ledger: FundLedger,
    private readonly fund: CreditFundService,
    private readonly portfolio: LoanPortfolioService,
    @Optional() @Inject(MEMBER_PAID_UP_CAPITAL) private readonly capital?: MemberPaidUpCapitalPort,
  ) {}

  // -------------------------------------------------------------------------------------------------------------
  // Application and decision

  /** An application recorded by staff for a member. */
  async apply(cooperativeId: string, input: LoanApplicationDto): Promise<LoanResponseDto> {
    return this.applyFor(cooperativeId, input.memberId, input, input.appliedOn ?? todayUtc(), 'staff');
  }

  /** A member applies for themself (self-service). */
  async applyOwn(cooperativeId: string, input: OwnLoanApplicationDto): Promise<LoanResponseDto> {
    return this.tx.run(async (manager) => {
      const member = await findOwnMember(manager, cooperativeId);
      return this.applyFor(cooperativeId, member.id, input, todayUtc(), 'member');
    });
  }

  async approve(cooperativeId: string, loanId: string, input: LoanApprovalDto): Promise<LoanResponseDto> {
    return this.decide(cooperativeId, loanId, 'approve', input);
  }

  async reject(cooperativeId: string, loanId: string, input: LoanRejectionDto): Promise<LoanResponseDto> {
    return this.decide(cooperativeId, loanId, 'reject', input);
  }

  private async applyFor(
    cooperativeId: string,
    memberId: string,
    input: OwnLoanApplicationDto,
    appliedOn: string,
    by: 'staff' | 'member',
  ): Promise<LoanResponseDto> {
    return this.tx.run(async (manager) => {
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const scale = bylaws.minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const pledges: Pledge[] = (input.guarantors ?? []).map((g, i) => ({
        memberId: g.memberId,
        amount: amountIn(g.amount, scale, `guarantors[${i}].amount`),
      }));
      const member = await findMember(manager, cooperativeId, memberId, true);
      assertBorrowerActive(member);
      if (by === 'staff') await assertNoConflictOfInterest(manager, cooperativeId, [memberId]);
      await assertGuarantorsEligible(manager, cooperativeId, member.id, pledges);
      const figures = await this.checkEligibility(
        manager,
        bylaws,
        member.id,
        amount,
        input.termMonths,
        pledges,
        appliedOn,
        null,
      );

      const inserted = await manager.insert(Loan, {
        cooperativeId,
        memberId: member.id,
        status: 'applied',
        principal: amount.toFixed(),
        purpose: input.purpose,
        termMonths: input.termMonths,
        method: input.method,
        annualRatePercent: bylaws.loanInterestRatePercent,
        appliedOn,
        ceiling: figures.ceiling,
        paidUpCapital: figures.paidUpCapital,
        contributions: figures.contributions,
      });
      const loanId = inserted.identifiers[0].id as string;
      if (pledges.length > 0) {
        await manager.insert(
          LoanGuarantor,
          pledges.map((p) => ({ cooperativeId, loanId, memberId: p.memberId, pledged: p.amount.toFixed() })),
        );
      }
      await this.audit.record({
        cooperativeId,
        action: 'loan.applied',
        targetType: 'loan',
        targetId: loanId,
        summary: {
          memberId: member.id,
          by,
          amount: formatMoney(amount, scale),
          termMonths: input.termMonths,
          method: input.method,
          annualRatePercent: new Dec(bylaws.loanInterestRatePercent).toFixed(),
          appliedOn,
          ...figures,
          guarantors: pledges.map((p) => ({ memberId: p.memberId, pledged: formatMoney(p.amount, scale) })),
        },
      });
      return this.loanResponse(manager, loanId, scale);
    });
  }

  private async decide(
    cooperativeId: string,
    loanId: string,
    action: 'approve' | 'reject',
    input: LoanApprovalDto | LoanRejectionDto,
  ): Promise<LoanResponseDto> {
    return this.tx.run(async (manager) => {
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, action);
      const decidedOn = input.decidedOn ?? todayUtc();
      assertNotBefore(decidedOn, loan.appliedOn, 'decidedOn', 'the application');
      const guarantors = await manager.findBy(LoanGuarantor, { cooperativeId, loanId });
      await assertNoConflictOfInterest(manager, cooperativeId, [loan.memberId, ...guarantors.map((g) => g.memberId)]);
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const scale = bylaws.minorUnitScale;
      let figures: EligibilityFigures | undefined;
      if (action === 'approve') {
        // The facts may have moved since the application: the committee approves what holds today.
        const member = await findMember(manager, cooperativeId, loan.memberId, true);
        assertBorrowerActive(member);
        const pledges = guarantors.map((g) => ({ memberId: g.memberId, amount: new Dec(g.pledged) }));
        await assertGuarantorsEligible(manager, cooperativeId, member.id, pledges);
        figures = await this.checkEligibility(
          manager,
          bylaws,
          member.id,
          new Dec(loan.principal),
          loan.termMonths,
          pledges,
          decidedOn,
          loan.id,
        );
      }
      await manager.update(
        Loan,
        { id: loan.id, cooperativeId },
        {
          status: to,
          decidedOn,
          decisionReason: input.reason?.trim() || null,
          decisionReference: input.decisionReference ?? null,
        },
      );
      await this.audit.record({
        cooperativeId,
        action: action === 'approve' ? 'loan.approved' : 'loan.rejected',
        targetType: 'loan',
        targetId: loan.id,
        summary: {
          memberId: loan.memberId,
          from: loan.status,
          to,
          decidedOn,
          reason: input.reason?.trim() || null,
          decisionReference: input.decisionReference ?? null,
          ...(figures ? { eligibility: figures } : {}),
        },
      });
      return this.loanResponse(manager, loan.id, scale);
    });
  }

  /**
   * The bylaws' credit rules (loan-eligibility.rules.ts) on the member's figures of `asOf`; throws the first
   * violation's code, listing all of them. With no paid-up capital provider the capital is unknown: an amount
   * within multiple x contributions (the ceiling's floor, capital being never negative) passes, anything above it
   * is PAID_UP_CAPITAL_UNKNOWN, never silently judged as if the member held no capital.
   */
  private async checkEligibility(
    manager: EntityManager,
    bylaws: Bylaws,
    memberId: string,
    amount: Dec,
    termMonths: number,
    pledges: readonly Pledge[],
    asOf: string,
    excludeLoanId: string | null,
  ): Promise<EligibilityFigures> {
    const { cooperativeId, minorUnitScale: scale } = bylaws;
    const [open] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM loans
        WHERE cooperative_id = $1 AND member_id = $2 AND status = ANY($3::text[]) AND id IS DISTINCT FROM $4::uuid`,
      [cooperativeId, memberId, OPEN_LOAN_STATUSES, excludeLoanId],
    );
    const contributions = formatMoney(await this.fund.contributedBy(manager, cooperativeId, memberId, asOf), scale);
    const paidUpCapital = this.capital
      ? normaliseCapital(await this.capital.paidUpCapital(manager, cooperativeId, memberId, asOf), scale)
      : null;
    const multiple = new Dec(bylaws.loanCeilingMultiple).toFixed();
    const guaranteePercent = bylaws.loanGuaranteeRequired ? new Dec(bylaws.loanGuaranteePercent).toFixed() : '0';
    const result = checkLoanEligibility(
      {
        ceilingMultiple: multiple,
        maxTermMonths: bylaws.loanMaxTermMonths,
        loansPerMember: bylaws.maxLoansPerMember,
        guaranteePercent,
      },
      {
        amount: formatMoney(amount, scale),
        termMonths,
        paidUpCapital: paidUpCapital ?? formatMoney(0, scale),
        contributions,
        openLoans: open.count,
        pledges: pledges.map((p) => formatMoney(p.amount, scale)),
      },
      scale,
    );
    const figures: EligibilityFigures = {
      ceiling: paidUpCapital === null ? null : result.ceiling,
      paidUpCapital,
      contributions,
      openLoans: open.count,
    };
    if (result.eligible) return figures;

    const explain: Record<LoanEligibilityViolation, [CreditFundErrorCode, FieldError]> = {
      LOAN_ABOVE_CEILING:
        paidUpCapital === null
          ? [
              'PAID_UP_CAPITAL_UNKNOWN',
              {
                field: 'amount',
                message:
                  `amount ${formatMoney(amount, scale)} is above ${multiple} x contributions ${contributions} = ` +
                  `${result.ceiling}; the rest of the ceiling depends on the member's paid-up capital, which is not ` +
                  'known here (no share-capital provider)',
              },
            ]
          : [
              'LOAN_ABOVE_CEILING',
              {
                field: 'amount',
                message:
                  `amount ${formatMoney(amount, scale)} is above the ceiling ${result.ceiling} = ${multiple} x ` +
                  `(paid-up capital ${paidUpCapital} + contributions ${contributions})`,
              },
            ],
      TERM_TOO_LONG: [
        'TERM_TOO_LONG',
        {
          field: 'termMonths',
          message: `termMonths ${termMonths} is above the bylaws' maximum ${bylaws.loanMaxTermMonths}`,
        },
      ],
      TOO_MANY_LOANS: [
        'TOO_MANY_LOANS',
        {
          field: 'memberId',
          message: `the member already has ${open.count} open loan(s) or application(s); the bylaws allow ${bylaws.maxLoansPerMember}`,
        },
      ],
      GUARANTEE_REQUIRED: [
        'GUARANTEE_REQUIRED',
        {
          field: 'guarantors',
          message: `guarantors pledge ${result.guaranteePledged}; the bylaws require ${result.guaranteeRequired} (${guaranteePercent}% of the amount)`,
        },
      ],
    };
    const found = result.violations.map((v) => explain[v]);
    throw new CreditFundError(
      found[0][0],
      `The application does not meet the bylaws: ${found.map(([, e]) => e.message).join('; ')}.`,
      found.map(([, e]) => e),
      {
        violations: found.map(([code]) => code),
        ceiling: figures.ceiling,
        guaranteeRequired: result.guaranteeRequired,
        guaranteePledged: result.guaranteePledged,
      },
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Money

  async disburse(cooperativeId: string, loanId: string, input: LoanDisbursementDto): Promise<LoanResponseDto> {
    return this.tx.run(async (manager) => {
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, 'disburse');
      assertNotBefore(input.disbursedOn, loan.decidedOn, 'disbursedOn', 'the approval');
      await assertNoConflictOfInterest(manager, cooperativeId, [loan.memberId]);
      assertBorrowerActive(await findMember(manager, cooperativeId, loan.memberId));
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const schedule = buildSchedule({
        principal: money(loan.principal, scale),
        annualRatePercent: new Dec(loan.annualRatePercent).toFixed(),
        termMonths: loan.termMonths,
        method: loan.method,
        disbursedOn: input.disbursedOn,
        scale,
      });
      const fund = await this.ledger.lock(manager, cooperativeId);
      const [entry] = await this.ledger.post(
        manager,
        fund,
        [
          {
            kind: 'disbursement',
            amount: new Dec(loan.principal),
            valueDate: input.disbursedOn,
            memberId: loan.memberId,
            loanId: loan.id,
            externalRef: input.reference ?? null,
          },
        ],
        scale,
      );
      await manager.insert(
        LoanInstalment,
        schedule.map((row) => ({
          cooperativeId,
          loanId: loan.id,
          number: row.number,
          dueOn: row.dueOn,
          openingPrincipal: row.openingPrincipal,
          principal: row.principal,
          interest: row.interest,
        })),
      );
      await manager.update(
        Loan,
        { id: loan.id, cooperativeId },
        {
          status: to,
          disbursedOn: input.disbursedOn,
          nextDueOn: schedule.find((row) => new Dec(row.total).gt(0))?.dueOn ?? null,
        },
      );
      await this.audit.record({
        cooperativeId,
        action: 'loan.disbursed',
        targetType: 'loan',
        targetId: loan.id,
        summary: {
          memberId: loan.memberId,
          entryId: entry.id,
          amount: money(loan.principal, scale),
          disbursedOn: input.disbursedOn,
          fundBalanceAfter: money(entry.balanceAfter, scale),
          instalments: schedule.length,
          firstDueOn: schedule[0].dueOn,
          lastDueOn: schedule.at(-1)!.dueOn,
          totalInterest: formatMoney(sum(schedule.map((r) => r.interest)), scale),
        },
      });
      return this.loanResponse(manager, loan.id, scale);
    });
  }

  /**
   * A repayment, allocated by repayment-allocation.rules.ts: overdue interest, overdue principal, then current
   * and later instalments. More than the whole balance is refused (REPAYMENT_EXCEEDS_BALANCE); what goes to
   * instalments not yet due is reported as `prepaid`. The repayment that clears the schedule closes the loan.
   */
  async repay(cooperativeId: string, loanId: string, input: RepaymentCreateDto): Promise<RepaymentResultDto> {
    return this.tx.run(async (manager) => {
      const loan = await lockLoan(manager, cooperativeId, loanId);
      loanTransition(loan.status, 'repay');
      await assertNoConflictOfInterest(manager, cooperativeId, [loan.memberId]);
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      assertNotBefore(input.paidOn, loan.disbursedOn, 'paidOn', 'the disbursement');
      assertNotBefore(input.paidOn, loan.lastPaidOn, 'paidOn', 'the latest repayment');
      const instalments = await instalmentsOf(manager, cooperativeId, loan.id);
      const allocation = allocateRepayment({
        instalments: instalments.map((i) => toBalance(i, scale)),
        asOf: input.paidOn,
        amount: formatMoney(amount, scale),
        scale,
      });
      const lines: AppliedLine[] = allocation.lines.map((l) => ({
        number: l.number,
        principal: new Dec(l.principal),
        interest: new Dec(l.interest),
        waived: new Dec(0),
      }));
      const prepaid = sum(allocation.lines.filter((l) => l.dueOn > input.paidOn).map((l) => l.total));
      const closes = new Dec(allocation.balanceAfter).isZero();
      return this.postRepayment(manager, loan, scale, {
        kind: 'repayment',
        paidOn: input.paidOn,
        amount,
        lines,
        prepaid,
        reference: input.reference ?? null,
        closes,
      });
    });
  }

  /** Early full repayment at the settlement quote of the day (loan-settlement.rules.ts). */
  async settle(cooperativeId: string, loanId: string, input: SettlementCreateDto): Promise<RepaymentResultDto> {
    return this.tx.run(async (manager) => {
      const loan = await lockLoan(manager, cooperativeId, loanId);
      loanTransition(loan.status, 'repay_in_full');
      await assertNoConflictOfInterest(manager, cooperativeId, [loan.memberId]);
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      assertNotBefore(input.settledOn, loan.disbursedOn, 'settledOn', 'the disbursement');
      assertNotBefore(input.settledOn, loan.lastPaidOn, 'settledOn', 'the latest repayment');
      const quote = await this.quoteFor(manager, loan, input.settledOn, scale);
      if (!amount.eq(quote.total)) {
        throw new CreditFundError(
          'SETTLEMENT_AMOUNT_MISMATCH',
          `Settling on ${input.settledOn} takes ${quote.total}, not ${formatMoney(amount, scale)}.`,
          [{ field: 'amount', message: `must be the payoff of the day: ${quote.total}` }],
          { payoff: quote.total },
        );
      }
      const lines: AppliedLine[] = quote.lines.map((l) => ({
        number: l.instalmentNumber,
        principal: new Dec(l.principal),
        interest: new Dec(l.interest),
        waived: new Dec(l.interestWaived),
      }));
      const prepaid = sum(
        quote.lines.filter((l) => l.dueOn > input.settledOn).map((l) => new Dec(l.principal).plus(l.interest)),
      );
      return this.postRepayment(manager, loan, scale, {
        kind: 'settlement',
        paidOn: input.settledOn,
        amount,
        lines,
        prepaid,
        reference: input.reference ?? null,
        closes: true,
      });
    });
  }

  /** Writes the repayment, its lines, the instalments, the ledger, the loan and the pledges; audits it. */
  private async postRepayment(
    manager: EntityManager,
    loan: Loan,
    scale: number,
    r: {
      kind: 'repayment' | 'settlement';
      paidOn: string;
      amount: Dec;
      lines: AppliedLine[];
      prepaid: Dec;
      reference: string | null;
      closes: boolean;
    },
  ): Promise<RepaymentResultDto> {
    const { cooperativeId } = loan;
    const instalments = await instalmentsOf(manager, cooperativeId, loan.id);
    const nextDueOn = firstUnsettledDueOn(instalments, r.lines);
    const principal = sum(r.lines.map((l) => l.principal));
    const interest = sum(r.lines.map((l) => l.interest));
    const waived = sum(r.lines.map((l) => l.waived));
    // Numbered under the loan's row lock: 1, 2, 3... with no gap or duplicate (and a unique key behind it).
    const [last] = await manager.query<{ n: number }[]>(
      'SELECT coalesce(max(number), 0)::int AS n FROM loan_repayments WHERE cooperative_id = $1 AND loan_id = $2',
      [cooperativeId, loan.id],
    );
    const inserted = await manager.insert(LoanRepayment, {
      cooperativeId,
      loanId: loan.id,
      number: last.n + 1,
      principalRepaidAfter: new Dec(loan.principalRepaid).plus(principal).toFixed(),
      nextDueOnAfter: nextDueOn,
      kind: r.kind,
      paidOn: r.paidOn,
      amount: r.amount.toFixed(),
      principal: principal.toFixed(),
      interest: interest.toFixed(),
      prepaid: r.prepaid.toFixed(),
      interestWaived: waived.toFixed(),
      reference: r.reference,
      ...recorder(),
    });
    const repaymentId = inserted.identifiers[0].id as string;
    await manager.insert(
      LoanRepaymentLine,
      r.lines.map((l) => ({
        repaymentId,
        instalmentNumber: l.number,
        cooperativeId,
        loanId: loan.id,
        paidOn: r.paidOn,
        principal: l.principal.toFixed(),
        interest: l.interest.toFixed(),
        interestWaived: l.waived.toFixed(),
      })),
    );
    await manager.query(
      `UPDATE loan_instalments i
          SET principal_paid = i.principal_paid + v.principal,
              interest_paid = i.interest_paid + v.interest,
              interest_waived = i.interest_waived + v.waived
         FROM unnest($3::int[], $4::numeric[], $5::numeric[], $6::numeric[]) AS v(number, principal, interest, waived)
        WHERE i.cooperative_id = $1 AND i.loan_id = $2 AND i.number = v.number`,
      [
        cooperativeId,
        loan.id,
        r.lines.map((l) => l.number),
        r.lines.map((l) => l.principal.toFixed()),
        r.lines.map((l) => l.interest.toFixed()),
        r.lines.map((l) => l.waived.toFixed()),
      ],
    );
    const postings: Posting[] = [];
    const base = {
      valueDate: r.paidOn,
      memberId: loan.memberId,
      loanId: loan.id,
      repaymentId,
      externalRef: r.reference,
    };
    if (!principal.isZero()) postings.push({ kind: 'repayment_principal', amount: principal, ...base });
    if (!interest.isZero()) postings.push({ kind: 'repayment_interest', amount: interest, ...base });
    const fund = await this.ledger.lock(manager, cooperativeId);
    const entries = await this.ledger.post(manager, fund, postings, scale);

    const principalRepaid = new Dec(loan.principalRepaid).plus(principal);
    const status = r.closes ? loanTransition(loan.status, 'repay_in_full') : loan.status;
    await manager.update(
      Loan,
      { id: loan.id, cooperativeId },
      {
        principalRepaid: principalRepaid.toFixed(),
        interestPaid: new Dec(loan.interestPaid).plus(interest).toFixed(),
        interestWaived: new Dec(loan.interestWaived).plus(waived).toFixed(),
        lastPaidOn: r.paidOn,
        nextDueOn,
        status,
        closedOn: r.closes ? r.paidOn : null,
      },
    );
    const released = await releasePledges(manager, loan, principalRepaid, scale);
    await this.audit.record({
      cooperativeId,
      action: r.kind === 'settlement' ? 'loan.settled' : 'loan.repayment_posted',
      targetType: 'loan',
      targetId: loan.id,
      summary: {
        memberId: loan.memberId,
        repaymentId,
        paidOn: r.paidOn,
        amount: formatMoney(r.amount, scale),
        principal: formatMoney(principal, scale),
        interest: formatMoney(interest, scale),
        prepaid: formatMoney(r.prepaid, scale),
        ...(r.kind === 'settlement' ? { interestWaived: formatMoney(waived, scale) } : {}),
        entryIds: entries.map((e) => e.id),
        status,
        pledgesReleased: released,
      },
    });
    const repayment = await manager.findOneByOrFail(LoanRepayment, { id: repaymentId });
    const savedLines = await manager.findBy(LoanRepaymentLine, { repaymentId });
    return {
      repayment: mapRepayment(repayment, savedLines, scale),
      loan: await this.loanResponse(manager, loan.id, scale),
    };
  }

  /** The committee takes the loan off the books; the unpaid principal leaves loans outstanding, no cash moves. */
  async writeOff(cooperativeId: string, loanId: string, input: LoanWriteOffDto): Promise<LoanResponseDto> {
    return this.tx.run(async (manager) => {
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, 'write_off');
      assertNotBefore(input.writtenOffOn, loan.disbursedOn, 'writtenOffOn', 'the disbursement');
      assertNotBefore(input.writtenOffOn, loan.lastPaidOn, 'writtenOffOn', 'the latest repayment');
      const guarantors = await manager.findBy(LoanGuarantor, { cooperativeId, loanId });
      await assertNoConflictOfInterest(manager, cooperativeId, [loan.memberId, ...guarantors.map((g) => g.memberId)]);
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const left = new Dec(loan.principal).minus(loan.principalRepaid);
      const [unpaid] = await manager.query<{ interest: string | null }[]>(
        `SELECT sum(interest - interest_paid - interest_waived) AS interest FROM loan_instalments
          WHERE cooperative_id = $1 AND loan_id = $2`,
        [cooperativeId, loan.id],
      );
      const fund = await this.ledger.lock(manager, cooperativeId);
      const entries = left.isZero()
        ? []
        : await this.ledger.post(
            manager,
            fund,
            [
              {
                kind: 'write_off',
                amount: left,
                valueDate: input.writtenOffOn,
                memberId: loan.memberId,
                loanId: loan.id,
                description: input.reason,
              },
            ],
            scale,
          );
      await manager.update(
        Loan,
        { id: loan.id, cooperativeId },
        {
          status: to,
          principalWrittenOff: left.toFixed(),
          closedOn: input.writtenOffOn,
          writeOffReason: input.reason.trim(),
        },
      );
      await this.audit.record({
        cooperativeId,
        action: 'loan.written_off',
        targetType: 'loan',
        targetId: loan.id,
        summary: {
          memberId: loan.memberId,
          writtenOffOn: input.writtenOffOn,
          principalWrittenOff: formatMoney(left, scale),
          interestUnpaid: formatMoney(unpaid?.interest ?? 0, scale),
          reason: input.reason.trim(),
          decisionReference: input.decisionReference ?? null,
          entryIds: entries.map((e) => e.id),
          // Pledges stay as they are: calling the guarantee is a separate decision.
          pledgesStillPledged: guarantors.map((g) => ({
            memberId: g.memberId,
            stillPledged: formatMoney(new Dec(g.pledged).minus(g.released), scale),
          })),
        },
      });
      return this.loanResponse(manager, loan.id, scale);
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reads

  async get(cooperativeId: string, loanId: string): Promise<LoanResponseDto> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.manager, cooperativeId, loanId);
    return this.loanResponse(this.tx.manager, loan.id, scale);
  }

  async list(cooperativeId: string, query: LoanListQueryDto): Promise<Page<LoanResponseDto>> {
    return this.page(cooperativeId, query.memberId ?? null, query.status ?? null, query);
  }

  async listOwn(cooperativeId: string, query: PageQueryDto): Promise<Page<LoanResponseDto>> {
    const member = await findOwnMember(this.tx.manager, cooperativeId);
    return this.page(cooperativeId, member.id, null, query);
  }

  /** The repayment schedule with what was paid; empty until the loan is disbursed (the schedule starts then). */
  async schedule(cooperativeId: string, loanId: string): Promise<ScheduleResponseDto> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.manager, cooperativeId, loanId);
    const rows = await instalmentsOf(this.tx.manager, cooperativeId, loan.id);
    const interest = sum(rows.map((r) => r.interest));
    return {
      principal: money(loan.principal, scale),
      totalInterest: formatMoney(interest, scale),
      total: formatMoney(interest.plus(rows.length > 0 ? loan.principal : 0), scale),
      items: rows.map((r) => mapInstalment(r, scale)),
    };
  }

  async repayments(cooperativeId: string, loanId: string, query: PageQueryDto): Promise<Page<RepaymentResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.manager, cooperativeId, loanId);
    const qb = this.tx.manager
      .createQueryBuilder(LoanRepayment, 'r')
      .where('r.cooperative_id = :cooperativeId AND r.loan_id = :loanId', { cooperativeId, loanId: loan.id })
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
        : await this.tx.manager
            .createQueryBuilder(LoanRepaymentLine, 'l')
            .where('l.repayment_id IN (:...ids)', { ids: rows.map((r) => r.id) })
            .getMany();
    return toPage(
      rows,
      query.limit,
      (r) => [r.paidOn, r.id],
      (r) =>
        mapRepayment(
          r,
          lines.filter((l) => l.repaymentId === r.id),
          scale,
        ),
    );
  }

  /** One loan's days past due and overdue amounts on a day (arrears.rules.ts). */
  async arrears(cooperativeId: string, loanId: string, asOf = todayUtc()): Promise<LoanArrearsDto> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.manager, cooperativeId, loanId);
    return this.portfolio.loanArrears(loan, asOf, scale);
  }

  async settlementQuote(cooperativeId: string, loanId: string, asOf: string): Promise<SettlementQuoteDto> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.manager, cooperativeId, loanId);
    loanTransition(loan.status, 'repay_in_full');
    assertNotBefore(asOf, loan.disbursedOn, 'asOf', 'the disbursement');
    assertNotBefore(asOf, loan.lastPaidOn, 'asOf', 'the latest repayment');
    return this.quoteFor(this.tx.manager, loan, asOf, scale);
  }

  /** A schedule as it would be for these terms at the cooperative's current rate (nothing is stored). */
  async preview(cooperativeId: string, query: SchedulePreviewQueryDto): Promise<ScheduleResponseDto> {
    const bylaws = await this.cooperatives.bylaws(cooperativeId);
    const scale = bylaws.minorUnitScale;
    const principal = amountIn(query.amount, scale, 'amount');
    const rows = buildSchedule({
      principal: formatMoney(principal, scale),
      annualRatePercent: new Dec(bylaws.loanInterestRatePercent).toFixed(),
      termMonths: query.termMonths,
      method: query.method,
      disbursedOn: query.disbursedOn,
      scale,
    });
    const interest = sum(rows.map((r) => r.interest));
    const zero = formatMoney(0, scale);
    return {
      principal: formatMoney(principal, scale),
      totalInterest: formatMoney(interest, scale),
      total: formatMoney(principal.plus(interest), scale),
      items: rows.map((r) => ({
        ...r,
        principalPaid: zero,
        interestPaid: zero,
        interestWaived: zero,
        status: 'unpaid' as const,
      })),
    };
  }

  private async quoteFor(manager: EntityManager, loan: Loan, asOf: string, scale: number): Promise<SettlementQuoteDto> {
    const instalments = await instalmentsOf(manager, loan.cooperativeId, loan.id);
    const quote = settlementQuote({
      instalments: instalments.map((i) => toBalance(i, scale)),
      disbursedOn: loan.disbursedOn!,
      asOf,
      scale,
    });
    return {
      loanId: loan.id,
      asOf,
      principal: quote.principal,
      interest: quote.interest,
      total: quote.total,
      interestWaived: quote.interestWaived,
      lines: quote.lines.map((l) => ({
        instalmentNumber: l.number,
        dueOn: l.dueOn,
        principal: l.principal,
        interest: l.interest,
        interestWaived: l.interestWaived,
      })),
    };
  }

  private async page(
    cooperativeId: string,
    memberId: string | null,
    status: string | null,
    query: PageQueryDto,
  ): Promise<Page<LoanResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const qb = this.tx.manager
      .createQueryBuilder(Loan, 'l')
      .where('l.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('l.id', 'ASC')
      .limit(query.limit + 1);
    if (memberId) qb.andWhere('l.member_id = :memberId', { memberId });
    if (status) qb.andWhere('l.status = :status', { status });
    if (query.cursor) qb.andWhere('l.id > :after', { after: uuidCursor(query.cursor) });
    const rows = await qb.getMany();
    const guarantors =
      rows.length === 0
        ? []
        : await this.tx.manager
            .createQueryBuilder(LoanGuarantor, 'g')
            .where('g.cooperative_id = :cooperativeId AND g.loan_id IN (:...ids)', {
              cooperativeId,
              ids: rows.map((l) => l.id),
            })
            .orderBy('g.member_id', 'ASC')
            .getMany();
    return toPage(
      rows,
      query.limit,
      (l) => [l.id],
      (l) =>
        mapLoan(
          l,
          guarantors.filter((g) => g.loanId === l.id),
          scale,
        ),
    );
  }

  private async loanResponse(manager: EntityManager, loanId: string, scale: number): Promise<LoanResponseDto> {
    const loan = await manager.findOneByOrFail(Loan, { id: loanId });
    const guarantors = await manager.find(LoanGuarantor, {
      where: { cooperativeId: loan.cooperativeId, loanId },
      order: { memberId: 'ASC' },
    });
    return mapLoan(loan, guarantors, scale);
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function lockLoan(manager: EntityManager, cooperativeId: string, loanId: string): Promise<Loan> {
  const loan = await manager.findOne(Loan, {
    where: { cooperativeId, id: loanId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!loan) throw loanNotFound();
  return loan;
}

/** Found only when the caller may see it: a member-only caller sees their own loans and nothing else (404). */
async function findVisibleLoan(manager: EntityManager, cooperativeId: string, loanId: string): Promise<Loan> {
  const self = borrowerOnlyUserId();
  const qb = manager
    .createQueryBuilder(Loan, 'l')
    .where('l.cooperative_id = :cooperativeId AND l.id = :loanId', { cooperativeId, loanId });
  if (self !== null) {
    qb.innerJoin(Member, 'm', 'm.cooperative_id = l.cooperative_id AND m.id = l.member_id AND m.user_id = :self', {
      self,
    });
  }
  const loan = await qb.getOne();
  if (!loan) throw loanNotFound();
  return loan;
}

function instalmentsOf(manager: EntityManager, cooperativeId: string, loanId: string): Promise<LoanInstalment[]> {
  return manager.find(LoanInstalment, { where: { cooperativeId, loanId }, order: { number: 'ASC' } });
}

/** An instalment as the rules see it: waived interest is interest no longer owed. */
function toBalance(i: LoanInstalment, scale: number): InstalmentBalance {
  return {
    number: i.number,
    dueOn: i.dueOn,
    principal: money(i.principal, scale),
    interest: money(new Dec(i.interest).minus(i.interestWaived), scale),
    principalPaid: money(i.principalPaid, scale),
    interestPaid: money(i.interestPaid, scale),
  };
}

/**
 * The due date of the first instalment not settled once `lines` are applied, or null when none is left. Repayments
 * settle instalments in order (overdue interest, overdue principal, then each later instalment's interest and
 * principal), so this is also the oldest unpaid one: arrears and PAR read it from the loan row
 * (loan-portfolio.service.ts).
 */
function firstUnsettledDueOn(instalments: readonly LoanInstalment[], lines: readonly AppliedLine[]): string | null {
  const next = instalments.find((i) => {
    const line = lines.find((l) => l.number === i.number);
    const principalLeft = new Dec(i.principal).minus(i.principalPaid).minus(line?.principal ?? 0);
    const interestLeft = new Dec(i.interest)
      .minus(i.interestPaid)
      .minus(i.interestWaived)
      .minus(line?.interest ?? 0)
      .minus(line?.waived ?? 0);
    return principalLeft.gt(0) || interestLeft.gt(0);
  });
  return next?.dueOn ?? null;
}

function assertBorrowerActive(member: Member): void {
  if (member.status !== 'active') {
    throw new CreditFundError('MEMBER_NOT_ACTIVE', `Loans are for active members; this member is ${member.status}.`);
  }
}

/** Guarantors: other active members of the cooperative, each listed once. */
async function assertGuarantorsEligible(
  manager: EntityManager,
  cooperativeId: string,
  borrowerId: string,
  pledges: readonly Pledge[],
): Promise<void> {
  if (pledges.length === 0) return;
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM members WHERE cooperative_id = $1 AND id = ANY($2::uuid[]) AND status = 'active'`,
    [cooperativeId, pledges.map((p) => p.memberId)],
  );
  const active = new Set(rows.map((r) => r.id));
  const errors: FieldError[] = [];
  pledges.forEach((p, i) => {
    const field = `guarantors[${i}].memberId`;
    if (p.memberId === borrowerId) errors.push({ field, message: 'the borrower cannot guarantee their own loan' });
    else if (pledges.findIndex((q) => q.memberId === p.memberId) < i) errors.push({ field, message: 'listed twice' });
    else if (!active.has(p.memberId)) errors.push({ field, message: 'is not an active member of this cooperative' });
  });
  if (errors.length > 0) {
    throw new CreditFundError(
      'GUARANTOR_NOT_ELIGIBLE',
      'Guarantors must be other active members, each listed once.',
      errors,
    );
  }
}

/** Pledges follow the principal repaid (pledgeRelease); the whole pledge once the loan is repaid. */
async function releasePledges(
  manager: EntityManager,
  loan: Loan,
  principalRepaid: Dec,
  scale: number,
): Promise<{ memberId: string; released: string }[]> {
  const guarantors = await manager.findBy(LoanGuarantor, { cooperativeId: loan.cooperativeId, loanId: loan.id });
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

function normaliseCapital(value: string, scale: number): string {
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value)) {
    throw new Error(`The paid-up capital provider returned ${String(value)}, not a non-negative decimal string.`);
  }
  return formatMoney(value, scale);
}
