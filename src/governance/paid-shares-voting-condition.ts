/**
 * The bylaws' voting condition `votingRequiresPaidShares`, read from the share-capital ledger: on the record date
 * the member had paid up at least the minimum shares for membership at the current par value
 * (paid-up capital >= minSharesForMembership x shareParValue). Governance sits above share capital on the module
 * ladder, so it reads the ledger's tables directly in the one statement that freezes the roll.
 */
import { Injectable } from '@nestjs/common';
import type { VotingConditionRefs, VotingConditionsPort } from './governance.ports.js';

@Injectable()
export class PaidSharesVotingCondition implements VotingConditionsPort {
  paidSharesCondition(refs: VotingConditionRefs): string {
    // Paid-up capital on the record date = the balance the ledger keeps (the sum of all entries) less the entries
    // dated after the record date: one pass over the balances and a small range of the ledger (the entries after
    // the record date, usually none), hashed once. Summing the ledger per member instead reads every entry of the
    // cooperative (several seconds at a million members).
    const only = refs.members === undefined ? '' : ` AND b.member_id = ANY(${refs.members})`;
    return `${refs.memberId} IN (
              SELECT b.member_id FROM capital_balances b
                LEFT JOIN (SELECT e.member_id, sum(e.paid_up_delta) AS later FROM capital_entries e
                            WHERE e.cooperative_id = ${refs.cooperativeId} AND e.effective_date > ${refs.recordDate}
                            GROUP BY e.member_id) l ON l.member_id = b.member_id
               WHERE b.cooperative_id = ${refs.cooperativeId}${only}
                 AND b.paid_up - COALESCE(l.later, 0) >= (SELECT y.min_shares_for_membership * y.share_par_value
                                                           FROM bylaws y WHERE y.cooperative_id = ${refs.cooperativeId}))`;
  }
}
