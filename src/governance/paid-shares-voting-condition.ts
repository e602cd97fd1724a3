/**
 * The bylaws' voting condition `votingRequiresPaidShares`, read from the share-capital ledger: on the record date
 * the member had paid up at least the minimum shares for membership at the current par value
 * (paid-up capital >= minSharesForMembership x shareParValue). Governance sits above share capital on the module
 * ladder, so it reads the ledger's table directly in the one statement that freezes the roll.
 */
import { Injectable } from '@nestjs/common';
import type { VotingConditionRefs, VotingConditionsPort } from './governance.ports.js';

@Injectable()
export class PaidSharesVotingCondition implements VotingConditionsPort {
  paidSharesCondition(refs: VotingConditionRefs): string {
    return `(SELECT COALESCE(sum(e.paid_up_delta), 0) FROM capital_entries e
               WHERE e.cooperative_id = ${refs.cooperativeId} AND e.member_id = ${refs.memberId}
                 AND e.effective_date <= ${refs.recordDate})
            >= (SELECT b.min_shares_for_membership * b.share_par_value FROM bylaws b
                 WHERE b.cooperative_id = ${refs.cooperativeId})`;
  }
}
