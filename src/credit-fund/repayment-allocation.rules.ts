/**
 * Applies a repayment to a loan's instalments, in this order:
 * 1. interest of overdue instalments, oldest first;
 * 2. principal of overdue instalments, oldest first;
 * 3. current and future instalments in due order, each one's interest and then its principal.
 * "Overdue" = due date before the as-of date (dueOn < asOf); "current" = the next instalment not yet overdue
 * (dueOn >= asOf, so one due on the as-of date itself is current) and every one after it.
 * - A repayment larger than everything still scheduled (unpaid principal and interest of all instalments) is
 *   refused with `REPAYMENT_EXCEEDS_BALANCE`, unless `allowPrepayment` is set: then the balance is settled and the
 *   excess is returned as `prepayment` for the caller to record explicitly (credit to the member or refund).
 * - Future instalments' scheduled interest counts as owed, as the contract's schedule states it; a rebate of
 *   unearned interest on early settlement is a separate decision (rebuild the schedule), not made here.
 * - The amount is positive with at most `scale` decimals; allocations are exact, no rounding happens.
 * - One line per instalment that receives money, in instalment order, split into interest and principal.
 */
import { Dec, formatMoney, sum } from '../common/money/money.js';
import { assertScale, CreditRuleError, parseMoney } from './credit-rules.errors.js';
import { type InstalmentBalance, instalmentStates, isOverdue } from './instalment-balance.rules.js';
import { parseIsoDate } from './loan-calendar.rules.js';

export interface RepaymentAllocationInput {
  instalments: readonly InstalmentBalance[];
  /** YYYY-MM-DD: the value date of the repayment. */
  asOf: string;
  amount: string;
  scale: number;
  allowPrepayment?: boolean;
}

export interface AllocationLine {
  number: number;
  dueOn: string;
  status: 'overdue' | 'current';
  interest: string;
  principal: string;
  total: string;
}

export interface RepaymentAllocation {
  lines: AllocationLine[];
  /** Total applied to interest. */
  interest: string;
  /** Total applied to principal. */
  principal: string;
  /** The part of the amount beyond the whole balance ("0" unless `allowPrepayment`). */
  prepayment: string;
  /** Unpaid principal and interest of all instalments, before and after this repayment. */
  balanceBefore: string;
  balanceAfter: string;
}

export function allocateRepayment(input: RepaymentAllocationInput): RepaymentAllocation {
  const { scale, asOf } = input;
  assertScale(scale);
  parseIsoDate(asOf, 'asOf');
  const amount = parseMoney(input.amount, scale, 'amount', 'INVALID_AMOUNT', { positive: true });
  const states = instalmentStates(input.instalments, scale);

  const balanceBefore = sum(states.flatMap((s) => [s.principalLeft, s.interestLeft]));
  if (amount.gt(balanceBefore) && input.allowPrepayment !== true) {
    throw new CreditRuleError(
      'REPAYMENT_EXCEEDS_BALANCE',
      `repayment ${formatMoney(amount, scale)} exceeds the balance owed ${formatMoney(balanceBefore, scale)}`,
      'amount',
    );
  }

  const applied = states.map((state) => ({ state, interest: new Dec(0), principal: new Dec(0) }));
  let left = amount;
  const take = (line: (typeof applied)[number], part: 'interest' | 'principal'): void => {
    const owed = part === 'interest' ? line.state.interestLeft : line.state.principalLeft;
    const portion = Dec.min(left, owed);
    line[part] = line[part].plus(portion);
    left = left.minus(portion);
  };

  const overdue = applied.filter((line) => isOverdue(line.state, asOf));
  const current = applied.filter((line) => !isOverdue(line.state, asOf));
  for (const line of overdue) take(line, 'interest');
  for (const line of overdue) take(line, 'principal');
  for (const line of current) {
    take(line, 'interest');
    take(line, 'principal');
  }

  const lines: AllocationLine[] = applied
    .filter(({ interest, principal }) => !interest.isZero() || !principal.isZero())
    .map(({ state, interest, principal }) => ({
      number: state.number,
      dueOn: state.dueOn,
      status: isOverdue(state, asOf) ? 'overdue' : 'current',
      interest: formatMoney(interest, scale),
      principal: formatMoney(principal, scale),
      total: formatMoney(interest.plus(principal), scale),
    }));
  const allocated = amount.minus(left);
  return {
    lines,
    interest: formatMoney(sum(lines.map((l) => l.interest)), scale),
    principal: formatMoney(sum(lines.map((l) => l.principal)), scale),
    prepayment: formatMoney(left, scale),
    balanceBefore: formatMoney(balanceBefore, scale),
    balanceAfter: formatMoney(balanceBefore.minus(allocated), scale),
  };
}
