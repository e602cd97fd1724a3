/**
 * The solidarity credit fund (DOMAIN.md): its ledger, contributions and plans, loans from application to repayment.
 * - Money moves only through FundLedger under the fund row's lock (the loan row locked first); loans follow
 *   loan-lifecycle.rules.ts, the schedule fixed at disbursement, repayments allocated in order and value-date order.
 * - Eligibility at application and again at approval, on that day's figures: ceiling = multiple x (paid-up capital,
 *   share capital's paidUpOf, + contributions), term, loans per member (applications count), guarantee.
 * - Borrowers and guarantors are active members; nobody acts on a loan they borrow or guarantee (CONFLICT_OF_INTEREST).
 * - Members are read only through membership's member-directory.sql.ts (the member row locked for applications).
 * - Readers: treasurer, credit committee, board; a member reads only their own loans (any other is 404).
 * - Surplus posts its allocations through CreditFundService.postSurplusAllocation, once per source.
 * - An instalment that falls due unpaid is announced once (`loan.instalment_overdue`, loan-overdue.job.ts).
 * Database: credit_fund_entries, credit_fund_contributions, loan_repayments, loan_repayment_lines are append-only
 * and credit_funds, plans, loans, guarantors, instalments never deleted (triggers); a trigger keeps loan terms,
 * schedules and pledges fixed (paid and released parts only grow), closed loans unchanged, plans but their end date;
 * CHECKs: balance and loans outstanding >= 0, loans' dates and totals consistent with their status; unique keys: one
 * surplus allocation per source, repayment numbers per loan. Invariants: credit-fund.invariants.ts.
 */
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { ShareCapitalModule } from '../share-capital/share-capital.module.js';
import { CreditFundController } from './credit-fund.controller.js';
import { CreditFundReadService } from './credit-fund-read.service.js';
import { CreditFundSelfController } from './credit-fund-self.controller.js';
import { CreditFundService } from './credit-fund.service.js';
import { FundLedger } from './fund-ledger.js';
import { LoanApplicationService } from './loan-application.service.js';
import { LoanOverdueJob } from './loan-overdue.job.js';
import { LoanOverdueNotice } from './loan-overdue-notice.entity.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import { LoanReadService } from './loan-read.service.js';
import { LoanServicingService } from './loan-servicing.service.js';
import { LoansController } from './loans.controller.js';
import { CreditFund } from './credit-fund.entity.js';
import { FundEntry } from './fund-entry.entity.js';
import { ContributionPlan } from './contribution-plan.entity.js';
import { Contribution } from './contribution.entity.js';
import { Loan } from './loan.entity.js';
import { LoanGuarantor } from './loan-guarantor.entity.js';
import { LoanInstalment } from './loan-instalment.entity.js';
import { LoanRepayment } from './loan-repayment.entity.js';
import { LoanRepaymentLine } from './loan-repayment-line.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const CREDIT_FUND_ENTITIES = [
  CreditFund,
  FundEntry,
  ContributionPlan,
  Contribution,
  Loan,
  LoanGuarantor,
  LoanInstalment,
  LoanRepayment,
  LoanRepaymentLine,
  LoanOverdueNotice,
];

@Module({
  // Share capital below on the ladder: the loan ceiling reads its paid-up capital (capital.sql.ts).
  imports: [AuditModule, CooperativesModule, ShareCapitalModule],
  // The self-service controller first: its `credit-fund/me/...` routes before any parameterised path.
  controllers: [CreditFundSelfController, CreditFundController, LoansController],
  providers: [
    FundLedger,
    CreditFundService,
    CreditFundReadService,
    LoanApplicationService,
    LoanServicingService,
    LoanReadService,
    LoanPortfolioService,
    LoanOverdueJob,
  ],
  exports: [CreditFundService, CreditFundReadService, LoanReadService, LoanPortfolioService],
})
export class CreditFundModule {}
