import { Dec, formatMoney } from '../common/money/money.js';
import type { DistributionPlan } from './distribution-plan.entity.js';
import type {
  PlanLineDto,
  PlanResponseDto,
  RefundPreferenceResponseDto,
  StatementLineDto,
} from './distribution-plan.dto.js';
import { daysInYear } from './distribution.rules.js';
import type { FiscalYearResponseDto, PatronageRecordResponseDto } from './fiscal-year.dto.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import { allowedPlanActions, type PlanStatus } from './plan-lifecycle.rules.js';
import type { PatronageRecord } from './patronage-record.entity.js';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';

/** A numeric column read back ("12.3400") as money with the currency's decimals. */
export const money = (value: string, scale: number) => formatMoney(value, scale);
/** A numeric column without padding zeros ("1200.5000" -> "1200.5"). */
export const plain = (value: string | null) => (value === null ? null : new Dec(value).toFixed());
const percent = (value: string) => new Dec(value).toFixed(2);

export function mapFiscalYear(fy: FiscalYear, scale: number, inputsLocked: boolean): FiscalYearResponseDto {
  return {
    id: fy.id,
    label: fy.label,
    startDate: fy.startDate,
    endDate: fy.endDate,
    daysInYear: daysInYear({ start: fy.startDate, end: fy.endDate }),
    netSurplus: fy.netSurplus === null ? null : money(fy.netSurplus, scale),
    netSurplusReference: fy.netSurplusReference,
    netSurplusEnteredAt: fy.netSurplusEnteredAt?.toISOString() ?? null,
    inputsLocked,
    createdAt: fy.createdAt.toISOString(),
  };
}

export function mapPatronage(record: PatronageRecord): PatronageRecordResponseDto {
  return {
    memberId: record.memberId,
    memberNumber: record.memberNumber,
    quantity: plain(record.quantity),
    value: plain(record.value),
    recordedAt: record.recordedAt.toISOString(),
  };
}

export function mapPlan(plan: DistributionPlan, currentInputsVersion: number): PlanResponseDto {
  const m = (value: string) => money(value, plan.scale);
  const funds = new Dec(plan.reserveAmount).plus(plan.educationAmount).plus(plan.communityAmount);
  return {
    id: plan.id,
    fiscalYearId: plan.fiscalYearId,
    status: plan.status,
    allowedActions: allowedPlanActions(plan.status),
    stale: plan.status === 'draft' && plan.inputsVersion !== currentInputsVersion,
    version: plan.version,
    reservePercent: percent(plan.reservePercent),
    educationPercent: percent(plan.educationPercent),
    communityPercent: percent(plan.communityPercent),
    interestRatePercent: percent(plan.interestRatePercent),
    patronageForCeasedMembers: plan.patronageForCeasedMembers,
    defaultRefundMode: plan.defaultRefundMode,
    communityFundToCreditFund: plan.communityFundToCreditFund,
    daysInYear: plan.daysInYear,
    surplus: m(plan.surplus),
    reserve: m(plan.reserveAmount),
    education: m(plan.educationAmount),
    community: m(plan.communityAmount),
    fundsTotal: formatMoney(funds, plan.scale),
    interestEntitlement: m(plan.interestEntitlement),
    interestPool: m(plan.interestPool),
    interestScaledDown: new Dec(plan.interestPool).lt(plan.interestEntitlement),
    patronagePool: m(plan.patronagePool),
    patronageBasis: plan.patronageBasis,
    lineCount: plan.lineCount,
    ballotId: plan.ballotId,
    resolutionReference: plan.resolutionReference,
    computedAt: plan.computedAt.toISOString(),
    proposedAt: plan.proposedAt?.toISOString() ?? null,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    executedOn: plan.executedOn,
    executedAt: plan.executedAt?.toISOString() ?? null,
    rejectedAt: plan.rejectedAt?.toISOString() ?? null,
    rejectionReason: plan.rejectionReason,
    createdAt: plan.createdAt.toISOString(),
  };
}

/** A line as read by the lines and statement queries (snake_case columns). */
export interface LineRow {
  member_id: string;
  member_number: number;
  capital_days: string;
  patronage_weight: string;
  patronage_eligible: boolean;
  interest: string;
  patronage_refund: string;
  total: string;
  refund_mode: RefundMode;
}

export function mapLine(row: LineRow & { name: string }, scale: number): PlanLineDto {
  return {
    memberId: row.member_id,
    memberNumber: row.member_number,
    name: row.name,
    capitalDays: plain(row.capital_days)!,
    patronageWeight: plain(row.patronage_weight)!,
    patronageEligible: row.patronage_eligible,
    interest: money(row.interest, scale),
    patronageRefund: money(row.patronage_refund, scale),
    total: money(row.total, scale),
    refundMode: row.refund_mode,
  };
}

export interface StatementRow extends LineRow {
  plan_id: string;
  status: PlanStatus;
  scale: number;
  interest_rate_percent: string;
  patronage_basis: 'value' | 'quantity' | null;
  executed_on: string | null;
  fiscal_year_id: string;
  label: string;
  start_date: string;
  end_date: string;
}

export function mapStatementLine(row: StatementRow): StatementLineDto {
  return {
    planId: row.plan_id,
    planStatus: row.status,
    fiscalYearId: row.fiscal_year_id,
    fiscalYearLabel: row.label,
    startDate: row.start_date,
    endDate: row.end_date,
    interestRatePercent: percent(row.interest_rate_percent),
    patronageBasis: row.patronage_basis,
    capitalDays: plain(row.capital_days)!,
    patronageWeight: plain(row.patronage_weight)!,
    patronageEligible: row.patronage_eligible,
    interest: money(row.interest, row.scale),
    patronageRefund: money(row.patronage_refund, row.scale),
    total: money(row.total, row.scale),
    refundMode: row.refund_mode,
    executedOn: row.executed_on,
  };
}

/**
 * A surplus event's data: the plan as GET /distribution-plans/{id}, the fiscal year as GET /fiscal-years/{id}, a
 * patronage record as the year's patronage list, a refund preference as GET /refund-preferences/{memberId} show it,
 * for readers holding surplus:read.
 */
export const surplusEvent = <
  T extends PlanResponseDto | FiscalYearResponseDto | PatronageRecordResponseDto | RefundPreferenceResponseDto,
>(
  data: T,
) => ({ data, readScope: 'surplus:read' as const });
