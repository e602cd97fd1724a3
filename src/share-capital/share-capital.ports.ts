/**
 * What share capital provides to the membership module through its ports (membership.ports.ts): the admission
 * check (minimum shares), the holdings shown in the register export, and the withdrawal hook. Membership never
 * imports this module; ShareCapitalModule hands these to membership's MembershipHooks when it starts.
 */
import { Injectable } from '@nestjs/common';
import type { TxContext } from '../common/context/request-context.js';
import { formatMoney } from '../common/money/money.js';
import type {
  AdmissionRequirementsPort,
  MemberCessationHookPort,
  MemberHoldings,
  MemberHoldingsPort,
} from '../membership/membership.ports.js';
import type { CessationReason } from '../membership/member-lifecycle.rules.js';
import { CapitalLedger } from './capital-ledger.js';
import { assertAdmissible } from './share-capital.rules.js';
import { ShareRedemptionsService } from './share-redemptions.service.js';

/**
 * Admission needs the bylaws' minimum shares subscribed with effect on or before the admission date (and paid up
 * when `admissionRequiresPaidShares`). The applicant's balance row is read FOR SHARE, so a concurrent reversal of
 * the subscription waits for the admission (or the admission for it).
 */
@Injectable()
export class AdmissionSharesCheck implements AdmissionRequirementsPort {
  constructor(private readonly ledger: CapitalLedger) {}

  async assertAdmissible(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string },
  ): Promise<void> {
    const { manager } = ctx;
    const settings = await this.ledger.settings(ctx, input.cooperativeId);
    await manager.query(`SELECT 1 FROM capital_balances WHERE cooperative_id = $1 AND member_id = $2 FOR SHARE`, [
      input.cooperativeId,
      input.memberId,
    ]);
    const [row]: { shares: number; subscribed: string; paid_up: string }[] = await manager.query(
      `SELECT coalesce(sum(shares_delta), 0)::int AS shares, coalesce(sum(subscribed_delta), 0)::text AS subscribed,
              coalesce(sum(paid_up_delta), 0)::text AS paid_up
         FROM capital_entries WHERE cooperative_id = $1 AND member_id = $2 AND effective_date <= $3`,
      [input.cooperativeId, input.memberId, input.effectiveDate],
    );
    assertAdmissible(
      { shares: row.shares, subscribed: row.subscribed, paidUp: row.paid_up, committed: 0 },
      settings,
      settings.requirePaidForAdmission,
    );
  }
}

/** Current shares held and paid-up capital, for the register export (members with no capital row are left out). */
@Injectable()
export class ShareHoldingsProvider implements MemberHoldingsPort {
  constructor(private readonly ledger: CapitalLedger) {}

  async holdingsOf(
    ctx: TxContext,
    cooperativeId: string,
    memberIds: readonly string[],
  ): Promise<ReadonlyMap<string, MemberHoldings>> {
    const { scale } = await this.ledger.settings(ctx, cooperativeId);
    const rows: { member_id: string; shares: number; paid_up: string }[] = await ctx.manager.query(
      `SELECT b.member_id, b.shares, b.paid_up::text AS paid_up
         FROM capital_balances b
        WHERE b.cooperative_id = $1 AND b.member_id = ANY($2::uuid[])`,
      [cooperativeId, memberIds],
    );
    return new Map(
      rows.map((r) => [r.member_id, { sharesHeld: r.shares, paidUpCapital: formatMoney(r.paid_up, scale) }]),
    );
  }
}

/** A withdrawal (cessation with reason `withdrawn`) opens the redemption of all the member's shares. */
@Injectable()
export class WithdrawalRedemptionHook implements MemberCessationHookPort {
  constructor(private readonly redemptions: ShareRedemptionsService) {}

  async onCeased(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string; cessationReason: CessationReason },
  ): Promise<void> {
    if (input.cessationReason !== 'withdrawn') return;
    await this.redemptions.openWithdrawalRedemption(ctx, input);
  }
}
