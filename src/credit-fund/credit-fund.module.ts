/**
 * The solidarity credit fund (DOMAIN.md, "Solidarity credit fund"): the fund's ledger and balance, member
 * contributions, and loans from application to repayment or write-off.
 *
 * - Ledger: credit_fund_entries is append-only (trigger); each entry is a positive amount whose kind says what it
 *   does: contributions, surplus allocations, donations and repayments (principal, interest) bring cash in, a
 *   disbursement takes it out, a write-off moves no cash and takes principal off the books. credit_funds keeps the
 *   balance (cash available) and the principal outstanding, updated in the same transaction as the entries under
 *   the fund row's lock, with CHECKs that neither goes below zero: two disbursements racing for the last money
 *   queue on the lock, and the second finds the money gone (INSUFFICIENT_FUND_BALANCE, 409). Invariants:
 *   credit-fund.invariants.ts.
 * - Loans (loan-lifecycle.rules.ts): applied -> approved | rejected -> disbursed -> repaid | written_off. The
 *   schedule (repayment-schedule.rules.ts) is fixed at disbursement from the disbursement date and stored in
 *   loan_instalments. Repayments are allocated by repayment-allocation.rules.ts and kept with their lines.
 * - Eligibility (loan-eligibility.rules.ts) at application and again at approval, on the figures of that day:
 *   ceiling = multiple x (paid-up capital + contributions), maximum term, loans per member, guarantee. Errors carry
 *   the first violation's code and list all of them (`violations`).
 * - Paid-up capital comes from the share-capital module through MEMBER_PAID_UP_CAPITAL (credit-fund.ports.ts).
 *   Without a provider it is unknown, never assumed zero: an amount within multiple x contributions passes (that
 *   much holds whatever the capital), above it the application is refused with PAID_UP_CAPITAL_UNKNOWN (422), and
 *   the loan records ceiling and capital as null.
 * - Surplus allocations: the surplus module calls CreditFundService.postSurplusAllocation inside its transaction;
 *   one allocation per source (a unique key), a repeat with the same amount posts nothing.
 * - Arrears and PAR: loan-portfolio.service.ts, set-based, exact for past days; an e2e test checks it against the
 *   pure rules loan by loan. Repayments settle instalments in order, so the oldest unpaid instalment is the first
 *   unsettled one; the loan row keeps its due date (next_due_on) and each repayment the state it left, so the
 *   figures read one row per loan, not its schedule.
 *
 * Choices where DOMAIN.md is silent:
 * - The rate is the bylaws' loan rate on the application day, frozen on the loan; the member chooses the method
 *   (annuity, equal_principal, flat). Monthly periods only.
 * - "Loans per member" counts applications and approved loans as well as disbursed ones, so a member cannot hold
 *   several pending applications beyond the limit; applications of one member are serialised by a lock on their
 *   member row.
 * - Borrowers and guarantors must be active members (suspended members may still contribute). Guarantors are other
 *   active members, each once; their pledges count toward the bylaws' guarantee percent (when the bylaws require a
 *   guarantee) and are released pro rata to principal repaid, in full when the loan is repaid. A write-off
 *   releases nothing (calling a guarantee is a separate decision, not built here).
 * - Repayments of a loan are recorded in value-date order (VALUE_DATE_OUT_OF_ORDER otherwise) and never dated in
 *   the future; more than the whole balance (principal and scheduled interest) is refused with
 *   REPAYMENT_EXCEEDS_BALANCE; what reaches instalments not yet due is recorded as `prepaid`.
 * - Early full repayment (/settle) charges every unpaid principal, the interest of instalments due by that day in
 *   full, the running period's interest pro rata to its days, and waives later interest
 *   (loan-settlement.rules.ts); the amount must equal the day's quote. Paying the whole balance through
 *   /repayments stays possible (the contract's full interest).
 * - Conflict of interest: an officer whose own member record is the borrower or a guarantor may not record,
 *   decide, disburse, post, settle or write off for that loan, nor post their own contribution
 *   (CONFLICT_OF_INTEREST, 403). A member may apply for themself through /credit-fund/me/loans.
 * - Readers are the treasurer, the credit committee and the board (not the admin role, which manages users and
 *   bylaws, not money). A member reads only their own loans and contributions: other loans are 404.
 * - Contribution plans record a commitment; only posted contributions are money. A plan's standing (due, paid,
 *   outstanding) is computed by contribution-plan.rules.ts.
 */
import { MEMBER_PAID_UP_CAPITAL } from './credit-fund.ports.js';
import { LedgerPaidUpCapital } from './ledger-paid-up-capital.js';
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { CreditFundController } from './credit-fund.controller.js';
import { CreditFundSelfController } from './credit-fund-self.controller.js';
import { CreditFundService } from './credit-fund.service.js';
import { FundLedger } from './fund-ledger.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import { LoanService } from './loan.service.js';
import { LoansController } from './loans.controller.js';

@Module({
  imports: [CooperativesModule],
  // The self-service controller first: its `credit-fund/me/...` routes before any parameterised path.
  controllers: [CreditFundSelfController, CreditFundController, LoansController],
  providers: [
    FundLedger,
    CreditFundService,
    LoanService,
    LoanPortfolioService,
    { provide: MEMBER_PAID_UP_CAPITAL, useClass: LedgerPaidUpCapital },
  ],
  exports: [CreditFundService, LoanService, LoanPortfolioService],
})
export class CreditFundModule {}
