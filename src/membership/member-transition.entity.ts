import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CessationReason, MemberAction, MemberStatus, RejectionReason } from './member-lifecycle.rules.js';

/**
 * The legal history of a member record: one row per lifecycle transition, in recorded order (the id). Append-only:
 * a trigger refuses updates and deletes. The register "as of" a date is computed from these rows.
 */
@Entity('member_transitions')
@Index('ix_member_transitions_member', ['cooperativeId', 'memberId', 'id'])
@Check(
  'ck_member_transitions_action',
  `"action" IN ('admit', 'reject', 'withdraw_application', 'suspend', 'reinstate', 'cease', 'rejoin')`,
)
@Check(
  'ck_member_transitions_from_status',
  `"from_status" IN ('applicant', 'active', 'suspended', 'ceased', 'rejected')`,
)
@Check('ck_member_transitions_to_status', `"to_status" IN ('applicant', 'active', 'suspended', 'ceased', 'rejected')`)
@Check(
  'ck_member_transitions_cessation_reason',
  `"cessation_reason" IN ('withdrawn', 'expelled', 'deceased', 'dissolved')`,
)
@Check('ck_member_transitions_cessation', `("action" = 'cease') = ("cessation_reason" IS NOT NULL)`)
@Check('ck_member_transitions_rejection_reason', `"rejection_reason" IN ('rejected', 'withdrawn')`)
@Check(
  'ck_member_transitions_rejection',
  `("action" IN ('reject', 'withdraw_application')) = ("rejection_reason" IS NOT NULL)`,
)
@Check(
  'ck_member_transitions_expulsion',
  `"cessation_reason" IS DISTINCT FROM 'expelled' OR "decision_reference" IS NOT NULL`,
)
@Check('ck_member_transitions_appeal', `"right_of_appeal" = ("cessation_reason" IS NOT DISTINCT FROM 'expelled')`)
@Check('ck_member_transitions_recorded_by', `"recorded_by_type" IN ('user', 'api_client', 'system')`)
export class MemberTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  action: MemberAction;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: MemberStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: MemberStatus;

  /** The legal date the transition takes effect; never before the previous transition's. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'cessation_reason', type: 'text', nullable: true })
  cessationReason: CessationReason | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: RejectionReason | null;

  /** Board minute or other decision reference; required for an expulsion. */
  @Column({ name: 'decision_reference', type: 'text', nullable: true })
  decisionReference: string | null;

  /** Free text: why. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** True for an expulsion: the member may appeal to the general assembly. */
  @Column({ name: 'right_of_appeal', type: 'boolean', default: false })
  rightOfAppeal: boolean;

  /** The member number the record holds after this transition (null while never admitted). */
  @Column({ name: 'member_number', type: 'integer', nullable: true })
  memberNumber: number | null;

  @Column({ name: 'recorded_by_type', type: 'text' })
  recordedByType: 'user' | 'api_client' | 'system';

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
