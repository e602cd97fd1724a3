/**
 * Assemblies and ballots (DOMAIN.md, "Assemblies and ballots"; one member, one vote).
 * - Ballot: draft -> open -> closed -> published. Opening freezes the roll in one INSERT ... SELECT with its sha256
 *   fingerprint (electorate.sql.ts: active on the record date, votingMinMembershipDays, and with
 *   votingRequiresPaidShares share capital's paidUpOnSql >= minSharesForMembership x shareParValue).
 * - A vote holds FOR KEY SHARE on the ballot row, closing FOR UPDATE: no vote lands after the tally. Window
 *   opensAt <= now() < closesAt by the database clock. Open ballots: the same route may change its vote until closing.
 * - Secret ballots keep who voted apart from what (ballot-votes.entity.ts); while open, each content is sealed under a
 *   per-ballot key from a secret outside the database (ballot-seal.rules.ts, docs/governance.md); closing opens the
 *   seals a batch at a time, counts them, publishes the choices shuffled and the receipts sorted, apart, in chunks of
 *   a thousand (tally.sql.ts, secret-publication.rules.ts), and deletes the sealed rows. Nothing shows before closing.
 * - Proxies: one scope (a ballot outside assemblies, or an assembly), no chains, maxProxiesPerMember per holder
 *   (advisory lock per scope), revocable until used. Assemblies: planned -> in_session -> closed, meeting quorum.
 * - Access: the secretary manages, board and admin read, members act only as themselves (me/...). Writes audited.
 * - An assembly and a ballot carry a version, +1 on every write of the row: their GET's ETag, their PATCH's If-Match
 *   (compared under the row's FOR UPDATE lock; a stale tag is 412 and changes nothing).
 * Database: keys (cooperative, ballot, member) on the roll, participation (one counted vote; FK to the roll) and
 * roll-call votes; one attendance per member; one live proxy per grantor and scope (partial unique indexes); receipt
 * codes unique (checked by the closing: a copied sealed row fails it); CHECKs on statuses, modes, quorum, window, seats, proxy scope. Triggers: a published ballot and a
 * closed assembly never change, an opened ballot is never deleted, roll, participation and history are append-only.
 */
import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';
import { ShareCapitalModule } from '../share-capital/share-capital.module.js';
import { AssembliesController } from './assemblies.controller.js';
import { AssemblyAttendanceService } from './assembly-attendance.service.js';
import { AssemblyService } from './assembly.service.js';
import { BallotLifecycleService } from './ballot-lifecycle.service.js';
import { BallotResultsService } from './ballot-results.service.js';
import { BallotSealer } from './ballot-sealer.js';
import { BallotsController } from './ballots.controller.js';
import { GovernanceDecisions } from './governance-decisions.service.js';
import { GovernanceSelfController } from './governance-self.controller.js';
import { MyBallotsService } from './my-ballots.service.js';
import { ProxiesController } from './proxies.controller.js';
import { ProxyService } from './proxy.service.js';
import { VoteService } from './vote.service.js';
import { GeneralAssembly } from './assembly.entity.js';
import { AssemblyAttendance } from './assembly-attendance.entity.js';
import { Ballot } from './ballot.entity.js';
import {
  BallotElector,
  BallotParticipation,
  BallotSealedVote,
  BallotPublishedChoices,
  BallotPublishedReceipts,
  BallotUnsealedVote,
  BallotRollCallVote,
  BallotVoteHistory,
} from './ballot-votes.entity.js';
import { Proxy } from './proxy.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const GOVERNANCE_ENTITIES = [
  GeneralAssembly,
  AssemblyAttendance,
  Ballot,
  BallotElector,
  BallotParticipation,
  BallotSealedVote,
  BallotPublishedChoices,
  BallotPublishedReceipts,
  BallotUnsealedVote,
  BallotRollCallVote,
  BallotVoteHistory,
  Proxy,
];

@Module({
  // Share capital: the electorate reads paid-up capital through its builder (capital.sql.ts).
  imports: [AuditModule, CooperativesModule, ShareCapitalModule],
  controllers: [GovernanceSelfController, AssembliesController, BallotsController, ProxiesController],
  providers: [
    AssemblyService,
    AssemblyAttendanceService,
    BallotLifecycleService,
    BallotResultsService,
    BallotSealer,
    VoteService,
    MyBallotsService,
    ProxyService,
    GovernanceDecisions,
  ],
  exports: [GovernanceDecisions],
})
export class GovernanceModule {}
