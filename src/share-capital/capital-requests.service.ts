/**
 * Transfers and redemptions as requests: requested -> approved | rejected -> completed, or cancelled while open.
 * The treasurer records a request (and completes or cancels it); the board approves or rejects it with a decision
 * reference and reasons. A request commits its shares on the holder's balance row from the start (under the row's
 * lock), so open requests never promise more shares than are held, and completing one can never drive a holding
 * negative. Completion re-checks everything under the locks (recipient active and under the cap, dates in order).
 *
 * Redemptions are payable from the end of the notice period. The year's redemptions may not exceed the bylaws'
 * annual cap: `annualRedemptionCapPercent` % of the paid-up capital at the end of the previous year (paid in the
 * year of the payment date). A redemption that does not fit, or that has earlier redemptions waiting, joins the
 * queue instead of failing; the queue is paid first requested, first paid (request date, then creation order) by
 * `process-queue`, which the treasurer runs when room appears: a new year (its cap starts afresh), a higher cap in
 * the bylaws, or capital grown by the previous year's end. Completions and the queue run under the bylaws row's
 * exclusive lock, so two of them never share the same room.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Dec } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { MEMBER_STATUSES_IN_MEMBERSHIP } from '../membership/member-lifecycle.rules.js';
import { todayUtc } from '../membership/member.validators.js';
import { actor } from './capital-access.js';
import {
  asMoney,
  assertEntryDate,
  assertStatus,
  CapitalLedger,
  type CapitalSettings,
  type LockedHolding,
} from './capital-ledger.js';
import { CapitalRequest } from './capital-request.entity.js';
import type {
  CapitalRequestListQueryDto,
  CapitalRequestResponseDto,
  RedemptionCreateDto,
  RedemptionListQueryDto,
  RedemptionQueueResultDto,
  RequestApprovalDto,
  RequestCancellationDto,
  RequestCompletionDto,
  RequestRejectionDto,
  TransferCreateDto,
} from './share-capital.dto.js';
import { mapRequest } from './share-capital.mapper.js';
import {
  annualCap,
  applyChange,
  assertCanCommit,
  assertPayable,
  assertWithinCap,
  nextRequestStatus,
  payableFrom,
  planRedemptions,
  type RedemptionRequest,
  redemptionFor,
  type RequestAction,
  type RequestKind,
  transferChanges,
} from './share-capital.rules.js';
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError } from '../membership/membership.errors.js';
import { ShareCapitalError } from './share-capital.errors.js';

const AUDIT_TARGET: Readonly<Record<RequestKind, string>> = {
  transfer: 'share_transfer',
  redemption: 'share_redemption',
};

@Injectable()
export class CapitalRequestsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly ledger: CapitalLedger,
  ) {}

  /** A transfer of fully paid shares from one member to another, at par. */
  requestTransfer(cooperativeId: string, input: TransferCreateDto): Promise<CapitalRequestResponseDto> {
    if (input.fromMemberId === input.toMemberId) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'toMemberId', message: 'toMemberId must be another member than fromMemberId' },
      ]);
    }
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId, 'share');
      const ids = [input.fromMemberId, input.toMemberId];
      const members = await this.ledger.lockMembers(manager, cooperativeId, ids);
      assertStatus(members.get(input.fromMemberId)!, MEMBER_STATUSES_IN_MEMBERSHIP, 'transfer shares');
      assertStatus(members.get(input.toMemberId)!, ['active'], 'receive shares');
      const holdings = await this.ledger.lockHoldings(manager, cooperativeId, ids);
      const from = holdings.get(input.fromMemberId)!;
      assertCanCommit(from, input.shares, {
        par: settings.par,
        minShares: settings.minShares,
        inMembership: true,
        takesAll: false,
      });
      await this.assertRecipientCap(manager, cooperativeId, holdings.get(input.toMemberId)!, input.shares, settings);
      return this.open(manager, cooperativeId, settings, {
        kind: 'transfer',
        memberId: input.fromMemberId,
        toMemberId: input.toMemberId,
        shares: input.shares,
        allShares: false,
        origin: 'request',
        requestedOn: input.requestedOn ?? todayUtc(),
        payableFrom: null,
        reason: input.reason ?? null,
      });
    });
  }

  /**
   * A redemption of some fully paid shares or of all the member's remaining shares. A member who stays a member
   * keeps the bylaws' minimum, so redeeming everything is for former members (withdrawal opens it by itself).
   */
  requestRedemption(cooperativeId: string, input: RedemptionCreateDto): Promise<CapitalRequestResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId);
      const member = (await this.ledger.lockMembers(manager, cooperativeId, [input.memberId])).get(input.memberId)!;
      const holding = (await this.ledger.lockHoldings(manager, cooperativeId, [input.memberId])).get(input.memberId)!;
      const allShares = input.allShares === true;
      const shares = allShares ? holding.shares - holding.committed : input.shares!;
      if (shares <= 0) {
        throw new ShareCapitalError(
          'INSUFFICIENT_SHARES',
          `No shares are free to redeem (${holding.shares} held, ${holding.committed} committed).`,
        );
      }
      assertCanCommit(holding, shares, {
        par: settings.par,
        minShares: settings.minShares,
        inMembership: MEMBER_STATUSES_IN_MEMBERSHIP.includes(member.status),
        takesAll: allShares,
      });
      const requestedOn = input.requestedOn ?? todayUtc();
      return this.open(manager, cooperativeId, settings, {
        kind: 'redemption',
        memberId: input.memberId,
        toMemberId: null,
        shares,
        allShares,
        origin: 'request',
        requestedOn,
        payableFrom: payableFrom(requestedOn, settings.noticeDays),
        reason: input.reason ?? null,
      });
    });
  }

  /**
   * Withdrawal (cessation with reason `withdrawn`) opens a redemption of all the member's free shares, requested on
   * the cessation's effective date; the board decides it like any other. Called inside the cessation transaction,
   * the member's row already locked by it. Nothing is opened when no share is free.
   */
  async openWithdrawalRedemption(input: {
    cooperativeId: string;
    memberId: string;
    effectiveDate: string;
  }): Promise<void> {
    const manager = this.tx.manager;
    const current = await this.ledger.holding(manager, input.cooperativeId, input.memberId);
    if (current.shares - current.committed <= 0) return; // nothing to redeem (and no empty balance row created)
    const settings = await this.ledger.settings(manager, input.cooperativeId);
    const holding = (await this.ledger.lockHoldings(manager, input.cooperativeId, [input.memberId])).get(
      input.memberId,
    )!;
    const shares = holding.shares - holding.committed;
    if (shares <= 0) return;
    await this.open(manager, input.cooperativeId, settings, {
      kind: 'redemption',
      memberId: input.memberId,
      toMemberId: null,
      shares,
      allShares: true,
      origin: 'withdrawal',
      requestedOn: input.effectiveDate,
      payableFrom: payableFrom(input.effectiveDate, settings.noticeDays),
      reason: 'Withdrawal from membership',
    });
  }

  approve(
    kind: RequestKind,
    cooperativeId: string,
    id: string,
    input: RequestApprovalDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.decide(kind, cooperativeId, id, 'approve', input.decisionReference, input.reason ?? null);
  }

  reject(
    kind: RequestKind,
    cooperativeId: string,
    id: string,
    input: RequestRejectionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.decide(kind, cooperativeId, id, 'reject', input.decisionReference ?? null, input.reason);
  }

  /** The treasurer withdraws an open request (e.g. the member changed their mind); its shares are freed. */
  cancel(
    kind: RequestKind,
    cooperativeId: string,
    id: string,
    input: RequestCancellationDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId);
      const request = await this.lockRequest(manager, kind, cooperativeId, id);
      nextRequestStatus(request.status, 'cancel');
      await this.ledger.lockHoldings(manager, cooperativeId, [request.memberId]);
      await this.ledger.commit(manager, cooperativeId, request.memberId, -request.shares);
      const by = actor();
      Object.assign(request, {
        status: 'cancelled',
        queuedAt: null,
        cancelledByType: by.type,
        cancelledBy: by.id,
        cancelledAt: new Date(),
        cancellationReason: input.reason,
      });
      await manager.save(CapitalRequest, request);
      await this.record(request, 'cancelled', { reason: input.reason });
      return mapRequest(request, settings.scale);
    });
  }

  /** Completes an approved transfer: the two entries (out and in) post together, at par. */
  completeTransfer(cooperativeId: string, id: string, input: RequestCompletionDto): Promise<CapitalRequestResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId, 'share');
      const request = await this.lockRequest(manager, 'transfer', cooperativeId, id);
      nextRequestStatus(request.status, 'complete');
      const toId = request.toMemberId!;
      const ids = [request.memberId, toId];
      const members = await this.ledger.lockMembers(manager, cooperativeId, ids);
      assertStatus(members.get(toId)!, ['active'], 'receive shares');
      const holdings = await this.ledger.lockHoldings(manager, cooperativeId, ids);
      const date = input.effectiveDate;
      assertNotBeforeRequest(date, request);
      for (const memberId of ids) assertEntryDate(date, members.get(memberId)!, holdings.get(memberId)!);

      const changes = transferChanges(request.shares, settings.par);
      const from = holdings.get(request.memberId)!;
      applyChange({ ...from, committed: from.committed - request.shares }, changes.out);
      await this.assertRecipientCap(manager, cooperativeId, holdings.get(toId)!, request.shares, settings);

      await this.ledger.commit(manager, cooperativeId, request.memberId, -request.shares);
      const common = { effectiveDate: date, par: settings.par, requestId: request.id, reference: input.reference };
      const entries = await this.ledger.post(manager, cooperativeId, [
        {
          ...common,
          memberId: request.memberId,
          kind: 'transfer_out',
          change: changes.out,
          counterpartyMemberId: toId,
        },
        { ...common, memberId: toId, kind: 'transfer_in', change: changes.in, counterpartyMemberId: request.memberId },
      ]);
      await this.markCompleted(manager, request, date, changes.in.paidUp);
      await this.record(request, 'completed', {
        effectiveDate: date,
        amount: changes.in.paidUp,
        entryIds: entries.map((e) => String(e.id)),
      });
      return mapRequest(request, settings.scale);
    });
  }

  /**
   * Completes an approved redemption on `effectiveDate` (not before the notice period ends): paid now when no earlier
   * redemption waits and it fits in the year's room; otherwise it joins the queue (answered with `queued: true`).
   */
  completeRedemption(
    cooperativeId: string,
    id: string,
    input: RequestCompletionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId, 'update');
      const request = await this.lockRequest(manager, 'redemption', cooperativeId, id);
      nextRequestStatus(request.status, 'complete');
      const date = input.effectiveDate;
      assertNotBeforeRequest(date, request);
      assertPayable(request.payableFrom!, date);
      const holding = (await this.ledger.lockHoldings(manager, cooperativeId, [request.memberId])).get(
        request.memberId,
      )!;
      if (holding.lastEffectiveDate !== null && date < holding.lastEffectiveDate) {
        throw new MembershipError(
          'EFFECTIVE_DATE_OUT_OF_ORDER',
          `The effective date ${date} precedes the member's latest capital entry (${holding.lastEffectiveDate}).`,
        );
      }
      redemptionFor(asRedemption(request), holding, settings.par); // the clear error first (e.g. open requests)

      const ahead: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM capital_requests
          WHERE cooperative_id = $1 AND kind = 'redemption' AND status = 'approved' AND queued_at IS NOT NULL
            AND (requested_on, seq) < ($2::date, $3::bigint)`,
        [cooperativeId, request.requestedOn, request.seq],
      );
      const room = ahead[0].n > 0 ? null : await this.room(manager, cooperativeId, settings, date);
      const [planned] =
        room === null
          ? []
          : planRedemptions([asRedemption(request)], new Map([[request.memberId, holding]]), settings.par, room, date);
      if (planned) {
        await this.pay(manager, cooperativeId, settings, request, planned.change, date, input.reference ?? null);
      } else if (request.queuedAt === null) {
        request.queuedAt = new Date();
        await manager.save(CapitalRequest, request);
        await this.record(request, 'queued', { effectiveDate: date, earlierInQueue: ahead[0].n });
      }
      return mapRequest(request, settings.scale);
    });
  }

  /** Pays the queue in order on `effectiveDate`, while the year's room lasts (see the top of this file). */
  processQueue(cooperativeId: string, effectiveDate: string): Promise<RedemptionQueueResultDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId, 'update');
      const queue = await manager
        .createQueryBuilder(CapitalRequest, 'r')
        .where(`r.cooperative_id = :cooperativeId AND r.kind = 'redemption' AND r.status = 'approved'`, {
          cooperativeId,
        })
        .andWhere('r.queued_at IS NOT NULL')
        .orderBy('r.requested_on', 'ASC')
        .addOrderBy('r.seq', 'ASC')
        .setLock('pessimistic_write')
        .getMany();
      const holdings = await this.ledger.lockHoldings(
        manager,
        cooperativeId,
        queue.map((r) => r.memberId),
      );
      const room = await this.room(manager, cooperativeId, settings, effectiveDate);
      const planned = planRedemptions(queue.map(asRedemption), holdings, settings.par, room, effectiveDate);
      const completed: CapitalRequestResponseDto[] = [];
      for (const plan of planned) {
        const request = queue.find((r) => r.id === plan.id)!;
        await this.pay(manager, cooperativeId, settings, request, plan.change, effectiveDate, null);
        completed.push(mapRequest(request, settings.scale));
      }
      const year = effectiveDate.slice(0, 4);
      return {
        effectiveDate,
        annualCap: asMoney(await this.capOf(manager, cooperativeId, settings, year), settings),
        redeemedInYear: asMoney(await this.redeemedIn(manager, cooperativeId, year), settings),
        completed,
        stillQueued: queue.length - planned.length,
      };
    });
  }

  async get(kind: RequestKind, cooperativeId: string, id: string): Promise<CapitalRequestResponseDto> {
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    return mapRequest(await this.findRequest(manager, kind, cooperativeId, id, false), settings.scale);
  }

  /**
   * Requests in creation order (keyset on `seq`); with `queued=true`, the redemption queue in payment order (request
   * date, then `seq`).
   */
  async list(
    kind: RequestKind,
    cooperativeId: string,
    query: CapitalRequestListQueryDto & Partial<Pick<RedemptionListQueryDto, 'queued'>>,
  ): Promise<Page<CapitalRequestResponseDto>> {
    const manager = this.tx.manager;
    const settings = await this.ledger.settings(manager, cooperativeId);
    const queueOrder = query.queued === true;
    const qb = manager
      .createQueryBuilder(CapitalRequest, 'r')
      .where('r.cooperative_id = :cooperativeId AND r.kind = :kind', { cooperativeId, kind })
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
        if (!/^\d{4}-\d{2}-\d{2}$/.test(requestedOn) || !/^\d{1,18}$/.test(seq)) invalidCursor();
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

  // -------------------------------------------------------------------------------------------------------------

  private async open(
    manager: EntityManager,
    cooperativeId: string,
    settings: CapitalSettings,
    fields: Pick<
      CapitalRequest,
      'kind' | 'memberId' | 'toMemberId' | 'shares' | 'allShares' | 'origin' | 'requestedOn' | 'payableFrom' | 'reason'
    >,
  ): Promise<CapitalRequestResponseDto> {
    const by = actor();
    const inserted = await manager.insert(CapitalRequest, {
      cooperativeId,
      status: 'requested',
      ...fields,
      requestedByType: by.type,
      requestedBy: by.id,
    });
    await this.ledger.commit(manager, cooperativeId, fields.memberId, fields.shares);
    const request = await manager.findOneByOrFail(CapitalRequest, { id: inserted.identifiers[0].id as string });
    await this.record(request, 'requested', {
      memberId: request.memberId,
      toMemberId: request.toMemberId,
      shares: request.shares,
      allShares: request.allShares,
      origin: request.origin,
      requestedOn: request.requestedOn,
      payableFrom: request.payableFrom,
      reason: request.reason,
    });
    return mapRequest(request, settings.scale);
  }

  private decide(
    kind: RequestKind,
    cooperativeId: string,
    id: string,
    action: Extract<RequestAction, 'approve' | 'reject'>,
    decisionReference: string | null,
    reason: string | null,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(async (manager) => {
      const settings = await this.ledger.settings(manager, cooperativeId);
      const request = await this.lockRequest(manager, kind, cooperativeId, id);
      const status = nextRequestStatus(request.status, action);
      if (action === 'reject') {
        await this.ledger.lockHoldings(manager, cooperativeId, [request.memberId]);
        await this.ledger.commit(manager, cooperativeId, request.memberId, -request.shares);
      }
      const by = actor();
      Object.assign(request, {
        status,
        decidedByType: by.type,
        decidedBy: by.id,
        decidedAt: new Date(),
        decisionReference,
        decisionReason: reason,
      });
      await manager.save(CapitalRequest, request);
      await this.record(request, status, { decisionReference, reason });
      return mapRequest(request, settings.scale);
    });
  }

  /** Posts a redemption entry and closes the request; the shares it committed are released first. */
  private async pay(
    manager: EntityManager,
    cooperativeId: string,
    settings: CapitalSettings,
    request: CapitalRequest,
    change: ReturnType<typeof redemptionFor>,
    date: string,
    reference: string | null,
  ): Promise<void> {
    await this.ledger.commit(manager, cooperativeId, request.memberId, -request.shares);
    const [entry] = await this.ledger.post(manager, cooperativeId, [
      {
        memberId: request.memberId,
        kind: 'redemption',
        effectiveDate: date,
        change,
        par: settings.par,
        requestId: request.id,
        reference,
      },
    ]);
    const amount = new Dec(change.paidUp).neg().toFixed();
    await this.markCompleted(manager, request, date, amount);
    await this.record(request, 'completed', {
      effectiveDate: date,
      sharesRedeemed: -change.shares,
      amount,
      entryId: String(entry.id),
      fromQueue: request.queuedAt !== null,
    });
  }

  private async markCompleted(
    manager: EntityManager,
    request: CapitalRequest,
    date: string,
    amount: string,
  ): Promise<void> {
    const by = actor();
    Object.assign(request, {
      status: 'completed',
      completedOn: date,
      amount,
      completedByType: by.type,
      completedBy: by.id,
      completedAt: new Date(),
    });
    await manager.save(CapitalRequest, request);
  }

  /** Room left in the year of `date` under the annual redemption cap (may be negative after a lowered cap). */
  private async room(
    manager: EntityManager,
    cooperativeId: string,
    settings: CapitalSettings,
    date: string,
  ): Promise<string> {
    const year = date.slice(0, 4);
    const cap = await this.capOf(manager, cooperativeId, settings, year);
    return new Dec(cap).minus(await this.redeemedIn(manager, cooperativeId, year)).toFixed();
  }

  /** The year's cap: a % of the paid-up capital on the last day of the previous year. */
  private async capOf(
    manager: EntityManager,
    cooperativeId: string,
    settings: CapitalSettings,
    year: string,
  ): Promise<string> {
    const [row]: { capital: string }[] = await manager.query(
      `SELECT coalesce(sum(paid_up_delta), 0)::text AS capital FROM capital_entries
        WHERE cooperative_id = $1 AND effective_date <= $2`,
      [cooperativeId, `${String(Number(year) - 1).padStart(4, '0')}-12-31`],
    );
    return annualCap(row.capital, settings.annualCapPercent, settings.scale);
  }

  private async redeemedIn(manager: EntityManager, cooperativeId: string, year: string): Promise<string> {
    const [row]: { redeemed: string }[] = await manager.query(
      `SELECT (-coalesce(sum(paid_up_delta), 0))::text AS redeemed FROM capital_entries
        WHERE cooperative_id = $1 AND kind = 'redemption' AND effective_date BETWEEN $2 AND $3`,
      [cooperativeId, `${year}-01-01`, `${year}-12-31`],
    );
    return row.redeemed;
  }

  /** The recipient's cap (count and % of paid-up capital, which a transfer does not change). */
  private async assertRecipientCap(
    manager: EntityManager,
    cooperativeId: string,
    recipient: LockedHolding,
    shares: number,
    settings: CapitalSettings,
  ): Promise<void> {
    const after = applyChange(recipient, transferChanges(shares, settings.par).in);
    const total = settings.maxPercent === null ? '0' : await this.ledger.totalPaidUp(manager, cooperativeId);
    assertWithinCap(after, total, settings);
  }

  private lockRequest(manager: EntityManager, kind: RequestKind, cooperativeId: string, id: string) {
    return this.findRequest(manager, kind, cooperativeId, id, true);
  }

  private async findRequest(
    manager: EntityManager,
    kind: RequestKind,
    cooperativeId: string,
    id: string,
    forUpdate: boolean,
  ): Promise<CapitalRequest> {
    const request = await manager.findOne(CapitalRequest, {
      where: { id, cooperativeId, kind },
      lock: forUpdate ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!request) {
      throw kind === 'transfer'
        ? new ShareCapitalError('TRANSFER_NOT_FOUND', 'No such share transfer in this cooperative.')
        : new ShareCapitalError('REDEMPTION_NOT_FOUND', 'No such share redemption in this cooperative.');
    }
    return request;
  }

  private record(request: CapitalRequest, event: string, summary: Record<string, unknown>): Promise<void> {
    return this.audit.record({
      cooperativeId: request.cooperativeId,
      action: `capital.${request.kind}_${event}`,
      targetType: AUDIT_TARGET[request.kind],
      targetId: request.id,
      summary: { memberId: request.memberId, status: request.status, ...summary },
    });
  }
}

function asRedemption(r: CapitalRequest): RedemptionRequest {
  return { id: r.id, memberId: r.memberId, shares: r.shares, allShares: r.allShares, payableFrom: r.payableFrom! };
}

function assertNotBeforeRequest(date: string, request: CapitalRequest): void {
  if (date < request.requestedOn) {
    throw new MembershipError(
      'EFFECTIVE_DATE_OUT_OF_ORDER',
      `The effective date ${date} precedes the request (${request.requestedOn}).`,
    );
  }
}
