import { Check, Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RequestKind, RequestOrigin, RequestStatus } from './share-capital.rules.js';

type Actor = 'user' | 'api_client' | 'system';

/**
 * A transfer of shares to another member, or a redemption of shares, as a request: requested -> approved | rejected
 * -> completed (or cancelled while open). The request commits its shares on the holder's balance row from the
 * start, so open requests can never promise more than is held. Who requested, decided, completed or cancelled, when
 * and why, is on the row (and in the audit log).
 *
 * A redemption is payable from `payable_from` (request date + the bylaws' notice period). An approved redemption that
 * does not fit in the year's cap waits in the queue (`queued_at` set), paid first requested, first paid: by request
 * date, then creation order (`seq`).
 */
@Entity('capital_requests')
@Index('uq_capital_requests_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_capital_requests_list', ['cooperativeId', 'kind', 'seq'])
@Index('ix_capital_requests_status', ['cooperativeId', 'kind', 'status', 'seq'])
@Index('ix_capital_requests_member', ['cooperativeId', 'memberId', 'status'])
@Index('ix_capital_requests_to_member', ['cooperativeId', 'toMemberId', 'status'], {
  where: '"to_member_id" IS NOT NULL',
})
@Index('ix_capital_requests_queue', ['cooperativeId', 'requestedOn', 'seq'], {
  where: `"kind" = 'redemption' AND "status" = 'approved' AND "queued_at" IS NOT NULL`,
})
@Check('ck_capital_requests_kind', `"kind" IN ('transfer', 'redemption')`)
@Check('ck_capital_requests_status', `"status" IN ('requested', 'approved', 'rejected', 'completed', 'cancelled')`)
@Check('ck_capital_requests_origin', `"origin" IN ('request', 'withdrawal')`)
@Check('ck_capital_requests_shares', `"shares" > 0`)
@Check(
  'ck_capital_requests_transfer',
  `("kind" = 'transfer') = ("to_member_id" IS NOT NULL) AND "to_member_id" IS DISTINCT FROM "member_id"`,
)
@Check(
  'ck_capital_requests_redemption',
  `("kind" = 'redemption') = ("payable_from" IS NOT NULL) AND ("kind" = 'redemption' OR (NOT "all_shares" AND "origin" = 'request'))`,
)
@Check(
  'ck_capital_requests_decided',
  `("status" IN ('approved', 'rejected', 'completed')) = ("decided_at" IS NOT NULL) OR ("status" = 'cancelled')`,
)
@Check(
  'ck_capital_requests_completed',
  `("status" = 'completed') = ("completed_on" IS NOT NULL AND "amount" IS NOT NULL)`,
)
@Check('ck_capital_requests_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
@Check(
  'ck_capital_requests_queued',
  `"queued_at" IS NULL OR ("kind" = 'redemption' AND "status" IN ('approved', 'completed'))`,
)
@Check(
  'ck_capital_requests_actors',
  `"requested_by_type" IN ('user', 'api_client', 'system') AND ("decided_by_type" IS NULL OR "decided_by_type" IN ('user', 'api_client', 'system')) AND ("completed_by_type" IS NULL OR "completed_by_type" IN ('user', 'api_client', 'system')) AND ("cancelled_by_type" IS NULL OR "cancelled_by_type" IN ('user', 'api_client', 'system'))`,
)
export class CapitalRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** Creation order: lists and the redemption queue (after the request date) follow it. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'text' })
  kind: RequestKind;

  @Column({ type: 'text' })
  status: RequestStatus;

  /** The holder: the member giving the shares (transfer) or having them redeemed. */
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** Transfer: the member receiving the shares. */
  @Column({ name: 'to_member_id', type: 'uuid', nullable: true })
  toMemberId: string | null;

  /** Shares committed by the request. */
  @Column({ type: 'integer' })
  shares: number;

  /** Redemption of all the member's shares: repays all paid-up capital and cancels any unpaid subscription. */
  @Column({ name: 'all_shares', type: 'boolean', default: false })
  allShares: boolean;

  /** 'withdrawal': opened by the member's cessation with reason withdrawn. */
  @Column({ type: 'text', default: 'request' })
  origin: RequestOrigin;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn: string;

  /** Redemption: requested_on + the bylaws' notice period. */
  @Column({ name: 'payable_from', type: 'date', nullable: true })
  payableFrom: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'requested_by_type', type: 'text' })
  requestedByType: Actor;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'decided_by_type', type: 'text', nullable: true })
  decidedByType: Actor | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Board minute or other decision reference. */
  @Column({ name: 'decision_reference', type: 'text', nullable: true })
  decisionReference: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  /** Approved redemption waiting for room under the annual cap. */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  /** Transferred value, or the amount repaid. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  amount: string | null;

  @Column({ name: 'completed_by_type', type: 'text', nullable: true })
  completedByType: Actor | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_by_type', type: 'text', nullable: true })
  cancelledByType: Actor | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;
}
