import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A proxy: the grantor asks the holder to vote for them, on one ballot (not part of an assembly) or on every ballot
 * of an assembly (and to represent them in its attendance register). Revocable until used; used once the holder
 * voted or was recorded as representing the grantor. A grantor has at most one live proxy per scope.
 */
@Entity('proxies')
@Index('uq_proxies_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('uq_proxies_live_ballot', ['cooperativeId', 'ballotId', 'grantorMemberId'], {
  unique: true,
  where: '"revoked_at" IS NULL AND "ballot_id" IS NOT NULL',
})
@Index('uq_proxies_live_assembly', ['cooperativeId', 'assemblyId', 'grantorMemberId'], {
  unique: true,
  where: '"revoked_at" IS NULL AND "assembly_id" IS NOT NULL',
})
@Index('ix_proxies_holder', ['cooperativeId', 'holderMemberId'])
@Index('ix_proxies_grantor', ['cooperativeId', 'grantorMemberId'])
@Check('ck_proxies_scope', `("ballot_id" IS NULL) <> ("assembly_id" IS NULL)`)
@Check('ck_proxies_not_self', `"grantor_member_id" <> "holder_member_id"`)
@Check('ck_proxies_used_not_revoked', `NOT ("used" AND "revoked_at" IS NOT NULL)`)
export class Proxy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'ballot_id', type: 'uuid', nullable: true })
  ballotId: string | null;

  @Column({ name: 'assembly_id', type: 'uuid', nullable: true })
  assemblyId: string | null;

  @Column({ name: 'grantor_member_id', type: 'uuid' })
  grantorMemberId: string;

  @Column({ name: 'holder_member_id', type: 'uuid' })
  holderMemberId: string;

  /** No timestamp: when a proxy was used would date a secret vote. */
  @Column({ type: 'boolean', default: false })
  used: boolean;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
