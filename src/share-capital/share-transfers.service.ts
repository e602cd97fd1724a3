/**
 * Transfers of fully paid shares from one member to another, at par, as requests (capital-request-steps.ts). The
 * treasurer records, completes or cancels; the board approves or rejects. Completion re-checks everything under the
 * locks (recipient active and under the cap, dates in order) and posts transfer_out and transfer_in together.
 */
import { Injectable } from '@nestjs/common';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { CommonError } from '../common/errors/common.errors.js';
import { TransactionHelper } from '../database/transaction.js';
import { MEMBER_STATUSES_IN_MEMBERSHIP } from '../membership/member-lifecycle.rules.js';
import {
  assertEntryDate,
  assertStatus,
  CapitalLedger,
  type CapitalSettings,
  type LockedHolding,
} from './capital-ledger.js';
import {
  assertNotBeforeRequest,
  CapitalRequestSteps,
  type RequestKindOf,
  RequestsOfKind,
} from './capital-request-steps.js';
import type { CapitalRequestResponseDto, RequestCompletionDto, TransferCreateDto } from './capital-requests.dto.js';
import { ShareCapitalError } from './share-capital.errors.js';
import {
  applyChange,
  assertCanCommit,
  assertWithinCap,
  nextRequestStatus,
  transferChanges,
} from './share-capital.rules.js';

const TRANSFER: RequestKindOf = {
  kind: 'transfer',
  auditTarget: 'share_transfer',
  notFound: () => new ShareCapitalError('TRANSFER_NOT_FOUND', 'No such share transfer in this cooperative.'),
};

@Injectable()
export class ShareTransfersService extends RequestsOfKind {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly ledger: CapitalLedger,
    requests: CapitalRequestSteps,
  ) {
    super(requests, TRANSFER);
  }

  /** A transfer of fully paid shares from one member to another, at par. */
  request(ctx: RequestContext, cooperativeId: string, input: TransferCreateDto): Promise<CapitalRequestResponseDto> {
    if (input.fromMemberId === input.toMemberId) {
      throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
        { field: 'toMemberId', message: 'toMemberId must be another member than fromMemberId' },
      ]);
    }
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId, 'share');
      const ids = [input.fromMemberId, input.toMemberId];
      const members = await this.ledger.lockMembers(ctx, cooperativeId, ids);
      assertStatus(members.get(input.fromMemberId)!, MEMBER_STATUSES_IN_MEMBERSHIP, 'transfer shares');
      assertStatus(members.get(input.toMemberId)!, ['active'], 'receive shares');
      const holdings = await this.ledger.lockHoldings(ctx, cooperativeId, ids);
      const from = holdings.get(input.fromMemberId)!;
      assertCanCommit(from, input.shares, {
        par: settings.par,
        minShares: settings.minShares,
        inMembership: true,
        takesAll: false,
      });
      await this.assertRecipientCap(ctx, cooperativeId, holdings.get(input.toMemberId)!, input.shares, settings);
      return this.requests.open(ctx, TRANSFER, cooperativeId, settings, {
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

  /** Completes an approved transfer: the two entries (out and in) post together, at par. */
  complete(
    ctx: RequestContext,
    cooperativeId: string,
    id: string,
    input: RequestCompletionDto,
  ): Promise<CapitalRequestResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const settings = await this.ledger.settings(ctx, cooperativeId, 'share');
      const request = await this.requests.find(ctx, TRANSFER, cooperativeId, id, true);
      nextRequestStatus(request.status, 'complete');
      const toId = request.toMemberId!;
      const ids = [request.memberId, toId];
      const members = await this.ledger.lockMembers(ctx, cooperativeId, ids);
      assertStatus(members.get(toId)!, ['active'], 'receive shares');
      const holdings = await this.ledger.lockHoldings(ctx, cooperativeId, ids);
      const date = input.effectiveDate;
      assertNotBeforeRequest(date, request);
      for (const memberId of ids) assertEntryDate(date, members.get(memberId)!, holdings.get(memberId)!);

      const changes = transferChanges(request.shares, settings.par);
      const from = holdings.get(request.memberId)!;
      applyChange({ ...from, committed: from.committed - request.shares }, changes.out);
      await this.assertRecipientCap(ctx, cooperativeId, holdings.get(toId)!, request.shares, settings);

      await this.ledger.commit(ctx, cooperativeId, request.memberId, -request.shares);
      const common = { effectiveDate: date, par: settings.par, requestId: request.id, reference: input.reference };
      const entries = await this.ledger.post(ctx, cooperativeId, [
        {
          ...common,
          memberId: request.memberId,
          kind: 'transfer_out',
          change: changes.out,
          counterpartyMemberId: toId,
        },
        { ...common, memberId: toId, kind: 'transfer_in', change: changes.in, counterpartyMemberId: request.memberId },
      ]);
      await this.requests.markCompleted(ctx, request, date, changes.in.paidUp);
      return this.requests.record(ctx, TRANSFER, request, settings.scale, 'completed', {
        effectiveDate: date,
        amount: changes.in.paidUp,
        entryIds: entries.map((e) => String(e.id)),
      });
    });
  }

  /** The recipient's cap (count and % of paid-up capital, which a transfer does not change). */
  private async assertRecipientCap(
    ctx: TxContext,
    cooperativeId: string,
    recipient: LockedHolding,
    shares: number,
    settings: CapitalSettings,
  ): Promise<void> {
    const after = applyChange(recipient, transferChanges(shares, settings.par).in);
    const total = settings.maxPercent === null ? '0' : await this.ledger.totalPaidUp(ctx, cooperativeId);
    assertWithinCap(after, total, settings);
  }
}
