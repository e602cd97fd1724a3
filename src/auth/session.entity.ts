import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A login session: what its access tokens name in their `sid` claim and what its refresh tokens rotate in (its id
 * is their family id). Ending it (logout, a refresh token reused) refuses its access tokens on their next request,
 * checked in the guard's one query per request.
 */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
