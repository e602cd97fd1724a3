import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InvitationRecord } from './invitation-record.js';
import type { Role } from '../common/access/role.js';

/**
 * An admin's invitation for the person of an email to hold roles in a cooperative. The token is `<id>.<secret>`;
 * only sha256 of the secret is kept. Accepting it creates the account, or links the existing one whose password is
 * given: no account is attached to a cooperative without its owner's consent. One use, until it expires; a new
 * invitation for the same email here revokes the pending one.
 */
@Entity('user_invitations')
@Index('uq_user_invitations_pending', ['cooperativeId', 'email'], {
  unique: true,
  where: '"accepted_at" IS NULL AND "revoked_at" IS NULL',
})
@Check('ck_user_invitations_outcome', `"accepted_at" IS NULL OR "revoked_at" IS NULL`)
@Check('ck_user_invitations_accepted', `("accepted_at" IS NULL) = ("accepted_by" IS NULL)`)
@Check('ck_user_invitations_roles', `cardinality("roles") >= 1`)
export class UserInvitation extends InvitationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** Normalised (lower case): the account created or linked is this email's. */
  @Column({ type: 'text' })
  email: string;

  /** The name of a new account; an existing account's is never changed. */
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  /** Granted here when the invitation is accepted. */
  @Column({ type: 'text', array: true })
  roles: Role[];
}
