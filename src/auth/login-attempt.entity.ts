import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Login attempts per key (email or client address) and minute, shared by every API process. */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  attempts: number;
}
