import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CessationReason, EntityKind, MemberStatus } from './member-lifecycle.rules.js';
import type { Gender } from './member.validators.js';

/**
 * One person or legal entity on a cooperative's register, from application on. Never deleted once admitted (a
 * trigger refuses it); the member number, once drawn, never changes (the same trigger). Dates that are legal dates
 * (`date`) read back as 'YYYY-MM-DD' strings.
 *
 * Indexes serve the register's orders (number, admission, name) with and without a status filter, and the
 * as-of register. Text search on the name goes through the expression index `ix_members_search_key`
 * (GIN, trigram, on `member_search_key(name)`: lower-cased, accents removed), written by hand in the migration:
 * TypeORM cannot declare expression indexes and does not see them when it compares the schema.
 * `version` counts the row's changes (TypeORM adds `version = version + 1` to every UPDATE through the entity): the
 * record's ETag, checked against If-Match by the PATCHes.
 */
@Entity('members')
@Index('uq_members_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('uq_members_number', ['cooperativeId', 'memberNumber'], { unique: true })
@Index('uq_members_user', ['cooperativeId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('ix_members_name', ['cooperativeId', 'name', 'id'])
@Index('ix_members_unnumbered', ['cooperativeId', 'appliedOn', 'id'], { where: '"member_number" IS NULL' })
@Index('ix_members_community', ['cooperativeId', 'community', 'memberNumber'])
@Index('ix_members_admitted_on', ['cooperativeId', 'admittedOn', 'memberNumber'])
@Index('ix_members_status', ['cooperativeId', 'status', 'memberNumber'])
@Index('ix_members_number_first_admitted', ['cooperativeId', 'memberNumber', 'firstAdmittedOn'])
@Check('ck_members_kind', `"kind" IN ('natural_person', 'legal_entity')`)
@Check('ck_members_status', `"status" IN ('applicant', 'active', 'suspended', 'ceased', 'rejected')`)
@Check('ck_members_gender', `"gender" IN ('female', 'male', 'other')`)
@Check('ck_members_person_fields', `"kind" = 'natural_person' OR ("gender" IS NULL AND "date_of_birth" IS NULL)`)
@Check('ck_members_number', `"member_number" > 0`)
@Check('ck_members_first_admission', `("member_number" IS NULL) = ("first_admitted_on" IS NULL)`)
@Check(
  'ck_members_admitted',
  `"status" IN ('applicant', 'rejected') OR ("member_number" IS NOT NULL AND "admitted_on" IS NOT NULL)`,
)
@Check('ck_members_cessation_reason', `"cessation_reason" IN ('withdrawn', 'expelled', 'deceased', 'dissolved')`)
@Check('ck_members_cessation', `("ceased_on" IS NULL) = ("cessation_reason" IS NULL)`)
@Check('ck_members_ceased', `"status" <> 'ceased' OR "ceased_on" IS NOT NULL`)
@Check('ck_members_in_membership', `"status" NOT IN ('active', 'suspended') OR "ceased_on" IS NULL`)
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** Drawn from the cooperative's counter at the first admission; kept for life (also after a rejoin). */
  @Column({ name: 'member_number', type: 'integer', nullable: true })
  memberNumber: number | null;

  @Column({ type: 'text' })
  kind: EntityKind;

  /** Full name of a person, or the legal name of an entity. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** Community or village: cooperatives report on it and assemblies are often organised by it. */
  @Column({ type: 'text', nullable: true })
  community: string | null;

  @Column({ type: 'text', nullable: true })
  occupation: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text' })
  status: MemberStatus;

  /** The day the application was made: no transition may take effect before it. */
  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  /** Effective date of the latest transition (or of the application): the next one may not precede it. */
  @Column({ name: 'status_since', type: 'date' })
  statusSince: string;

  /**
   * Effective date of the first admission, set with the number and never changed. Nobody is a member on a day
   * before it, so the register "as of" a day skips later records inside the index.
   */
  @Column({ name: 'first_admitted_on', type: 'date', nullable: true })
  firstAdmittedOn: string | null;

  /** Effective date of the latest admission (the current or last membership period). */
  @Column({ name: 'admitted_on', type: 'date', nullable: true })
  admittedOn: string | null;

  /** Effective date and reason of the cessation that ended the last period; cleared by a new admission. */
  @Column({ name: 'ceased_on', type: 'date', nullable: true })
  ceasedOn: string | null;

  @Column({ name: 'cessation_reason', type: 'text', nullable: true })
  cessationReason: CessationReason | null;

  /** The API account of the member (self-service), once an invitation was accepted. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** 1 at the application, +1 at every change of the row (correction, transition, account linked). */
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
