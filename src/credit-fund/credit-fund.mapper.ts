import { Dec, formatMoney } from '../common/money/money.js';
import type { Contribution } from './contribution.entity.js';
import type { ContributionPlan } from './contribution-plan.entity.js';
import type {
  ContributionPlanResponseDto,
  ContributionResponseDto,
  FundEntryResponseDto,
  LoanArrearsDto,
} from './credit-fund.dto.js';
import type { FundEntry } from './fund-entry.entity.js';
import { allowedLoanActions, DISBURSED_STATUSES } from './loan-lifecycle.rules.js';
import type { GuarantorResponseDto, LoanResponseDto } from './loan.dto.js';
import type { InstalmentResponseDto, RepaymentResponseDto } from './loan-schedule.dto.js';
import type { Loan } from './loan.entity.js';
import type { LoanGuarantor } from './loan-guarantor.entity.js';
import type { LoanInstalment } from './loan-instalment.entity.js';
import type { LoanRepayment } from './loan-repayment.entity.js';
import type { LoanRepaymentLine } from './loan-repayment-line.entity.js';

/** Money as the API shows it: exactly the currency's minor-unit decimals. */
export const money = (value: string | number | Dec, scale: number) => formatMoney(value, scale);

export function mapEntry(e: FundEntry, scale: number): FundEntryResponseDto {
  return {
    id: e.id,
    kind: e.kind,
    amount: money(e.amount, scale),
    balanceAfter: money(e.balanceAfter, scale),
    valueDate: e.valueDate,
    memberId: e.memberId,
    loanId: e.loanId,
    contributionId: e.contributionId,
    repaymentId: e.repaymentId,
    externalRef: e.externalRef,
    description: e.description,
    recordedAt: e.recordedAt.toISOString(),
  };
}

export function mapContribution(c: Contribution, scale: number): ContributionResponseDto {
  return {
    id: c.id,
    memberId: c.memberId,
    planId: c.planId,
    amount: money(c.amount, scale),
    contributedOn: c.contributedOn,
    reference: c.reference,
    recordedAt: c.recordedAt.toISOString(),
  };
}

export function mapPlan(p: ContributionPlan, scale: number): ContributionPlanResponseDto {
  return {
    id: p.id,
    memberId: p.memberId,
    amount: money(p.amount, scale),
    frequency: p.frequency,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    createdAt: p.createdAt.toISOString(),
  };
}

export function mapGuarantor(g: LoanGuarantor, scale: number): GuarantorResponseDto {
  return {
    memberId: g.memberId,
    pledged: money(g.pledged, scale),
    released: money(g.released, scale),
    stillPledged: money(new Dec(g.pledged).minus(g.released), scale),
  };
}

export function mapLoan(l: Loan, guarantors: readonly LoanGuarantor[], scale: number): LoanResponseDto {
  const disbursed = (DISBURSED_STATUSES as readonly string[]).includes(l.status);
  const outstanding = disbursed ? new Dec(l.principal).minus(l.principalRepaid).minus(l.principalWrittenOff) : 0;
  return {
    id: l.id,
    memberId: l.memberId,
    status: l.status,
    principal: money(l.principal, scale),
    purpose: l.purpose,
    termMonths: l.termMonths,
    method: l.method,
    annualRatePercent: new Dec(l.annualRatePercent).toFixed(),
    appliedOn: l.appliedOn,
    ceiling: l.ceiling === null ? null : money(l.ceiling, scale),
    paidUpCapital: l.paidUpCapital === null ? null : money(l.paidUpCapital, scale),
    contributions: money(l.contributions, scale),
    decidedOn: l.decidedOn,
    decisionReason: l.decisionReason,
    decisionReference: l.decisionReference,
    disbursedOn: l.disbursedOn,
    principalRepaid: money(l.principalRepaid, scale),
    interestPaid: money(l.interestPaid, scale),
    interestWaived: money(l.interestWaived, scale),
    principalWrittenOff: money(l.principalWrittenOff, scale),
    principalOutstanding: money(outstanding, scale),
    lastPaidOn: l.lastPaidOn,
    closedOn: l.closedOn,
    writeOffReason: l.writeOffReason,
    guarantors: guarantors.map((g) => mapGuarantor(g, scale)),
    allowedActions: allowedLoanActions(l.status),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export function mapInstalment(i: LoanInstalment, scale: number): InstalmentResponseDto {
  const due = new Dec(i.principal).plus(i.interest);
  const settled = new Dec(i.principalPaid).plus(i.interestPaid).plus(i.interestWaived);
  return {
    number: i.number,
    dueOn: i.dueOn,
    openingPrincipal: money(i.openingPrincipal, scale),
    principal: money(i.principal, scale),
    interest: money(i.interest, scale),
    total: money(due, scale),
    principalPaid: money(i.principalPaid, scale),
    interestPaid: money(i.interestPaid, scale),
    interestWaived: money(i.interestWaived, scale),
    status: settled.gte(due) ? 'paid' : settled.isZero() ? 'unpaid' : 'partly_paid',
  };
}

export function mapRepayment(
  r: LoanRepayment,
  lines: readonly LoanRepaymentLine[],
  scale: number,
): RepaymentResponseDto {
  return {
    id: r.id,
    loanId: r.loanId,
    number: r.number,
    kind: r.kind,
    paidOn: r.paidOn,
    amount: money(r.amount, scale),
    principal: money(r.principal, scale),
    interest: money(r.interest, scale),
    prepaid: money(r.prepaid, scale),
    interestWaived: money(r.interestWaived, scale),
    reference: r.reference,
    lines: [...lines]
      .sort((a, b) => a.instalmentNumber - b.instalmentNumber)
      .map((line) => ({
        instalmentNumber: line.instalmentNumber,
        principal: money(line.principal, scale),
        interest: money(line.interest, scale),
        interestWaived: money(line.interestWaived, scale),
      })),
    recordedAt: r.recordedAt.toISOString(),
  };
}

/**
 * A credit fund event's data: the loan as GET /loans/{id}, a repayment as GET /loans/{id}/repayments, a fund entry,
 * contribution or contribution plan as the fund's lists show it, for readers holding credit:read.
 */
export const creditEvent = <
  T extends
    | LoanResponseDto
    | RepaymentResponseDto
    | FundEntryResponseDto
    | ContributionResponseDto
    | ContributionPlanResponseDto
    | LoanArrearsDto,
>(
  data: T,
) => ({ data, readScope: 'credit:read' as const });
