/**
 * What a ballot stores about votes. The electorate (frozen roll) and participation (who voted) are keyed by
 * (cooperative, ballot, member); the participation key is what makes "one counted vote per member per ballot" a
 * database fact under any concurrency. What was chosen is stored apart:
 * - secret ballots: `ballot_sealed_votes` while open (the choice and a random receipt code sealed under the ballot's
 *   key; a random id, no member, no time, no key shared with participation); once closed, the choices shuffled in
 *   `ballot_published_choices` and the receipt codes sorted in `ballot_published_receipts`, a thousand a row, the two
 *   lists apart;
 * - open (roll-call) ballots: `ballot_roll_call_votes` (the current vote of each participant) and
 *   `ballot_vote_history` (every vote and change, append-only).
 *
 * Secret ballots, what we did about the rest: while open, a sealed row shares its vote's transaction id (xmin) and
 * place on disk with the participation, but holds only ciphertext of one length per ballot, unreadable without the
 * master secret kept outside the database (docs/governance.md: the threat model and its limits). At closing every
 * content is opened, shuffled and published in chunks by the closing transaction (tally.sql.ts), so published rows
 * carry neither a voting transaction's id nor a position that follows the voting order, and no row pairs a receipt
 * with its choice. The audit entry of a vote says who voted, never what; a proxy's `used` flag has no timestamp.
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

/** The columns of a secret ballot's content while open, sealed or unsealed: a random id and the ballot, nothing else. */
abstract class SecretContent {
  /** Random (gen_random_uuid): ordering by it follows neither the voters nor the voting order; a shuffle. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;
}

/**
 * Contents stored in plain by versions before seals, of ballots that were open at that upgrade: read and deleted by
 * their closing, as sealed contents are. Nothing else writes here.
 */
@Entity('ballot_unsealed_votes')
@Index('ix_ballot_unsealed_votes_ballot', ['cooperativeId', 'ballotId', 'id'])
export class BallotUnsealedVote extends SecretContent {
  @Column({ type: 'jsonb' })
  selection: StoredSelection;

  @Column({ name: 'receipt_code', type: 'text' })
  receiptCode: string;
}

/** A closed secret ballot's choices in the random order fixed at closing, PUBLISHED_CHUNK per row. */
@Entity('ballot_published_choices')
export class BallotPublishedChoices {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_published_choices' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_published_choices' })
  ballotId: string;

  /** 0, 1, ...: the choice at position p of the list is element p % PUBLISHED_CHUNK of chunk p / PUBLISHED_CHUNK. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_ballot_published_choices' })
  chunk: number;

  /** The selections, a JSON array (json, not jsonb: written once, read a page at a time; half the closing's cost). */
  @Column({ type: 'json' })
  selections: StoredSelection[];
}

/**
 * A closed secret ballot's receipts, sorted, PUBLISHED_CHUNK per row; apart from the choices. Kept as their 10 bytes
 * each (formatReceiptCode gives the code; bytes sort as codes do): formatting and parsing a million codes as text
 * cost the closing more than everything else.
 */
@Entity('ballot_published_receipts')
@Index('uq_ballot_published_receipts_first', ['cooperativeId', 'ballotId', 'firstReceipt'], { unique: true })
export class BallotPublishedReceipts {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_published_receipts' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_published_receipts' })
  ballotId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_ballot_published_receipts' })
  chunk: number;

  /** The chunk's first receipt: a page after a code starts in the last chunk whose first receipt is not after it. */
  @Column({ name: 'first_receipt', type: 'bytea' })
  firstReceipt: Buffer;

  /** The receipts end to end, 10 bytes each, sorted. */
  @Column({ type: 'bytea' })
  receipts: Buffer;
}

/**
 * The content of a secret vote while its ballot is open: sealed (AES-256-GCM under the ballot's key, see
 * ballot-seal.rules.ts) by the vote's transaction, opened and published by the closing one. No
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
