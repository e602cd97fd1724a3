import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InvitationRecord } from '../auth/invitation-record.js';

/**
 * An invitation for a member to use the API (self-service). The token is `<id>.<secret>`; only sha256 of the
 * secret is kept. One use, until it expires; a new invitation for the same member revokes the pending one.
 */
@Entity('member_invitations')
@Index('ix_member_invitations_member', ['cooperativeId', 'memberId'])
@Index('uq_member_invitations_pending', ['cooperativeId', 'memberId'], {
  unique: true,
  where: '"accepted_at" IS NULL AND "revoked_at" IS NULL',
})
@Check('ck_member_invitations_outcome', `"accepted_at" IS NULL OR "revoked_at" IS NULL`)
@Check('ck_member_invitations_accepted', `("accepted_at" IS NULL) = ("accepted_by" IS NULL)`)
export class MemberInvitation extends InvitationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** The account to create (or link) is this email's. */
  @Column({ type: 'text' })
  email: string;
}
