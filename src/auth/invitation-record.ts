import { Column, CreateDateColumn } from 'typeorm';
import type { PendingInvitation } from './invitation-token.js';

/**
 * The columns every invitation table has (member_invitations, user_invitations): its token's hash, its expiry and
 * its outcome. Each table's entity extends this with what it invites to.
 */
export abstract class InvitationRecord implements PendingInvitation {
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** The user account that accepted the invitation. */
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
