/**
 * What a ballot stores about votes. The electorate (frozen roll) and participation (who voted) are keyed by
 * (cooperative, ballot, member); the participation key is what makes "one counted vote per member per ballot" a
 * database fact under any concurrency. What was chosen is stored apart:
 * - secret ballots: `ballot_sealed_votes` while open (the choice and a random receipt code sealed under the ballot's
 *   key), `ballot_secret_choices` once closed (the same in plain); a random id, no member, no time, no key shared
 *   with participation;
 * - open (roll-call) ballots: `ballot_roll_call_votes` (the current vote of each participant) and
 *   `ballot_vote_history` (every vote and change, append-only).
 *
 * Secret ballots, what we did about the rest: while open, a sealed row shares its vote's transaction id (xmin) and
 * place on disk with the participation, but holds only ciphertext of one length per ballot, unreadable without the
 * master secret kept outside the database (docs/governance.md: the threat model and its limits). At closing every
 * content is opened and written with a new random id in random order by the closing transaction (tally.sql.ts), so
 * published rows carry neither a voting transaction's id nor a position that follows the voting order; listings
 * order by that id. The audit entry of a vote says who voted, never what; a proxy's `used` flag has no timestamp.
 * The vote route keeps the selection out of the Idempotency-Key's request hash and never stores the receipt code
 * (returned once; a replay omits it).
 * Nothing about votes is visible before closing; after: totals, the sorted receipt codes, and the shuffled
 * anonymous choices to recount (receipts listed apart from choices: a receipt proves a vote was counted, not what).
 */
import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipationVia, StoredSelection } from './governance.rules.js';

/** The frozen roll: written once, by the one INSERT ... SELECT that opens the ballot. */
@Entity('ballot_electorate')
export class BallotElector {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;
}

/** Who voted (a foreign key to the roll: nobody outside it). No time, no choice. */
@Entity('ballot_participations')
@Index('ix_ballot_participations_cast_by', ['cooperativeId', 'ballotId', 'castByMemberId'])
@Check('ck_ballot_participations_via', `"via" IN ('self', 'proxy', 'roll_call')`)
@Check('ck_ballot_participations_proxy', `("via" = 'proxy') = ("proxy_id" IS NOT NULL)`)
export class BallotParticipation {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  via: ParticipationVia;

  /** The member who cast it: the voter, or the proxy holder. */
  @Column({ name: 'cast_by_member_id', type: 'uuid' })
  castByMemberId: string;

  @Column({ name: 'proxy_id', type: 'uuid', nullable: true })
  proxyId: string | null;
}

/** The columns of a secret ballot's content, sealed or published: a random id and the ballot, nothing else. */
abstract class SecretContent {
  /** Random (gen_random_uuid): ordering by it follows neither the voters nor the voting order; a shuffle. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;
}

/** The content of a closed secret ballot: one row per participation, unlinkable to it, written by the closing. */
@Entity('ballot_secret_choices')
@Index('uq_ballot_secret_choices_receipt', ['cooperativeId', 'ballotId', 'receiptCode'], { unique: true })
@Index('ix_ballot_secret_choices_ballot', ['cooperativeId', 'ballotId', 'id'])
export class BallotSecretChoice extends SecretContent {
  @Column({ type: 'jsonb' })
  selection: StoredSelection;

  @Column({ name: 'receipt_code', type: 'text' })
  receiptCode: string;
}

/**
 * The content of a secret vote while its ballot is open: sealed (AES-256-GCM under the ballot's key, see
 * ballot-seal.rules.ts) by the vote's transaction, opened and moved to ballot_secret_choices by the closing one. No
 * member, no time, a random id; the row shares the vote's xmin and follows the voting order on disk, but holds only
 * ciphertext of one length per ballot.
 */
@Entity('ballot_sealed_votes')
@Index('ix_ballot_sealed_votes_ballot', ['cooperativeId', 'ballotId', 'id'])
export class BallotSealedVote extends SecretContent {
  /** IV || ciphertext of [selection, receipt code] padded to the ballot's length || GCM tag. */
  @Column({ type: 'bytea' })
  sealed: Buffer;
}

/** The current vote of each participant of an open (roll-call) ballot. */
@Entity('ballot_roll_call_votes')
export class BallotRollCallVote {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'jsonb' })
  selection: StoredSelection;

  /** 1 for the first vote, +1 for each change. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Every vote and change on open ballots, append-only (a trigger refuses updates and deletes). */
@Entity('ballot_vote_history')
@Index('ix_ballot_vote_history_member', ['cooperativeId', 'ballotId', 'memberId', 'id'])
@Check('ck_ballot_vote_history_via', `"via" IN ('self', 'proxy', 'roll_call')`)
export class BallotVoteHistory {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'jsonb' })
  selection: StoredSelection;

  @Column({ type: 'text' })
  via: ParticipationVia;

  @Column({ name: 'cast_by_member_id', type: 'uuid' })
  castByMemberId: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
