import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets generated once per deployment (e.g. the JWT signing key when JWT_SECRET is unset). */
@Entity('app_secrets')
export class AppSecret {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
