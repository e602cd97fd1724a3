/**
 * Recurring contributions to the solidarity fund: a member's standing commitment (amount and frequency from a start
 * date, until an end date if any). The plan records the commitment; money counts only when the treasurer posts a
 * contribution against it.
 * - Contribution k (k = 0, 1, ...) falls due k periods after the start date (1, 3 or 12 months), on the same day of
 *   the month, clamped to the month's last day, always counted from the start date (like loan due dates).
 * - Due by a date: the contributions falling due on or before that date and on or before the end date.
 * - Outstanding = due - paid under the plan, never below zero (paying ahead is allowed and not a debt).
 */
import { Dec, formatMoney } from '../common/money/money.js';
import { assertScale, parseMoney } from './credit-rules.errors.js';
import { addMonthsClamped, parseIsoDate } from './loan-calendar.rules.js';

export const CONTRIBUTION_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type ContributionFrequency = (typeof CONTRIBUTION_FREQUENCIES)[number];

const MONTHS: Readonly<Record<ContributionFrequency, number>> = { monthly: 1, quarterly: 3, yearly: 12 };

export interface ContributionPlanTerms {
  amount: string;
  frequency: ContributionFrequency;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD, or null while the plan runs. */
  endsOn: string | null;
}

export interface PlanStanding {
  /** Contributions fallen due by the date. */
  dueCount: number;
  dueAmount: string;
  paidAmount: string;
  outstanding: string;
  /** The next contribution's date after the as-of date, or null when the plan has ended by then. */
  nextDueOn: string | null;
}

/** How many contributions of the plan fall due on or before `asOf`. */
export function contributionsDueCount(plan: Omit<ContributionPlanTerms, 'amount'>, asOf: string): number {
  parseIsoDate(plan.startsOn, 'startsOn');
  parseIsoDate(asOf, 'asOf');
  if (plan.endsOn !== null) parseIsoDate(plan.endsOn, 'endsOn');
  const limit = plan.endsOn !== null && plan.endsOn < asOf ? plan.endsOn : asOf;
  if (limit < plan.startsOn) return 0;
  const step = MONTHS[plan.frequency];
  const [sy, sm] = plan.startsOn.split('-').map(Number);
  const [ly, lm] = limit.split('-').map(Number);
  let k = Math.floor(((ly - sy) * 12 + (lm - sm)) / step);
  while (k > 0 && addMonthsClamped(plan.startsOn, k * step) > limit) k--;
  while (addMonthsClamped(plan.startsOn, (k + 1) * step) <= limit) k++;
  return k + 1;
}

export function planStanding(plan: ContributionPlanTerms, paid: string, asOf: string, scale: number): PlanStanding {
  assertScale(scale);
  const amount = parseMoney(plan.amount, scale, 'amount', 'INVALID_AMOUNT', { positive: true });
  const paidAmount = parseMoney(paid, scale, 'paid', 'INVALID_AMOUNT');
  const dueCount = contributionsDueCount(plan, asOf);
  const dueAmount = amount.times(dueCount);
  const next = addMonthsClamped(plan.startsOn, dueCount * MONTHS[plan.frequency]);
  return {
    dueCount,
    dueAmount: formatMoney(dueAmount, scale),
    paidAmount: formatMoney(paidAmount, scale),
    outstanding: formatMoney(Dec.max(0, dueAmount.minus(paidAmount)), scale),
    nextDueOn: plan.endsOn !== null && next > plan.endsOn ? null : next,
  };
}
