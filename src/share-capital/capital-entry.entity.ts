import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EntryKind } from './share-capital.rules.js';

export type CapitalEntrySource = 'surplus_plan';

/** An entry id as the API reads and writes it: the bigint key in decimal digits (a path segment, a JSON string). */
export const ENTRY_ID_PATTERN = '^\\d{1,18}$';

/**
 * One line of a member's capital ledger. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): a mistake is
 * undone by a `reversal` entry pointing at it (at most one per entry: unique index). Each entry stores what it
 * changed (signed deltas); a statement-level trigger adds them to the member's capital_balances row in the same
 * statement, so the balance can never disagree with the entries. Money is numeric(20, 4), at the par value of the
 * day (`par_value`); numeric columns read back as strings.
 *
 * Indexes: a member's statement (member, date, id); the cooperative's totals at a date and per month read only the
 * date index (index-only scan: the deltas are in the key); a year's redemptions (partial index).
 */
@Entity('capital_entries')
@Index('uq_capital_entries_member_id', ['cooperativeId', 'memberId', 'id'], { unique: true })
@Index('ix_capital_entries_member_date', ['cooperativeId', 'memberId', 'effectiveDate', 'id'])
@Index('ix_capital_entries_date', [
  'cooperativeId',
  'effectiveDate',
  'kind',
  'sharesDelta',
  'subscribedDelta',
  'paidUpDelta',
])
@Index('ix_capital_entries_redemptions', ['cooperativeId', 'effectiveDate', 'paidUpDelta'], {
  where: `"kind" = 'redemption'`,
})
@Index('uq_capital_entries_reverses', ['cooperativeId', 'reversesEntryId'], {
  unique: true,
  where: '"reverses_entry_id" IS NOT NULL',
})
@Index('ix_capital_entries_request', ['cooperativeId', 'requestId'], { where: '"request_id" IS NOT NULL' })
// What produced an entry outside this module (a surplus plan) credits each member at most once.
@Index('uq_capital_entries_source', ['cooperativeId', 'memberId', 'sourceType', 'sourceId'], {
  unique: true,
  where: '"source_id" IS NOT NULL',
})
@Check(
  'ck_capital_entries_kind',
  `"kind" IN ('subscription', 'payment', 'transfer_out', 'transfer_in', 'redemption', 'allocation', 'reversal')`,
)
@Check(
  'ck_capital_entries_effect',
  `("kind" = 'subscription' AND "shares_delta" > 0 AND "subscribed_delta" > 0 AND "paid_up_delta" = 0)
    OR ("kind" = 'payment' AND "shares_delta" = 0 AND "subscribed_delta" = 0 AND "paid_up_delta" > 0)
    OR ("kind" = 'transfer_out' AND "shares_delta" < 0 AND "subscribed_delta" < 0 AND "paid_up_delta" < 0)
    OR ("kind" = 'transfer_in' AND "shares_delta" > 0 AND "subscribed_delta" > 0 AND "paid_up_delta" > 0)
    OR ("kind" = 'redemption' AND "shares_delta" < 0 AND "subscribed_delta" < 0 AND "paid_up_delta" <= 0)
    OR ("kind" = 'allocation' AND "shares_delta" >= 0 AND "subscribed_delta" >= 0 AND "paid_up_delta" > 0)
    OR "kind" = 'reversal'`,
)
@Check('ck_capital_entries_reversal', `("kind" = 'reversal') = ("reverses_entry_id" IS NOT NULL)`)
@Check(
  'ck_capital_entries_request',
  `("kind" IN ('transfer_out', 'transfer_in', 'redemption')) = ("request_id" IS NOT NULL)`,
)
@Check(
  'ck_capital_entries_counterparty',
  `("kind" IN ('transfer_out', 'transfer_in')) = ("counterparty_member_id" IS NOT NULL)`,
)
@Check(
  'ck_capital_entries_source',
  `("source_type" IS NULL) = ("source_id" IS NULL) AND ("source_type" IS NULL OR "kind" = 'allocation')`,
)
@Check('ck_capital_entries_source_type', `"source_type" IN ('surplus_plan')`)
@Check('ck_capital_entries_par_value', `"par_value" > 0`)
@Check('ck_capital_entries_recorded_by', `"recorded_by_type" IN ('user', 'api_client', 'system')`)
export class CapitalEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  kind: EntryKind;

  /** The legal date it takes effect; never before the member's previous entry. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'shares_delta', type: 'integer' })
  sharesDelta: number;

  @Column({ name: 'subscribed_delta', type: 'numeric', precision: 20, scale: 4 })
  subscribedDelta: string;

  @Column({ name: 'paid_up_delta', type: 'numeric', precision: 20, scale: 4 })
  paidUpDelta: string;

  /** The bylaws' par value when the entry was posted. */
  @Column({ name: 'par_value', type: 'numeric', precision: 20, scale: 4 })
  parValue: string;

  /** For a reversal: the mistaken entry it undoes (same member). */
  @Column({ name: 'reverses_entry_id', type: 'bigint', nullable: true })
  reversesEntryId: string | null;

  /** The transfer or redemption request that produced it. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  /** For a transfer: the other member. */
  @Column({ name: 'counterparty_member_id', type: 'uuid', nullable: true })
  counterpartyMemberId: string | null;

  /** Receipt, bank reference, surplus plan... */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** What produced the entry outside this module: 'surplus_plan' (a surplus refund credited as capital). */
  @Column({ name: 'source_type', type: 'text', nullable: true })
  sourceType: CapitalEntrySource | null;

  /** The id of that source (the distribution plan). */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_type', type: 'text' })
  recordedByType: 'user' | 'api_client' | 'system';

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
