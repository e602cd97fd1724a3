import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SealScheme } from './ballot-seal.rules.js';
import type { BallotKind, MajorityRule } from './tally.rules.js';
import type {
  BallotMode,
  BallotStatus,
  InAssemblyMethod,
  QuorumType,
  RecordedCounts,
  StoredResult,
} from './governance.rules.js';

/**
 * A ballot: draft (editable) -> open (electorate frozen, votes accepted) -> closed (tallied) -> published (final,
 * immutable: a trigger refuses any change to a published ballot).
 */
@Entity('ballots')
@Index('uq_ballots_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_ballots_created', ['cooperativeId', 'createdAt', 'id'])
@Index('ix_ballots_assembly', ['cooperativeId', 'assemblyId'])
@Check('ck_ballots_seal_scheme', `"seal_scheme" IN (1, 2)`)
@Check('ck_ballots_kind', `"kind" IN ('motion', 'choice', 'election')`)
@Check('ck_ballots_mode', `"mode" IN ('electronic', 'in_assembly')`)
@Check('ck_ballots_status', `"status" IN ('draft', 'open', 'closed', 'published')`)
@Check('ck_ballots_majority', `("kind" = 'motion') = ("majority" IS NOT NULL)`)
@Check('ck_ballots_majority_rule', `"majority" IN ('simple', 'two_thirds', 'absolute')`)
@Check('ck_ballots_seats', `("kind" = 'election') = ("seats" IS NOT NULL) AND ("seats" IS NULL OR "seats" >= 1)`)
@Check(
  'ck_ballots_quorum',
  `("quorum_type" = 'none' AND "quorum_percent" IS NULL AND "quorum_count" IS NULL)
   OR ("quorum_type" = 'percent' AND "quorum_percent" BETWEEN 0 AND 100 AND "quorum_count" IS NULL)
   OR ("quorum_type" = 'absolute' AND "quorum_percent" IS NULL AND "quorum_count" >= 0)`,
)
@Check('ck_ballots_in_assembly', `"mode" <> 'in_assembly' OR "assembly_id" IS NOT NULL`)
@Check('ck_ballots_method', `("mode" = 'in_assembly') = ("in_assembly_method" IS NOT NULL)`)
@Check('ck_ballots_method_value', `"in_assembly_method" IN ('counts', 'roll_call')`)
@Check('ck_ballots_secret_roll_call', `NOT ("secret" AND "in_assembly_method" = 'roll_call')`)
@Check('ck_ballots_window', `"opens_at" IS NULL OR "closes_at" IS NULL OR "opens_at" < "closes_at"`)
@Check('ck_ballots_frozen', `("status" = 'draft') = ("electorate_fingerprint" IS NULL)`)
@Check('ck_ballots_published', `"status" <> 'published' OR "result" IS NOT NULL`)
export class Ballot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'assembly_id', type: 'uuid', nullable: true })
  assemblyId: string | null;

  /** The number of the assembly's agenda item this ballot decides. */
  @Column({ name: 'agenda_item', type: 'integer', nullable: true })
  agendaItem: number | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  kind: BallotKind;

  @Column({ type: 'text' })
  mode: BallotMode;

  /** In an assembly: the secretary records aggregate counts, or each present member's vote (roll-call). */
  @Column({ name: 'in_assembly_method', type: 'text', nullable: true })
  inAssemblyMethod: InAssemblyMethod | null;

  /** Secret: who voted and what was chosen are stored apart, with no link. Otherwise a roll-call ballot. */
  @Column({ type: 'boolean' })
  secret: boolean;

  /** Choice options or election candidates, in ballot order; empty for a motion. */
  @Column({ type: 'text', array: true })
  options: string[];

  @Column({ type: 'integer', nullable: true })
  seats: number | null;

  @Column({ type: 'text', nullable: true })
  majority: MajorityRule | null;

  @Column({ name: 'quorum_type', type: 'text' })
  quorumType: QuorumType;

  @Column({ name: 'quorum_percent', type: 'numeric', precision: 5, scale: 2, nullable: true })
  quorumPercent: string | null;

  @Column({ name: 'quorum_count', type: 'integer', nullable: true })
  quorumCount: number | null;

  /** The electorate is the register as of this day (with the bylaws' voting conditions). */
  @Column({ name: 'record_date', type: 'date' })
  recordDate: string;

  /** Electronic voting window: votes are accepted from opensAt (if set) and before closesAt (if set). */
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'text' })
  status: BallotStatus;

  @Column({ name: 'electorate_size', type: 'integer', nullable: true })
  electorateSize: number | null;

  /** sha256 of the frozen roll (see fingerprint.rules.ts, electorateFingerprint). */
  @Column({ name: 'electorate_fingerprint', type: 'text', nullable: true })
  electorateFingerprint: string | null;

  /** In-assembly counts recorded by the secretary. */
  @Column({ name: 'recorded_counts', type: 'jsonb', nullable: true })
  recordedCounts: RecordedCounts | null;

  /** The tally, computed at closing (or when counts are recorded); final once published. */
  @Column({ type: 'jsonb', nullable: true })
  result: StoredResult | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /**
   * A secret ballot's seal check (ballot-seal.rules.ts), written when it opens: votes and closing refuse a master
   * secret that gives another one (SEAL_KEY_MISMATCH). Not the key, and nothing to derive it from.
   */
  @Column({ name: 'seal_key_check', type: 'bytea', nullable: true, select: false })
  sealKeyCheck: Buffer | null;

  /** A secret ballot's seal scheme (ballot-seal.rules.ts, SealScheme), fixed when it opens. */
  @Column({ name: 'seal_scheme', type: 'smallint', nullable: true, select: false })
  sealScheme: SealScheme | null;

  /** 1 when created, +1 on every change of the row (each write sets it): the ETag, compared with If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
