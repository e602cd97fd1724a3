/**
 * Assemblies and ballots (DOMAIN.md, "Assemblies and ballots"; ICA principle 2: one member, one vote).
 *
 * - Ballots: motion / choice / election, electronic or in_assembly (the secretary records counts, or a roll-call of
 *   the members on the attendance register). draft -> open -> closed -> published; a published ballot never
 *   changes (trigger). Quorum and majority default to the bylaws and are fixed in the draft.
 * - Electorate: frozen at opening by ONE INSERT ... SELECT over the register as of the record date (electorate.sql.ts:
 *   active that day, with votingMinMembershipDays from membership data and votingRequiresPaidShares through the
 *   VOTING_CONDITIONS port). When the bylaws require paid shares and no module provides the port, opening is refused
 *   with 409 VOTING_CONDITION_UNAVAILABLE, never silently ignored. The same statement computes the fingerprint in
 *   SQL with the recipe of tally.rules.ts (ids sorted COLLATE "C", '\n'-joined, sha256, hex), published with the
 *   ballot and the result. The record date must have come (RECORD_DATE_NOT_REACHED otherwise).
 * - One vote: the participation key (cooperative, ballot, member) with a foreign key to the frozen roll; a proxy
 *   vote uses the same key, so own vote + proxy vote never both count. Votes hold FOR KEY SHARE on the ballot row,
 *   closing takes FOR UPDATE: no vote lands after the tally. Voting window: opensAt <= now() < closesAt, by the
 *   database clock; an electronic ballot cannot be closed before closesAt.
 * - Open (roll-call) ballots: the current vote per member plus an append-only history; voting again by the same
 *   route (the member, or the same proxy holder) changes the vote until closing; another route is ALREADY_VOTED.
 * - Secret ballots: participation (ballot, member, via, cast-by, proxy) and content (random id, ballot, choice,
 *   random receipt code) share no key and carry no timestamp. What we did about the rest:
 *   - content ids are random (never a sequence), and at closing every content row is deleted and rewritten with a
 *     new random id in random order by the closing transaction, so stored rows carry neither the voting
 *     transaction's id (xmin) nor a physical position that follows the voting order; listings order by that id;
 *   - the audit entry of a vote says who voted, never what; a proxy's `used` flag has no timestamp;
 *   - Idempotency-Key: the vote route keeps the selection out of the stored request hash (a hash of one of three
 *     possible votes would reveal it) and never stores the receipt code (returned once; a replay omits it);
 *   - left: a database administrator watching the live database, its WAL or a backup taken during the vote can
 *     correlate rows written by one transaction before closing. Secrecy here is against everyone using the API and
 *     against anyone reading the tables after closing (and vacuum), not against the operator during the vote.
 *   Nothing about votes is visible before closing (results, receipts, anonymous choices, roll-call, turnout); after
 *   closing: totals, the sorted receipt codes, and the shuffled anonymous choices to recount (receipts are listed
 *   apart from choices, so a receipt proves a vote was counted but not what it was: no vote selling).
 * - Proxies (proxy.service.ts): for a ballot outside any assembly, or for an assembly (all its ballots and its
 *   attendance; a ballot of an assembly takes assembly proxies only, so the cap is counted in one scope); both
 *   members eligible; no chains; one live proxy per grantor per scope; the holder carries at most
 *   maxProxiesPerMember per scope (advisory lock per scope); revocable until used. A member may still vote
 *   themself while their proxy is unused: whichever vote comes first counts (the key), the other is ALREADY_VOTED.
 * - Assemblies: planned (notice, numbered agenda, record date <= meeting date) -> in_session (electorate counted;
 *   attendance: in person, or by proxy when the holder is present) -> closed (minutes; its ballots closed first).
 *   Meeting quorum: present + represented >= the bylaws' quorum of that electorate. Ballots of an assembly use its
 *   record date.
 * - Results (tally.rules.ts): computed at closing from stored votes (or the recorded counts); only a passed motion
 *   "passes" (GovernanceDecisions.assertPassed, for other modules, needs it published).
 * - Access: the secretary manages; board and admin read; members read ballots, assemblies and results and vote or
 *   appoint proxies only as themselves (me/...); API keys by governance:read / governance:write. Every write is
 *   audited in its transaction and accepts an Idempotency-Key.
 */
import { VOTING_CONDITIONS } from './governance.ports.js';
import { PaidSharesVotingCondition } from './paid-shares-voting-condition.js';
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { AssembliesController } from './assemblies.controller.js';
import { AssemblyService } from './assembly.service.js';
import { BallotService } from './ballot.service.js';
import { BallotsController } from './ballots.controller.js';
import { GovernanceDecisions } from './governance-decisions.service.js';
import { GovernanceSelfController } from './governance-self.controller.js';
import { ProxiesController } from './proxies.controller.js';
import { ProxyService } from './proxy.service.js';
import { VoteService } from './vote.service.js';

@Module({
  imports: [CooperativesModule],
  controllers: [GovernanceSelfController, AssembliesController, BallotsController, ProxiesController],
  providers: [
    AssemblyService,
    BallotService,
    VoteService,
    ProxyService,
    GovernanceDecisions,
    { provide: VOTING_CONDITIONS, useClass: PaidSharesVotingCondition },
  ],
  exports: [GovernanceDecisions],
})
export class GovernanceModule {}
