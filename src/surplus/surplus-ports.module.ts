/**
 * The surplus module's ports, provided by the modules below it: paid-up holdings from the share-capital ledger,
 * ballot decisions from governance, and fund allocations posted to the credit fund. Posting capital refunds as
 * share-capital allocations (CAPITAL_ALLOCATION_POSTING) needs a set-based allocation in share capital that does
 * not exist yet: until it does, executing a plan with capital refunds answers 409 CAPITAL_MODULE_UNAVAILABLE and
 * posts nothing (cash refunds work).
 * Global and imported at the root, so that tests can put stand-ins for these tokens in front of them.
 */
import { Global, Injectable, Module } from '@nestjs/common';
import { CreditFundModule } from '../credit-fund/credit-fund.module.js';
import { CreditFundService } from '../credit-fund/credit-fund.service.js';
import { GovernanceDecisions } from '../governance/governance-decisions.service.js';
import { GovernanceModule } from '../governance/governance.module.js';
import {
  BALLOT_DECISIONS,
  CAPITAL_HOLDINGS,
  type CapitalHoldingsPort,
  CREDIT_FUND_POSTING,
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

@Global()
@Module({
  imports: [GovernanceModule, CreditFundModule],
  providers: [
    LedgerCapitalHoldings,
    { provide: CAPITAL_HOLDINGS, useExisting: LedgerCapitalHoldings },
    { provide: BALLOT_DECISIONS, useExisting: GovernanceDecisions },
    { provide: CREDIT_FUND_POSTING, useExisting: CreditFundService },
  ],
  exports: [CAPITAL_HOLDINGS, BALLOT_DECISIONS, CREDIT_FUND_POSTING],
})
export class SurplusPortsModule {}
