/**
 * The steps transfers and redemptions share as requests: requested -> approved | rejected -> completed, or cancelled
 * while open. A request commits its shares on the holder's balance row from the start (under the row's lock), so open
 * requests never promise more shares than are held; rejecting or cancelling frees them. Each use case names its kind
 * (RequestKindOf), so nothing here switches on it.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { actorOf } from '../auth/caller.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { ISO_DATE } from '../common/dates.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { MembershipError } from '../membership/membership.errors.js';
import { CapitalLedger, type CapitalSettings } from './capital-ledger.js';
import { CapitalRequest } from './capital-request.entity.js';
import type {
  CapitalRequestListQueryDto,
  CapitalRequestResponseDto,
  RedemptionListQueryDto,
  RequestApprovalDto,
  RequestCancellationDto,
  RequestRejectionDto,
} from './capital-requests.dto.js';
import { capitalEvent, mapRequest } from './share-capital.mapper.js';
import type { CapitalRequestEventType } from './share-capital.events.js';
import { nextRequestStatus, type RequestAction, type RequestKind, type RequestStatus } from './share-capital.rules.js';

/** What differs between the kinds of request: the audit target and the not-found error. */
export interface RequestKindOf {
  kind: RequestKind;
  auditTarget: string;
  notFound: () => Error;
}

export type OpenedRequest = Pick<
  CapitalRequest,
  'memberId' | 'toMemberId' | 'shares' | 'allShares' | 'origin' | 'requestedOn' | 'payableFrom' | 'reason'
>;

@Injectable()
export class CapitalRequestSteps {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly ledger: CapitalLedger,
  ) {}

  /** Records the request and commits its shares (the holder's balance row is already locked by the caller). */
  async open(
    ctx: TxContext,
    of: RequestKindOf,
    cooperativeId: string,
    settings: CapitalSettings,
    fields: OpenedRequest,
  ): Promise<CapitalRequestResponseDto> {
    const by = actorOf(ctx);
    const inserted = await ctx.manager.insert(CapitalRequest, {
      cooperativeId,
      kind: of.kind,
      status: 'requested',
      ...fields,
      requestedByType: by.type,
      requestedBy: by.id,
    });
    await this.ledger.commit(ctx, cooperativeId, fields.memberId, fields.shares);
    const request = await ctx.manager.findOneByOrFail(CapitalRequest, { id: inserted.identifiers[0].id as string });
    return this.record(ctx, of, request, settings.scale, 'requested', {
      memberId: request.memberId,
      toMemberId: request.toMemberId,
      shares: request.shares,
      allShares: request.allShares,
      origin: request.origin,
      requestedOn: request.requestedOn,
      payableFrom: request.payableFrom,
      reason: request.reason,
    });
  }

  approve(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    id: string,
    input: RequestApprovalDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.decide(ctx, of, cooperativeId, id, 'approve', input.decisionReference, input.reason ?? null);
  }

  reject(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    id: string,
    input: RequestRejectionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.decide(ctx, of, cooperativeId, id, 'reject', input.decisionReference ?? null, input.reason);
  }

  /** The treasurer withdraws an open request (e.g. the member changed their mind); its shares are freed. */
  cancel(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    id: string,
    input: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId);
      const request = await this.find(ctx, of, cooperativeId, id, true);
      nextRequestStatus(request.status, 'cancel');
      await this.release(ctx, cooperativeId, request);
      const by = actorOf(ctx);
      Object.assign(request, {
        status: 'cancelled',
        queuedAt: null,
        cancelledByType: by.type,
        cancelledBy: by.id,
        cancelledAt: new Date(),
        cancellationReason: input.reason,
      });
      await ctx.manager.save(CapitalRequest, request);
      return this.record(ctx, of, request, settings.scale, 'cancelled', { reason: input.reason });
    });
  }

  /** Closes the request as completed on `date`, for `amount` (the money moved). */
  async markCompleted(ctx: TxContext, request: CapitalRequest, date: string, amount: string): Promise<void> {
    const by = actorOf(ctx);
    Object.assign(request, {
      status: 'completed',
      completedOn: date,
      amount,
      completedByType: by.type,
      completedBy: by.id,
      completedAt: new Date(),
    });
    await ctx.manager.save(CapitalRequest, request);
  }

  async get(ctx: RequestContext, of: RequestKindOf, cooperativeId: string, id: string) {
    const settings = await this.ledger.settings(ctx, cooperativeId);
    return mapRequest(await this.find(ctx, of, cooperativeId, id, false), settings.scale);
  }

  /**
   * Requests in creation order (keyset on `seq`); with `queued=true`, the redemption queue in payment order (request
   * date, then `seq`).
   */
  async list(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    query: CapitalRequestListQueryDto & Partial<Pick<RedemptionListQueryDto, 'queued'>>,
  ): Promise<Page<CapitalRequestResponseDto>> {
    const settings = await this.ledger.settings(ctx, cooperativeId);
    const queueOrder = query.queued === true;
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(CapitalRequest, 'r')
      .where('r.cooperative_id = :cooperativeId AND r.kind = :kind', { cooperativeId, kind: of.kind })
      .limit(query.limit + 1);
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.memberId) {
      qb.andWhere('(r.member_id = :memberId OR r.to_member_id = :memberId)', { memberId: query.memberId });
    }
    if (query.queued !== undefined) {
      qb.andWhere(
        query.queued
          ? `r.status = 'approved' AND r.queued_at IS NOT NULL`
          : `NOT (r.status = 'approved' AND r.queued_at IS NOT NULL)`,
      );
    }
    if (queueOrder) qb.orderBy('r.requested_on', 'ASC').addOrderBy('r.seq', 'ASC');
    else qb.orderBy('r.seq', 'ASC');
    if (query.cursor) {
      if (queueOrder) {
        const [requestedOn, seq] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
        if (!ISO_DATE.test(requestedOn) || !/^\d{1,18}$/.test(seq)) invalidCursor();
        qb.andWhere('(r.requested_on, r.seq) > (:requestedOn::date, :seq::bigint)', { requestedOn, seq });
      } else {
        const [seq] = decodeCursor(query.cursor, ['string']) as [string];
        if (!/^\d{1,18}$/.test(seq)) invalidCursor();
        qb.andWhere('r.seq > :seq::bigint', { seq });
      }
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      query.limit,
      (r) => (queueOrder ? [r.requestedOn, String(r.seq)] : [String(r.seq)]),
      (r) => mapRequest(r, settings.scale),
    );
  }

  /** The request of this kind in the cooperative, locked FOR UPDATE when `forUpdate`; else the kind's 404. */
  async find(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    id: string,
    forUpdate: boolean,
  ): Promise<CapitalRequest> {
    const request = await this.tx.managerOf(ctx).findOne(CapitalRequest, {
      where: { id, cooperativeId, kind: of.kind },
      lock: forUpdate ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!request) throw of.notFound();
    return request;
  }

  /** Audits the request's change (saved by the caller), its event carrying the request as answered: returned. */
  async record(
    ctx: TxContext,
    of: RequestKindOf,
    request: CapitalRequest,
    scale: number,
    event: RequestStatus | 'queued',
    summary: Record<string, unknown>,
  ): Promise<CapitalRequestResponseDto> {
    const after = mapRequest(request, scale);
    await this.audit.record(ctx, {
      cooperativeId: request.cooperativeId,
      // Every kind and event pair is catalogued but a transfer's 'queued' (only redemptions wait for a limit).
      action: `capital.${of.kind}_${event}` as CapitalRequestEventType,
      targetType: of.auditTarget,
      targetId: request.id,
      summary: { memberId: request.memberId, status: request.status, ...summary },
      event: capitalEvent(after),
    });
    return after;
  }

  private decide(
    ctx: RequestContext,
    of: RequestKindOf,
    cooperativeId: string,
    id: string,
    action: Extract<RequestAction, 'approve' | 'reject'>,
    decisionReference: string | null,
    reason: string | null,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId);
      const request = await this.find(ctx, of, cooperativeId, id, true);
      const status = nextRequestStatus(request.status, action);
      if (action === 'reject') await this.release(ctx, cooperativeId, request);
      const by = actorOf(ctx);
      Object.assign(request, {
        status,
        decidedByType: by.type,
        decidedBy: by.id,
        decidedAt: new Date(),
        decisionReference,
        decisionReason: reason,
      });
      await ctx.manager.save(CapitalRequest, request);
      return this.record(ctx, of, request, settings.scale, status, { decisionReference, reason });
    });
  }

  /** Frees the shares the request committed, under the holder's balance lock. */
  private async release(ctx: TxContext, cooperativeId: string, request: CapitalRequest): Promise<void> {
    await this.ledger.lockHoldings(ctx, cooperativeId, [request.memberId]);
    await this.ledger.commit(ctx, cooperativeId, request.memberId, -request.shares);
  }
}

/** The decisions and reads every kind of request has, bound to one kind: each use case's service extends it. */
export abstract class RequestsOfKind {
  protected constructor(
    protected readonly requests: CapitalRequestSteps,
    protected readonly of: RequestKindOf,
  ) {}

  approve(ctx: RequestContext, cooperativeId: string, id: string, input: RequestApprovalDto) {
    return this.requests.approve(ctx, this.of, cooperativeId, id, input);
  }

  reject(ctx: RequestContext, cooperativeId: string, id: string, input: RequestRejectionDto) {
    return this.requests.reject(ctx, this.of, cooperativeId, id, input);
  }

  cancel(ctx: RequestContext, cooperativeId: string, id: string, input: RequestCancellationDto) {
    return this.requests.cancel(ctx, this.of, cooperativeId, id, input);
  }

  get(ctx: RequestContext, cooperativeId: string, id: string) {
    return this.requests.get(ctx, this.of, cooperativeId, id);
  }

  list(
    ctx: RequestContext,
    cooperativeId: string,
    query: CapitalRequestListQueryDto & Partial<Pick<RedemptionListQueryDto, 'queued'>>,
  ) {
    return this.requests.list(ctx, this.of, cooperativeId, query);
  }
}

/** A completion is not dated before its request. */
export function assertNotBeforeRequest(date: string, request: CapitalRequest): void {
  if (date < request.requestedOn) {
    throw new MembershipError(
      'EFFECTIVE_DATE_OUT_OF_ORDER',
      `The effective date ${date} precedes the request (${request.requestedOn}).`,
    );
  }
}
