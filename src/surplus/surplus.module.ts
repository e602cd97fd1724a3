/**
 * Surplus distribution (DOMAIN.md, "Surplus distribution"; ICA principle 3).
 *
 * - Fiscal years (never overlapping) carry the net surplus the treasurer enters from the accounts, and members'
 *   patronage (quantity and/or value), recorded one by one or imported as JSON or CSV: all or nothing, each bad row
 *   named with its reason (patronage.service.ts).
 * - A plan follows DOMAIN.md's order and exact arithmetic: reserve, education and community funds, limited
 *   interest on paid-up capital prorated by days held, patronage refunds; largest remainder with ties to the lower
 *   member number. The pure rules (distribution.rules.ts) are the contract; the plan is computed set-based in SQL
 *   with the same pool code (distribution.computer.ts), and an e2e test checks both agree to the cent.
 * - Lifecycle (plan-lifecycle.rules.ts): draft (recomputable) -> proposed (frozen; linked to a ballot and/or an
 *   assembly resolution) -> approved -> executed, or rejected. Executing posts every member's line (interest +
 *   patronage refund) as a cash payable or a share-capital allocation, and the funds' allocations, in one
 *   transaction, once.
 * - Modules above: share capital, governance and the credit fund plug in through the ports of surplus.ports.ts.
 *   Without them, what needs them answers 409 *_MODULE_UNAVAILABLE (as governance's VOTING_CONDITION_UNAVAILABLE) and changes nothing.
 * - Access (surplus-access.ts): treasurer writes; board reads and, like the treasurer, records approvals and
 *   rejections; members read their own statement and set their own refund form. Scopes surplus:read/write.
 *
 * Choices where DOMAIN.md is silent:
 * - Funds: each plan percentage may exceed the bylaws' (the assembly may reserve more), never fall below;
 *   the interest rate may not exceed the bylaws' cap. Defaults are the bylaws'.
 * - Inputs freeze: a year's surplus and patronage cannot change while one of its plans is proposed, approved or
 *   executed (409 FISCAL_YEAR_LOCKED); a draft computed before a change is `stale` and cannot be proposed
 *   (409 PLAN_STALE) until recomputed. One plan per year can be proposed/approved/executed at a time.
 * - A plan is proposed only after its fiscal year ended, and executed on a date after it (default today).
 * - Patronage refunds go to members at the year's end according to the register (member_transitions, as in the
 *   register "as of" that day: active or suspended), unless the bylaws refund ceased members too. Patronage can
 *   only be recorded for members admitted on or before the year's last day.
 * - Interest comes from the capital ledger alone: a ceased member keeps earning on capital not yet redeemed.
 *   Holders never admitted (no member number) get no line. Holdings may be lots or signed movements (the port
 *   says so); a member whose rows add up to negative capital-days is an error of the ledger (500).
 * - The refund form is per member (their standing choice, else the bylaws' surplusRefundMode), read when the lines
 *   are computed and frozen with them; it applies to the member's whole line (interest and patronage refund).
 *   Lines of zero are posted nowhere.
 * - Approval: a plan linked to a ballot needs that ballot passed (BALLOT_DECISIONS); a plan linked only to an
 *   assembly resolution recorded outside the ballots (paper minutes) is approved on the record of the treasurer or
 *   the board, kept in the audit log. A ballot decides at most one plan.
 * - The community fund feeds the solidarity credit fund unless the plan says otherwise; reserve and education stay
 *   in the cooperative's books (surplus_fund_allocations).
 * - A member's statement shows plans proposed, approved or executed, never drafts or rejected plans.
 * - Executing is allowed once: the plan's row lock and status refuse a second execution (409 ILLEGAL_TRANSITION)
 *   before anything is posted; each posting port must also be idempotent on (plan, member); each kind of posting
 *   leaves one receipt (distribution_postings), which the invariants (surplus.invariants.ts) compare with the lines.
 * - Scale: nothing per member passes through the API process (computing, executing, exporting are statements or a
 *   cursor); the million-row tables carry no per-row foreign key (statement-level triggers check their plan).
 */
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { CsvBodyInterceptor } from './csv-body.interceptor.js';
import { DistributionComputer } from './distribution.computer.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { DistributionPlansController } from './distribution-plans.controller.js';
import { DistributionReadService } from './distribution-read.service.js';
import { DistributionStatementsController } from './distribution-statements.controller.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { FiscalYearsController } from './fiscal-years.controller.js';
import { PatronageService } from './patronage.service.js';
import { RefundPreferenceService } from './refund-preference.service.js';
import { RefundPreferencesController } from './refund-preferences.controller.js';

@Module({
  imports: [CooperativesModule],
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
    DistributionReadService,
    RefundPreferenceService,
    CsvBodyInterceptor,
  ],
})
export class SurplusModule {}
