/**
 * A loan's money: disbursement from the fund (fixing the schedule), repayments, early settlement and write-off.
 * Every write locks the loan row first, then the fund row, so concurrent requests on one loan apply one after the
 * other and each sees what the previous one left; the fund row lock makes every posting see the true balance.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { Dec, formatMoney, sum } from '../common/money/money.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { memberStatusOf } from '../membership/member-directory.sql.js';
import { CreditFundError } from './credit-fund.errors.js';
import { creditEvent, mapRepayment, money } from './credit-fund.mapper.js';
import {
  amountIn,
  assertBorrowerActive,
  assertNoConflictOfInterest,
  assertInLoanOrder,
  assertNotBefore,
  recordedBy,
} from './credit-fund.support.js';
import { FundLedger, type Posting } from './fund-ledger.js';
import { type AppliedLine, firstUnsettledDueOn, quoteOf, toBalance } from './loan-balances.js';
import { loanTransition } from './loan-lifecycle.rules.js';
import type {
  LoanDisbursementDto,
  LoanResponseDto,
  LoanWriteOffDto,
  RepaymentCreateDto,
  SettlementCreateDto,
} from './loan.dto.js';
import type { RepaymentResultDto } from './loan-schedule.dto.js';
import { Loan } from './loan.entity.js';
import { LoanRepayment } from './loan-repayment.entity.js';
import { LoanRepaymentLine } from './loan-repayment-line.entity.js';
import {
  applyToInstalments,
  guarantorsOf,
  insertSchedule,
  instalmentsOf,
  loanResponse,
  lockLoan,
  nextRepaymentNumber,
  releasePledges,
  unpaidInterestOf,
} from './loan.repository.js';
import { allocateRepayment } from './repayment-allocation.rules.js';
import { buildSchedule } from './repayment-schedule.rules.js';

@Injectable()
export class LoanServicingService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly ledger: FundLedger,
  ) {}

  async disburse(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: LoanDisbursementDto,
  ): Promise<LoanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, 'disburse');
      assertNotBefore(input.disbursedOn, loan.decidedOn, 'disbursedOn', 'the approval');
      await assertNoConflictOfInterest(manager, ctx, cooperativeId, [loan.memberId]);
      assertBorrowerActive(await memberStatusOf(manager, cooperativeId, loan.memberId));
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const schedule = buildSchedule({
        principal: money(loan.principal, scale),
        annualRatePercent: new Dec(loan.annualRatePercent).toFixed(),
        termMonths: loan.termMonths,
        method: loan.method,
        disbursedOn: input.disbursedOn,
        scale,
      });
      const fund = await this.ledger.lock(ctx, cooperativeId);
      const [entry] = await this.ledger.post(
        ctx,
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
      await insertSchedule(manager, cooperativeId, loan.id, schedule);
      await manager.update(
        Loan,
        { id: loan.id, cooperativeId },
        {
          status: to,
          disbursedOn: input.disbursedOn,
          nextDueOn: schedule.find((row) => new Dec(row.total).gt(0))?.dueOn ?? null,
        },
      );
      const disbursed = await loanResponse(manager, loan.id, scale);
      await this.audit.record(ctx, {
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
        event: creditEvent(disbursed),
      });
      return disbursed;
    });
  }

  /**
   * A repayment, allocated by repayment-allocation.rules.ts: overdue interest, overdue principal, then current
   * and later instalments. More than the whole balance is refused (REPAYMENT_EXCEEDS_BALANCE); what goes to
   * instalments not yet due is reported as `prepaid`. The repayment that clears the schedule closes the loan.
   */
  async repay(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: RepaymentCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { loan, scale } = await this.lockForPayment(ctx, cooperativeId, loanId, 'repay');
      const amount = amountIn(input.amount, scale, 'amount');
      assertInLoanOrder(input.paidOn, loan, 'paidOn');
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
      return this.postRepayment(ctx, loan, scale, {
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
  async settle(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: SettlementCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { loan, scale } = await this.lockForPayment(ctx, cooperativeId, loanId, 'repay_in_full');
      const amount = amountIn(input.amount, scale, 'amount');
      assertInLoanOrder(input.settledOn, loan, 'settledOn');
      const quote = quoteOf(loan, await instalmentsOf(manager, cooperativeId, loan.id), input.settledOn, scale);
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
      return this.postRepayment(ctx, loan, scale, {
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

  /** Locks the loan for money paid in, once its state allows it and the caller has no stake in it. */
  private async lockForPayment(
    ctx: TxContext,
    cooperativeId: string,
    loanId: string,
    action: 'repay' | 'repay_in_full',
  ): Promise<{ loan: Loan; scale: number }> {
    const loan = await lockLoan(ctx.manager, cooperativeId, loanId);
    loanTransition(loan.status, action);
    await assertNoConflictOfInterest(ctx.manager, ctx, cooperativeId, [loan.memberId]);
    return { loan, scale: (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale };
  }

  /** Writes the repayment, its lines, the instalments, the ledger, the loan and the pledges; audits it. */
  private async postRepayment(
    ctx: TxContext,
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
    const { manager } = ctx;
    const { cooperativeId } = loan;
    const instalments = await instalmentsOf(manager, cooperativeId, loan.id);
    const nextDueOn = firstUnsettledDueOn(instalments, r.lines);
    const principal = sum(r.lines.map((l) => l.principal));
    const interest = sum(r.lines.map((l) => l.interest));
    const waived = sum(r.lines.map((l) => l.waived));
    const inserted = await manager.insert(LoanRepayment, {
      cooperativeId,
      loanId: loan.id,
      number: await nextRepaymentNumber(manager, cooperativeId, loan.id),
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
      ...recordedBy(ctx),
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
    await applyToInstalments(manager, cooperativeId, loan.id, r.lines);
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
    const fund = await this.ledger.lock(ctx, cooperativeId);
    const entries = await this.ledger.post(ctx, fund, postings, scale);

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
    const repayment = mapRepayment(
      await manager.findOneByOrFail(LoanRepayment, { id: repaymentId }),
      await manager.findBy(LoanRepaymentLine, { repaymentId }),
      scale,
    );
    const after = await loanResponse(manager, loan.id, scale);
    await this.audit.record(ctx, {
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
      // A settlement closes the loan: its event is the loan's; a repayment's is the repayment.
      event: creditEvent(r.kind === 'settlement' ? after : repayment),
    });
    return { repayment, loan: after };
  }

  /** The committee takes the loan off the books; the unpaid principal leaves loans outstanding, no cash moves. */
  async writeOff(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: LoanWriteOffDto,
  ): Promise<LoanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, 'write_off');
      assertInLoanOrder(input.writtenOffOn, loan, 'writtenOffOn');
      const guarantors = await guarantorsOf(manager, cooperativeId, loanId);
      await assertNoConflictOfInterest(manager, ctx, cooperativeId, [
        loan.memberId,
        ...guarantors.map((g) => g.memberId),
      ]);
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const left = new Dec(loan.principal).minus(loan.principalRepaid);
      const unpaidInterest = await unpaidInterestOf(manager, cooperativeId, loan.id);
      const fund = await this.ledger.lock(ctx, cooperativeId);
      const entries = left.isZero()
        ? []
        : await this.ledger.post(
            ctx,
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
      const writtenOff = await loanResponse(manager, loan.id, scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'loan.written_off',
        targetType: 'loan',
        targetId: loan.id,
        summary: {
          memberId: loan.memberId,
          writtenOffOn: input.writtenOffOn,
          principalWrittenOff: formatMoney(left, scale),
          interestUnpaid: formatMoney(unpaidInterest, scale),
          reason: input.reason.trim(),
          decisionReference: input.decisionReference ?? null,
          entryIds: entries.map((e) => e.id),
          // Pledges stay as they are: calling the guarantee is a separate decision.
          pledgesStillPledged: guarantors.map((g) => ({
            memberId: g.memberId,
            stillPledged: formatMoney(new Dec(g.pledged).minus(g.released), scale),
          })),
        },
        event: creditEvent(writtenOff),
      });
      return writtenOff;
    });
  }
}
