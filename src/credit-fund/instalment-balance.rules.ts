/**
 * An instalment as scheduled plus what has been paid against it: the input of repayment allocation and arrears.
 * - Paid amounts lie between zero and the amount due; an instalment is fully paid when both its principal and its
 *   interest are paid in full.
 * - "Overdue" means due before the as-of date (dueOn < asOf). An instalment falling due on the as-of date is not
 *   yet late: the member has the whole due day to pay.
 * - Instalments are taken in instalment-number order, and due dates may not go backwards in that order.
 */
import { Dec } from '../common/money/money.js';
import { assertInteger, CreditRuleError, parseMoney, parseNonNegativeDecimal } from './credit-rules.errors.js';
import { parseIsoDate } from './loan-calendar.rules.js';

export interface InstalmentBalance {
  number: number;
  /** YYYY-MM-DD */
  dueOn: string;
  principal: string;
  interest: string;
  principalPaid: string;
  interestPaid: string;
}

/** A validated instalment with its amounts as decimals and what remains unpaid. */
export interface InstalmentState {
  number: number;
  dueOn: string;
  principalDue: Dec;
  interestDue: Dec;
  principalLeft: Dec;
  interestLeft: Dec;
}

/**
 * Validates the instalments and returns them in number order with their unpaid amounts. When `scale` is omitted,
 * amounts must still be non-negative plain decimals, of any scale.
 */
export function instalmentStates(instalments: readonly InstalmentBalance[], scale?: number): InstalmentState[] {
  const rows: unknown = instalments;
  if (!Array.isArray(rows)) {
    throw new CreditRuleError('INVALID_SCHEDULE', 'instalments must be an array', 'instalments');
  }
  const amount = (value: unknown, field: string): Dec =>
    scale === undefined
      ? parseNonNegativeDecimal(value, field, 'INVALID_SCHEDULE')
      : parseMoney(value, scale, field, 'INVALID_SCHEDULE');
  const states = instalments.map((row, i): InstalmentState => {
    const at = `instalments[${i}]`;
    const number = assertInteger(row.number, `${at}.number`, 'INVALID_SCHEDULE', 1);
    parseIsoDate(row.dueOn, `${at}.dueOn`);
    const principalDue = amount(row.principal, `${at}.principal`);
    const interestDue = amount(row.interest, `${at}.interest`);
    const principalPaid = amount(row.principalPaid, `${at}.principalPaid`);
    const interestPaid = amount(row.interestPaid, `${at}.interestPaid`);
    if (principalPaid.gt(principalDue) || interestPaid.gt(interestDue)) {
      throw new CreditRuleError('INVALID_SCHEDULE', `${at} is paid beyond what it is due`, at);
    }
    return {
      number,
      dueOn: row.dueOn,
      principalDue,
      interestDue,
      principalLeft: principalDue.minus(principalPaid),
      interestLeft: interestDue.minus(interestPaid),
    };
  });
  states.sort((a, b) => a.number - b.number);
  for (let i = 1; i < states.length; i++) {
    if (states[i].number === states[i - 1].number) {
      throw new CreditRuleError('INVALID_SCHEDULE', `instalment ${states[i].number} appears twice`, 'instalments');
    }
    if (states[i].dueOn < states[i - 1].dueOn) {
      throw new CreditRuleError(
        'INVALID_SCHEDULE',
        `instalment ${states[i].number} falls due before the one before it`,
        'instalments',
      );
    }
  }
  return states;
}

export function isFullyPaid(state: InstalmentState): boolean {
  return state.principalLeft.isZero() && state.interestLeft.isZero();
}

/** Due strictly before the as-of date. */
export function isOverdue(state: Pick<InstalmentState, 'dueOn'>, asOf: string): boolean {
  return state.dueOn < asOf;
}
