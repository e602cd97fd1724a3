import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Majority, RefundMode } from './bylaws.rules.js';

/** One row per cooperative; see bylaws.rules.ts for meanings and defaults. Numeric columns read back as strings. */
@Entity('bylaws')
export class Bylaws {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'minor_unit_scale', type: 'smallint' })
  minorUnitScale: number;

  @Column({ name: 'share_par_value', type: 'numeric', precision: 20, scale: 4 })
  shareParValue: string;

  @Column({ name: 'min_shares_for_membership', type: 'integer' })
  minSharesForMembership: number;

  @Column({ name: 'admission_requires_paid_shares', type: 'boolean' })
  admissionRequiresPaidShares: boolean;

  @Column({ name: 'max_shares_per_member', type: 'integer', nullable: true })
  maxSharesPerMember: number | null;

  @Column({ name: 'max_capital_percent_per_member', type: 'numeric', precision: 5, scale: 2, nullable: true })
  maxCapitalPercentPerMember: string | null;

  @Column({ name: 'quorum_percent', type: 'numeric', precision: 5, scale: 2 })
  quorumPercent: string;

  @Column({ name: 'quorum_absolute', type: 'integer', nullable: true })
  quorumAbsolute: number | null;

  @Column({ name: 'default_majority', type: 'text' })
  defaultMajority: Majority;

  @Column({ name: 'max_proxies_per_member', type: 'integer' })
  maxProxiesPerMember: number;

  @Column({ name: 'voting_requires_paid_shares', type: 'boolean' })
  votingRequiresPaidShares: boolean;

  @Column({ name: 'voting_min_membership_days', type: 'integer' })
  votingMinMembershipDays: number;

  @Column({ name: 'min_reserve_percent', type: 'numeric', precision: 5, scale: 2 })
  minReservePercent: string;

  @Column({ name: 'education_fund_percent', type: 'numeric', precision: 5, scale: 2 })
  educationFundPercent: string;

  @Column({ name: 'community_fund_percent', type: 'numeric', precision: 5, scale: 2 })
  communityFundPercent: string;

  @Column({ name: 'max_share_interest_rate_percent', type: 'numeric', precision: 5, scale: 2 })
  maxShareInterestRatePercent: string;

  @Column({ name: 'patronage_refunds_for_ceased_members', type: 'boolean' })
  patronageRefundsForCeasedMembers: boolean;

  @Column({ name: 'surplus_refund_mode', type: 'text' })
  surplusRefundMode: RefundMode;

  @Column({ name: 'redemption_notice_days', type: 'integer' })
  redemptionNoticeDays: number;

  @Column({ name: 'annual_redemption_cap_percent', type: 'numeric', precision: 5, scale: 2 })
  annualRedemptionCapPercent: string;

  @Column({ name: 'loan_ceiling_multiple', type: 'numeric', precision: 6, scale: 2 })
  loanCeilingMultiple: string;

  @Column({ name: 'loan_max_term_months', type: 'integer' })
  loanMaxTermMonths: number;

  @Column({ name: 'loan_interest_rate_percent', type: 'numeric', precision: 5, scale: 2 })
  loanInterestRatePercent: string;

  @Column({ name: 'loan_guarantee_required', type: 'boolean' })
  loanGuaranteeRequired: boolean;

  @Column({ name: 'loan_guarantee_percent', type: 'numeric', precision: 5, scale: 2 })
  loanGuaranteePercent: string;

  @Column({ name: 'max_loans_per_member', type: 'integer' })
  maxLoansPerMember: number;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
