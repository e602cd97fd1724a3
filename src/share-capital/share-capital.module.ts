/**
 * Share capital (DOMAIN.md, "Share capital"): members' shares as an append-only ledger, at the day's par value.
 * - Entries: subscription, payment, allocation (undone only by a linked reversal), transfer_out/in and redemption
 *   (from capital_requests: requested -> approved | rejected -> completed, or cancelled; open ones commit shares).
 * - Database: capital_entries append-only (trigger), CHECKs per kind (signs, reversal, request, counterparty and
 *   typed source links), unique keys on one reversal per entry and one credit per member and source (source_type,
 *   source_id: a surplus plan); its statement trigger alone keeps capital_balances (another refuses other writes)
 *   and refuses an entry dated before the member's latest; balances CHECK never negative, paid-up <= subscribed,
 *   committed <= shares; capital_requests CHECK each status's fields. Bylaw caps and minimums are checked here.
 * - Paid-up capital on a day as an entitlement (redemption cap here; votes, loans, surplus above) is capital.sql.ts,
 *   a reversed pair left out; statements and totals show the books as they stood (every entry counts).
 * - Use cases: postings, statements, share transfers, share redemptions (over capital-request-steps.ts), each method
 *   taking the ctx first. CapitalLedger's steps take it too (TxContext for locks and writes) and lock in one order:
 *   bylaws row (through CooperativeService), request, members, balance rows.
 * - Access (capital-access.ts): staff read, the treasurer writes, the board decides; a member reads only their own.
 * - Ports for membership (share-capital.ports.ts), handed to its MembershipHooks at start: admission's minimum
 *   shares, holdings, withdrawal's redemption.
 */
import { Module, type OnModuleInit } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { MembershipHooks } from '../membership/membership.ports.js';
import { MembershipModule } from '../membership/membership.module.js';
import { CapitalEntriesController } from './capital-entries.controller.js';
import { CapitalLedger } from './capital-ledger.js';
import { CapitalPostingsService } from './capital-postings.service.js';
import { CapitalRequestSteps } from './capital-request-steps.js';
import { CapitalStatementsService } from './capital-statements.service.js';
import { CapitalTotalsController } from './capital-totals.controller.js';
import { MemberCapitalController, OwnCapitalController } from './member-capital.controller.js';
import { AdmissionSharesCheck, ShareHoldingsProvider, WithdrawalRedemptionHook } from './share-capital.ports.js';
import { ShareRedemptionsController } from './share-redemptions.controller.js';
import { ShareRedemptionsService } from './share-redemptions.service.js';
import { ShareTransfersController } from './share-transfers.controller.js';
import { ShareTransfersService } from './share-transfers.service.js';
import { CapitalEntry } from './capital-entry.entity.js';
import { CapitalBalance } from './capital-balance.entity.js';
import { CapitalRequest } from './capital-request.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const SHARE_CAPITAL_ENTITIES = [CapitalEntry, CapitalBalance, CapitalRequest];

@Module({
  imports: [AuditModule, CooperativesModule, MembershipModule],
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
    CapitalPostingsService,
    CapitalStatementsService,
    CapitalRequestSteps,
    ShareTransfersService,
    ShareRedemptionsService,
    AdmissionSharesCheck,
    ShareHoldingsProvider,
    WithdrawalRedemptionHook,
  ],
  exports: [
    CapitalLedger,
    CapitalPostingsService,
    CapitalStatementsService,
    ShareTransfersService,
    ShareRedemptionsService,
  ],
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
