/**
 * Surplus distribution (DOMAIN.md, "Surplus distribution"; ICA principle 3): fiscal years and their net surplus,
 * members' patronage, and distribution plans computed set-based (distribution.computer.ts) to the cent of the pure
 * rules (distribution.rules.ts): funds, interest on paid-up capital prorated by days, patronage refunds by largest
 * remainder, ties to the lower member number. Lifecycle draft -> proposed -> approved -> executed | rejected.
 * - It sits at the top of the ladder and calls the modules below it: the register through membership's
 *   member-directory.sql.ts and statusOnSql, paid-up capital and credits from share capital's capital.sql.ts, refunds
 *   as capital through CapitalLedger, a ballot's decision from GovernanceDecisions, the community fund into
 *   CreditFundService. Execution posts everything in one transaction, once.
 * - Choices: funds may exceed the bylaws' percentages, never fall below; the rate may not pass the bylaws' cap. A
 *   year's inputs freeze while a plan is proposed/approved/executed (FISCAL_YEAR_LOCKED); a draft computed before a
 *   change is stale (PLAN_STALE). Patronage refunds go to members on the register at the year's end (active or
 *   suspended) unless the bylaws refund ceased members; the refund form (cash or capital) is frozen with the lines.
 * - Database: fiscal years never overlap (exclusion constraint), unique labels; one active plan per year and one
 *   plan per ballot (partial unique keys); lines written only while their plan is a draft, a plan's figures frozen
 *   once proposed, payables, fund allocations and receipts append-only (triggers). Invariants: surplus.invariants.ts.
 */
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { CreditFundModule } from '../credit-fund/credit-fund.module.js';
import { GovernanceModule } from '../governance/governance.module.js';
import { ShareCapitalModule } from '../share-capital/share-capital.module.js';
import { CsvBodyInterceptor } from './csv-body.interceptor.js';
import { DistributionComputer } from './distribution.computer.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { DistributionPlansController } from './distribution-plans.controller.js';
import { DistributionReadService } from './distribution-read.service.js';
import { DistributionStatementsController } from './distribution-statements.controller.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { FiscalYearsController } from './fiscal-years.controller.js';
import { PlanExecutionService } from './plan-execution.service.js';
import { PatronageService } from './patronage.service.js';
import { RefundPreferenceService } from './refund-preference.service.js';
import { RefundPreferencesController } from './refund-preferences.controller.js';
import { FiscalYear } from './fiscal-year.entity.js';
import { PatronageRecord } from './patronage-record.entity.js';
import { RefundPreference } from './refund-preference.entity.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import { DistributionPlanLine } from './distribution-plan-line.entity.js';
import { SurplusPayable } from './surplus-payable.entity.js';
import { SurplusFundAllocation } from './surplus-fund-allocation.entity.js';
import { DistributionPosting } from './distribution-posting.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const SURPLUS_ENTITIES = [
  FiscalYear,
  PatronageRecord,
  RefundPreference,
  DistributionPlan,
  DistributionPlanLine,
  SurplusPayable,
  SurplusFundAllocation,
  DistributionPosting,
];

@Module({
  imports: [AuditModule, CooperativesModule, ShareCapitalModule, GovernanceModule, CreditFundModule],
  controllers: [
    FiscalYearsController,
    DistributionPlansController,
    DistributionStatementsController,
    RefundPreferencesController,
  ],
  providers: [
    FiscalYearService,
    PatronageService,
    DistributionComputer,
    DistributionPlanService,
    PlanExecutionService,
    DistributionReadService,
    RefundPreferenceService,
    CsvBodyInterceptor,
  ],
})
export class SurplusModule {}
