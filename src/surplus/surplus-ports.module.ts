/**
 * The surplus module's ports, provided by the modules below it: paid-up holdings from the share-capital ledger,
 * capital refunds posted to it as `allocation` entries, ballot decisions from governance, and fund allocations posted
 * to the credit fund.
 * Global and imported at the root, so that tests can put stand-ins for these tokens in front of them.
 */
import { Global, Injectable, Module } from '@nestjs/common';
import { CreditFundModule } from '../credit-fund/credit-fund.module.js';
import { CreditFundService } from '../credit-fund/credit-fund.service.js';
import { GovernanceDecisions } from '../governance/governance-decisions.service.js';
import { GovernanceModule } from '../governance/governance.module.js';
import type { EntityManager } from 'typeorm';
import {
  BALLOT_DECISIONS,
  CAPITAL_ALLOCATION_POSTING,
  CAPITAL_HOLDINGS,
  type CapitalAllocationPostingPort,
  type CapitalHoldingsPort,
  CREDIT_FUND_POSTING,
  type PostingResult,
  type SqlQuery,
} from './surplus.ports.js';

/** Signed paid-up movements of the ledger; a mistaken entry and its reversal are both left out. */
@Injectable()
export class LedgerCapitalHoldings implements CapitalHoldingsPort {
  holdingsQuery(input: { cooperativeId: string; start: string; end: string }): SqlQuery {
    return {
      sql: `SELECT e.member_id, e.paid_up_delta AS amount, e.effective_date AS held_from, NULL::date AS left_on
              FROM capital_entries e
             WHERE e.cooperative_id = $1 AND e.effective_date <= $2::date AND e.paid_up_delta <> 0
               AND e.kind <> 'reversal'
               AND NOT EXISTS (SELECT 1 FROM capital_entries r
                                WHERE r.cooperative_id = e.cooperative_id AND r.reverses_entry_id = e.id)`,
      params: [input.cooperativeId, input.end],
    };
  }
}

/**
 * Capital refunds as share-capital `allocation` entries, in one statement, with share capital's own rule
 * (share-capital.rules.ts allocationChange): the amount first pays up any unpaid subscription, the rest buys new
 * shares at par (the last one partly paid). The ledger's trigger keeps the balance rows. A plan credits a member at
 * most once (unique key on the entry's reference), so a second call posts nothing. Choice: the per-member share cap
 * is not applied to surplus allocations; refunds are the member's own money and the assembly approved them.
 */
@Injectable()
export class LedgerCapitalAllocationPosting implements CapitalAllocationPostingPort {
  async postCapitalAllocations(
    manager: EntityManager,
    input: { cooperativeId: string; planId: string; effectiveDate: string },
  ): Promise<PostingResult> {
    const [result]: { entries: number; amount: string }[] = await manager.query(
      `WITH lines AS (
         SELECT l.member_id, l.total AS amount, b.share_par_value AS par,
                GREATEST(COALESCE(cb.subscribed, 0) - COALESCE(cb.paid_up, 0), 0) AS unpaid
           FROM distribution_plan_lines l
           JOIN bylaws b ON b.cooperative_id = l.cooperative_id
           LEFT JOIN capital_balances cb ON cb.cooperative_id = l.cooperative_id AND cb.member_id = l.member_id
          WHERE l.cooperative_id = $1 AND l.plan_id = $2 AND l.refund_mode = 'capital' AND l.total > 0
       ), inserted AS (
         INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                      paid_up_delta, par_value, reference, source_type, source_id, note,
                                      recorded_by_type)
         SELECT $1, member_id, 'allocation', $3::date,
                CASE WHEN amount <= unpaid THEN 0 ELSE ceil((amount - unpaid) / par)::int END,
                CASE WHEN amount <= unpaid THEN 0 ELSE ceil((amount - unpaid) / par) * par END,
                amount, par, 'surplus-plan:' || $2, 'surplus_plan', $2::uuid, 'Surplus refund credited as capital',
                'system'
           FROM lines
         ON CONFLICT (cooperative_id, member_id, source_type, source_id) WHERE source_id IS NOT NULL DO NOTHING
         RETURNING paid_up_delta
       )
       SELECT count(*)::int AS entries, COALESCE(sum(paid_up_delta), 0)::text AS amount FROM inserted`,
      [input.cooperativeId, input.planId, input.effectiveDate],
    );
    return result;
  }
}

@Global()
@Module({
  imports: [GovernanceModule, CreditFundModule],
  providers: [
    LedgerCapitalHoldings,
    LedgerCapitalAllocationPosting,
    { provide: CAPITAL_HOLDINGS, useExisting: LedgerCapitalHoldings },
    { provide: CAPITAL_ALLOCATION_POSTING, useExisting: LedgerCapitalAllocationPosting },
    { provide: BALLOT_DECISIONS, useExisting: GovernanceDecisions },
    { provide: CREDIT_FUND_POSTING, useExisting: CreditFundService },
  ],
  exports: [CAPITAL_HOLDINGS, CAPITAL_ALLOCATION_POSTING, BALLOT_DECISIONS, CREDIT_FUND_POSTING],
})
export class SurplusPortsModule {}
