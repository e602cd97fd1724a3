/**
 * Share capital (DOMAIN.md, "Share capital"; ICA principle 3: members' economic participation).
 *
 * - Ledger: capital_entries, append-only (trigger), one row per entry with its effective date and signed deltas
 *   (shares, subscribed capital, paid-up capital): subscription, payment, transfer_out/transfer_in, redemption,
 *   allocation, reversal (linked to the mistaken entry; each entry reversed at most once; only subscriptions,
 *   payments and allocations are reversible, the others come from requests). Balances live in capital_balances,
 *   updated by a statement trigger on the entries' INSERT (same statement, so they cannot disagree) and by nothing
 *   else (another trigger); CHECKs: never negative, paid-up <= subscribed, committed <= shares.
 *   share-capital.invariants.ts has the queries that prove it (entry sums = balances, no negative holding on any date).
 * - Money: numeric(20, 4) in the database, decimal strings with exactly the currency's minor-unit decimals in the API;
 *   amounts with more decimals than the currency allows are refused. Values are shares x the par value of the day
 *   (each entry records it); a change of the par value is not a revaluation of shares already held (that is a
 *   capital restructuring, outside this module).
 * - Effective dates: not in the future, not before the member's application nor their latest entry (so the balance
 *   on every past date is also valid), and a request's completion not before the request.
 * - Bylaws: minimum shares for admission (membership's admission port: subscribed on or before the admission date;
 *   paid too when admissionRequiresPaidShares); the initial subscription is posted on the applicant before
 *   admission. A member keeps the minimum while a member (transfers and redemptions that would go below it are
 *   refused). Maximum per member: by count, and subscribed capital <= maxCapitalPercentPerMember % of the total
 *   paid-up capital after the operation (not applied while the cooperative has no paid-up capital at all), checked at
 *   subscription, allocation that creates shares, transfer request and transfer completion.
 * - Shares: paid-up capital covers shares in order; only fully paid, uncommitted shares can be transferred or
 *   partly redeemed; redeeming all of a member's shares repays all paid-up capital and cancels the unpaid rest.
 *   Allocations from surplus first pay up unpaid subscriptions, then buy new shares (the last possibly part-paid).
 * - Requests (capital-requests.service.ts): the treasurer records, completes or cancels; the board approves or
 *   rejects (decision reference, reason). Open requests commit their shares (balance row), so they never promise
 *   more than is held; redemptions are payable after the notice period and capped per year, with a FIFO queue.
 * - Withdrawal: membership calls its cessation hook inside the cessation; a `withdrawn` cessation opens a
 *   redemption of all the member's free shares (origin 'withdrawal', requested on the cessation date), decided by
 *   the board like any other. Other cessations (expelled, deceased, dissolved) open nothing automatically: the payee
 *   and any deductions need a decision, so the treasurer requests it.
 * - Concurrency: locks in one order (capital-ledger.ts): bylaws row, request, members (FOR SHARE, id order), balance
 *   rows (FOR UPDATE, id order). Payments lock only the member's rows, so they scale across members.
 * - Access: admin, secretary, board and treasurer read (capital:read); the treasurer writes (capital:write); the
 *   board decides requests (capital:write for API keys). A member reads only their own capital (members/me/capital;
 *   any other member id is 404 to them). Every write is audited in its transaction; every money POST is
 *   @Idempotent().
 */
import { Module, type OnModuleInit } from '@nestjs/common';
import { MembershipHooks } from '../membership/membership.ports.js';
import { MembershipModule } from '../membership/membership.module.js';
import { CapitalEntriesController } from './capital-entries.controller.js';
import { CapitalLedger } from './capital-ledger.js';
import { CapitalRequestsService } from './capital-requests.service.js';
import { CapitalTotalsController } from './capital-totals.controller.js';
import { MemberCapitalController, OwnCapitalController } from './member-capital.controller.js';
import { ShareCapitalService } from './share-capital.service.js';
import { AdmissionSharesCheck, ShareHoldingsProvider, WithdrawalRedemptionHook } from './share-capital.ports.js';
import { ShareRedemptionsController } from './share-redemptions.controller.js';
import { ShareTransfersController } from './share-transfers.controller.js';

@Module({
  imports: [MembershipModule],
  // OwnCapitalController first: `members/me/capital` must be matched before `members/:memberId/capital`.
  controllers: [
    OwnCapitalController,
    MemberCapitalController,
    CapitalEntriesController,
    ShareTransfersController,
    ShareRedemptionsController,
    CapitalTotalsController,
  ],
  providers: [
    CapitalLedger,
    ShareCapitalService,
    CapitalRequestsService,
    AdmissionSharesCheck,
    ShareHoldingsProvider,
    WithdrawalRedemptionHook,
  ],
  exports: [CapitalLedger, ShareCapitalService, CapitalRequestsService],
})
export class ShareCapitalModule implements OnModuleInit {
  constructor(
    private readonly hooks: MembershipHooks,
    private readonly admission: AdmissionSharesCheck,
    private readonly holdings: ShareHoldingsProvider,
    private readonly cessation: WithdrawalRedemptionHook,
  ) {}

  /** Membership (below on the ladder) asks these through its MembershipHooks registry (membership.ports.ts). */
  onModuleInit(): void {
    this.hooks.provide({ admission: this.admission, holdings: this.holdings, cessation: this.cessation });
  }
}
