import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member's current capital: the sums of their capital_entries, kept by the entries' insert trigger in the same
 * statement (and only by it: another trigger refuses any other change of the sums). The service locks this row
 * (`FOR UPDATE`, several rows in member-id order) before it checks and posts, so concurrent requests on one holding
 * apply one after the other. `committed_shares` (shares promised to open transfer and redemption requests) is the one
 * column the service writes itself.
 */
@Entity('capital_balances')
@Check('ck_capital_balances_shares', `"shares" >= 0`)
@Check('ck_capital_balances_subscribed', `"subscribed" >= 0`)
@Check('ck_capital_balances_paid_up', `"paid_up" >= 0`)
@Check('ck_capital_balances_paid_up_le_subscribed', `"paid_up" <= "subscribed"`)
@Check('ck_capital_balances_committed', `"committed_shares" >= 0 AND "committed_shares" <= "shares"`)
export class CapitalBalance {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'integer', default: 0 })
  shares: number;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  subscribed: string;

  @Column({ name: 'paid_up', type: 'numeric', precision: 20, scale: 4, default: 0 })
  paidUp: string;

  @Column({ name: 'committed_shares', type: 'integer', default: 0 })
  committedShares: number;

  /** The latest effective date among the member's entries: the next entry may not precede it. */
  @Column({ name: 'last_effective_date', type: 'date', nullable: true })
  lastEffectiveDate: string | null;
}
