/**
 * Early full repayment (settlement) of a loan: what the member pays to close it on a given day, and the interest
 * the fund gives up. The schedule's later interest is not owed for periods that will never run.
 * - Every unpaid principal part is due, whatever its due date.
 * - Interest of instalments due on or before the settlement day is owed in full (it was earned).
 * - The period running on the settlement day (from the previous due date, or the disbursement date for the first
 *   instalment, to the next due date) earns its scheduled interest pro rata to the days elapsed:
 *   interest x elapsed days / days in the period, rounded half-up at the minor unit. Settling on the disbursement
 *   day or on a due date therefore charges nothing for the new period.
 * - Interest of later periods is waived.
 * - Interest already paid stays paid: it is never refunded, only not asked again (an instalment whose earned
 *   interest is below what was already paid on it is charged nothing more).
 * The payoff is principal + charged interest; the waived interest is reported so the caller records it.
 */
import { Dec, formatMoney, roundHalfUp, sum } from '../common/money/money.js';
import { assertScale, CreditRuleError } from './credit-rules.errors.js';
import { type InstalmentBalance, instalmentStates } from './instalment-balance.rules.js';
import { daysBetween, parseIsoDate } from './loan-calendar.rules.js';

export interface SettlementInput {
  instalments: readonly InstalmentBalance[];
  /** YYYY-MM-DD: the start of the first period. */
  disbursedOn: string;
  /** YYYY-MM-DD: the settlement (value) date, on or after the disbursement date. */
  asOf: string;
  scale: number;
}

export interface SettlementLine {
  number: number;
  dueOn: string;
  principal: string;
  interest: string;
  interestWaived: string;
}

export interface SettlementQuote {
  asOf: string;
  /** Unpaid principal of every instalment. */
  principal: string;
  /** Interest charged: earned and not yet paid. */
  interest: string;
  /** principal + interest: the amount that closes the loan. */
  total: string;
  /** Scheduled interest given up. */
  interestWaived: string;
  /** One line per instalment that receives money or has interest waived, in instalment order. */
  lines: SettlementLine[];
}

export function settlementQuote(input: SettlementInput): SettlementQuote {
  const { scale, asOf } = input;
  assertScale(scale);
  parseIsoDate(input.disbursedOn, 'disbursedOn');
  parseIsoDate(asOf, 'asOf');
  if (asOf < input.disbursedOn) {
    throw new CreditRuleError('INVALID_DATE', 'A loan cannot be settled before it was disbursed.', 'asOf');
  }
  const states = instalmentStates(input.instalments, scale);
  const lines = states.map((state, i) => {
    let interest: Dec;
    if (state.dueOn <= asOf) {
      interest = state.interestLeft;
    } else {
      const start = i === 0 ? input.disbursedOn : states[i - 1].dueOn;
      if (start <= asOf) {
        // The running period.
        const earned = roundHalfUp(
          state.interestDue.times(daysBetween(start, asOf)).div(daysBetween(start, state.dueOn)),
          scale,
        );
        const alreadyPaid = state.interestDue.minus(state.interestLeft);
        interest = Dec.max(0, earned.minus(alreadyPaid));
      } else {
        interest = new Dec(0);
      }
    }
    return { state, principal: state.principalLeft, interest, waived: state.interestLeft.minus(interest) };
  });
  const principal = sum(lines.map((l) => l.principal));
  const interest = sum(lines.map((l) => l.interest));
  return {
    asOf,
    principal: formatMoney(principal, scale),
    interest: formatMoney(interest, scale),
    total: formatMoney(principal.plus(interest), scale),
    interestWaived: formatMoney(sum(lines.map((l) => l.waived)), scale),
    lines: lines
      .filter((l) => !l.principal.isZero() || !l.interest.isZero() || !l.waived.isZero())
      .map((l) => ({
        number: l.state.number,
        dueOn: l.state.dueOn,
        principal: formatMoney(l.principal, scale),
        interest: formatMoney(l.interest, scale),
        interestWaived: formatMoney(l.waived, scale),
      })),
  };
}
