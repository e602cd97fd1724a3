import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('cooperatives')
export class Cooperative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** ISO 3166-1 alpha-2 country of registration, when known. */
  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
