import { Dec, formatMoney } from '../common/money/money.js';
import type { CapitalEntry } from './capital-entry.entity.js';
import type { LockedHolding } from './capital-ledger.js';
import type { CapitalRequest } from './capital-request.entity.js';
import type {
  CapitalBalanceDto,
  CapitalEntryDetailDto,
  CapitalEntryResponseDto,
  CapitalHoldingDto,
} from './share-capital.dto.js';
import type { CapitalRequestResponseDto } from './capital-requests.dto.js';

export function mapEntry(e: CapitalEntry, scale: number): CapitalEntryResponseDto {
  return {
    id: String(e.id),
    memberId: e.memberId,
    kind: e.kind,
    effectiveDate: e.effectiveDate,
    sharesChange: e.sharesDelta,
    subscribedChange: formatMoney(e.subscribedDelta, scale),
    paidUpChange: formatMoney(e.paidUpDelta, scale),
    parValue: formatMoney(e.parValue, scale),
    reversesEntryId: e.reversesEntryId === null ? null : String(e.reversesEntryId),
    requestId: e.requestId,
    counterpartyMemberId: e.counterpartyMemberId,
    reference: e.reference,
    note: e.note,
    recordedByType: e.recordedByType,
    recordedBy: e.recordedBy,
    recordedAt: e.recordedAt.toISOString(),
  };
}

export function mapHolding(
  h: { shares: number; subscribed: string; paidUp: string },
  scale: number,
): CapitalHoldingDto {
  return {
    sharesHeld: h.shares,
    subscribedCapital: formatMoney(h.subscribed, scale),
    paidUpCapital: formatMoney(h.paidUp, scale),
    unpaidCapital: formatMoney(new Dec(h.subscribed).minus(h.paidUp), scale),
  };
}

export function mapBalance(h: LockedHolding, scale: number): CapitalBalanceDto {
  return { memberId: h.memberId, ...mapHolding(h, scale), sharesCommitted: h.committed };
}

export function mapRequest(r: CapitalRequest, scale: number): CapitalRequestResponseDto {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    memberId: r.memberId,
    toMemberId: r.toMemberId,
    shares: r.shares,
    allShares: r.allShares,
    origin: r.origin,
    requestedOn: r.requestedOn,
    payableFrom: r.payableFrom,
    reason: r.reason,
    requestedByType: r.requestedByType,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt.toISOString(),
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionReference: r.decisionReference,
    decisionReason: r.decisionReason,
    queued: r.queuedAt !== null && r.status === 'approved',
    queuedAt: r.queuedAt?.toISOString() ?? null,
    completedOn: r.completedOn,
    amount: r.amount === null ? null : formatMoney(r.amount, scale),
    completedBy: r.completedBy,
    cancelledBy: r.cancelledBy,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    cancellationReason: r.cancellationReason,
  };
}

/**
 * A capital event's data: the entry as GET /capital-entries/{id} or the request as GET /share-transfers/{id} and
 * /share-redemptions/{id} show it, for readers holding capital:read.
 */
export const capitalEvent = <T extends CapitalEntryDetailDto | CapitalRequestResponseDto>(data: T) => ({
  data,
  readScope: 'capital:read' as const,
});
