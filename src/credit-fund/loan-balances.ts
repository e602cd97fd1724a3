/**
 * A loan's schedule as the pure rules see it, and what a set of repayment lines leaves of it. No I/O: the services
 * read the instalments and hand them here.
 */
import { Dec } from '../common/money/money.js';
import { money } from './credit-fund.mapper.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import type { SettlementQuoteDto } from './loan-schedule.dto.js';
import type { Loan } from './loan.entity.js';
import type { LoanInstalment } from './loan-instalment.entity.js';
import { settlementQuote } from './loan-settlement.rules.js';

/** A line of money applied to one instalment. */
export interface AppliedLine {
  number: number;
  principal: Dec;
  interest: Dec;
  waived: Dec;
}

/** An instalment as the rules see it: waived interest is interest no longer owed. */
export function toBalance(i: LoanInstalment, scale: number): InstalmentBalance {
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
export function firstUnsettledDueOn(
  instalments: readonly LoanInstalment[],
  lines: readonly AppliedLine[],
): string | null {
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

/** The early full repayment of `loan` on `asOf` (loan-settlement.rules.ts), as the API shows it. */
export function quoteOf(
  loan: Loan,
  instalments: readonly LoanInstalment[],
  asOf: string,
  scale: number,
): SettlementQuoteDto {
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
