/**
 * Redemptions as requests (capital-request-steps.ts): shares cancelled and repaid at par, payable from the end of the
 * notice period. The year's redemptions may not exceed the bylaws' annual cap: `annualRedemptionCapPercent` % of the
 * paid-up capital at the end of the previous year (capital.sql.ts), paid in the year of the payment date. A
 * redemption that does not fit, or that has earlier redemptions waiting, joins the queue instead of failing; the
 * queue is paid first requested, first paid (request date, then creation order) by `process-queue`, which the
 * treasurer runs when room appears: a new year, a higher cap in the bylaws, or capital grown by the previous year's
 * end. Completions and the queue run under the bylaws row's exclusive lock, so two of them never share the same room.
 */
import { Injectable } from '@nestjs/common';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { Dec } from '../common/money/money.js';
import { TransactionHelper } from '../database/transaction.js';
import { MEMBER_STATUSES_IN_MEMBERSHIP } from '../membership/member-lifecycle.rules.js';
import { MembershipError } from '../membership/membership.errors.js';
import { totalPaidUpOn } from './capital.sql.js';
import { asMoney, CapitalLedger, type CapitalSettings } from './capital-ledger.js';
import { CapitalRequest } from './capital-request.entity.js';
import {
  assertNotBeforeRequest,
  CapitalRequestSteps,
  type RequestKindOf,
  RequestsOfKind,
} from './capital-request-steps.js';
import type {
  CapitalRequestResponseDto,
  RedemptionCreateDto,
  RedemptionQueueResultDto,
  RequestCompletionDto,
} from './capital-requests.dto.js';
import { ShareCapitalError } from './share-capital.errors.js';
import { mapRequest } from './share-capital.mapper.js';
import { assertCanCommit, nextRequestStatus } from './share-capital.rules.js';
import {
  annualCap,
  assertPayable,
  payableFrom,
  planRedemptions,
  type RedemptionRequest,
  redemptionFor,
} from './share-redemptions.rules.js';

const REDEMPTION: RequestKindOf = {
  kind: 'redemption',
  auditTarget: 'share_redemption',
  notFound: () => new ShareCapitalError('REDEMPTION_NOT_FOUND', 'No such share redemption in this cooperative.'),
};

@Injectable()
export class ShareRedemptionsService extends RequestsOfKind {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly ledger: CapitalLedger,
    requests: CapitalRequestSteps,
  ) {
    super(requests, REDEMPTION);
  }

  /**
   * A redemption of some fully paid shares or of all the member's remaining shares. A member who stays a member
   * keeps the bylaws' minimum, so redeeming everything is for former members (withdrawal opens it by itself).
   */
  request(ctx: RequestContext, cooperativeId: string, input: RedemptionCreateDto): Promise<CapitalRequestResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId);
      const member = (await this.ledger.lockMembers(ctx, cooperativeId, [input.memberId])).get(input.memberId)!;
      const holding = (await this.ledger.lockHoldings(ctx, cooperativeId, [input.memberId])).get(input.memberId)!;
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
      return this.requests.open(ctx, REDEMPTION, cooperativeId, settings, {
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
   * the cessation's effective date; the board decides it like any other. Runs in the cessation's transaction (ctx),
   * the member's row already locked by it. Nothing is opened when no share is free.
   */
  async openWithdrawalRedemption(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string },
  ): Promise<void> {
    const current = await this.ledger.holding(ctx, input.cooperativeId, input.memberId);
    if (current.shares - current.committed <= 0) return; // nothing to redeem (and no empty balance row created)
    const settings = await this.ledger.settings(ctx, input.cooperativeId);
    const holding = (await this.ledger.lockHoldings(ctx, input.cooperativeId, [input.memberId])).get(input.memberId)!;
    const shares = holding.shares - holding.committed;
    if (shares <= 0) return;
    await this.requests.open(ctx, REDEMPTION, input.cooperativeId, settings, {
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

  /**
   * Completes an approved redemption on `effectiveDate` (not before the notice period ends): paid now when no earlier
   * redemption waits and it fits in the year's room; otherwise it joins the queue (answered with `queued: true`).
   */
  complete(
    ctx: RequestContext,
    cooperativeId: string,
    id: string,
    input: RequestCompletionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId, 'update');
      const request = await this.requests.find(ctx, REDEMPTION, cooperativeId, id, true);
      nextRequestStatus(request.status, 'complete');
      const date = input.effectiveDate;
      assertNotBeforeRequest(date, request);
      assertPayable(request.payableFrom!, date);
      const holding = (await this.ledger.lockHoldings(ctx, cooperativeId, [request.memberId])).get(request.memberId)!;
      if (holding.lastEffectiveDate !== null && date < holding.lastEffectiveDate) {
        throw new MembershipError(
          'EFFECTIVE_DATE_OUT_OF_ORDER',
          `The effective date ${date} precedes the member's latest capital entry (${holding.lastEffectiveDate}).`,
        );
      }
      redemptionFor(asRedemption(request), holding, settings.par); // the clear error first (e.g. open requests)

      const ahead: { n: number }[] = await ctx.manager.query(
        `SELECT count(*)::int AS n FROM capital_requests
          WHERE cooperative_id = $1 AND kind = 'redemption' AND status = 'approved' AND queued_at IS NOT NULL
            AND (requested_on, seq) < ($2::date, $3::bigint)`,
        [cooperativeId, request.requestedOn, request.seq],
      );
      const room = ahead[0].n > 0 ? null : await this.room(ctx, cooperativeId, settings, date);
      const [planned] =
        room === null
          ? []
          : planRedemptions([asRedemption(request)], new Map([[request.memberId, holding]]), settings.par, room, date);
      if (planned) {
        await this.pay(ctx, cooperativeId, settings, request, planned.change, date, input.reference ?? null);
      } else if (request.queuedAt === null) {
        request.queuedAt = new Date();
        await ctx.manager.save(CapitalRequest, request);
        await this.requests.record(ctx, REDEMPTION, request, settings.scale, 'queued', {
          effectiveDate: date,
          earlierInQueue: ahead[0].n,
        });
      }
      return mapRequest(request, settings.scale);
    });
  }

  /** Pays the queue in order on `effectiveDate`, while the year's room lasts (see the top of this file). */
  processQueue(ctx: RequestContext, cooperativeId: string, effectiveDate: string): Promise<RedemptionQueueResultDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId, 'update');
      const queue = await ctx.manager
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
        ctx,
        cooperativeId,
        queue.map((r) => r.memberId),
      );
      const room = await this.room(ctx, cooperativeId, settings, effectiveDate);
      const planned = planRedemptions(queue.map(asRedemption), holdings, settings.par, room, effectiveDate);
      const completed: CapitalRequestResponseDto[] = [];
      for (const plan of planned) {
        const request = queue.find((r) => r.id === plan.id)!;
        await this.pay(ctx, cooperativeId, settings, request, plan.change, effectiveDate, null);
        completed.push(mapRequest(request, settings.scale));
      }
      const year = effectiveDate.slice(0, 4);
      return {
        effectiveDate,
        annualCap: asMoney(await this.capOf(ctx, cooperativeId, settings, year), settings),
        redeemedInYear: asMoney(await this.redeemedIn(ctx, cooperativeId, year), settings),
        completed,
        stillQueued: queue.length - planned.length,
      };
    });
  }

  /** Posts a redemption entry and closes the request; the shares it committed are released first. */
  private async pay(
    ctx: TxContext,
    cooperativeId: string,
    settings: CapitalSettings,
    request: CapitalRequest,
    change: ReturnType<typeof redemptionFor>,
    date: string,
    reference: string | null,
  ): Promise<void> {
    await this.ledger.commit(ctx, cooperativeId, request.memberId, -request.shares);
    const [entry] = await this.ledger.post(ctx, cooperativeId, [
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
    await this.requests.markCompleted(ctx, request, date, amount);
    await this.requests.record(ctx, REDEMPTION, request, settings.scale, 'completed', {
      effectiveDate: date,
      sharesRedeemed: -change.shares,
      amount,
      entryId: String(entry.id),
      fromQueue: request.queuedAt !== null,
    });
  }

  /** Room left in the year of `date` under the annual redemption cap (may be negative after a lowered cap). */
  private async room(ctx: TxContext, cooperativeId: string, settings: CapitalSettings, date: string): Promise<string> {
    const year = date.slice(0, 4);
    const cap = await this.capOf(ctx, cooperativeId, settings, year);
    return new Dec(cap).minus(await this.redeemedIn(ctx, cooperativeId, year)).toFixed();
  }

  /** The year's cap: a % of the paid-up capital on the last day of the previous year (the one definition). */
  private async capOf(ctx: TxContext, cooperativeId: string, settings: CapitalSettings, year: string) {
    const yearEnd = `${String(Number(year) - 1).padStart(4, '0')}-12-31`;
    const capital = await totalPaidUpOn(ctx.manager, cooperativeId, yearEnd);
    return annualCap(capital, settings.annualCapPercent, settings.scale);
  }

  private async redeemedIn(ctx: TxContext, cooperativeId: string, year: string): Promise<string> {
    const [row]: { redeemed: string }[] = await ctx.manager.query(
      `SELECT (-coalesce(sum(paid_up_delta), 0))::text AS redeemed FROM capital_entries
        WHERE cooperative_id = $1 AND kind = 'redemption' AND effective_date BETWEEN $2 AND $3`,
      [cooperativeId, `${year}-01-01`, `${year}-12-31`],
    );
    return row.redeemed;
  }
}

function asRedemption(r: CapitalRequest): RedemptionRequest {
  return { id: r.id, memberId: r.memberId, shares: r.shares, allShares: r.allShares, payableFrom: r.payableFrom! };
}
