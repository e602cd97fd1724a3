/**
 * Casting votes. One counted vote per member per ballot is the participation table's primary key
 * (cooperative, ballot, member): whatever the concurrency and however many API processes, a second INSERT for the
 * same member waits for the first to commit and then finds the key taken. A proxy holder's vote for a member uses
 * the same key, so a member's own vote and a proxy vote for them never both count.
 *
 * Each vote holds a FOR KEY SHARE lock on the ballot row: votes do not block each other, but closing (FOR UPDATE)
 * waits for the votes in flight, and a vote that waited sees the ballot closed.
 */
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { callingUserId } from '../auth/caller.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import type { RollCallEntryDto, VoteCastDto, VoteCastResponseDto } from './vote.dto.js';
import { callerMemberId } from './governance.access.js';
import {
  type BallotStatus,
  formatReceiptCode,
  RECEIPT_BYTES,
  type ParticipationVia,
  type StoredSelection,
  toStoredSelection,
  votingWindow,
} from './governance.rules.js';
import { type BallotKind, BallotRuleError, validateBallotChoice } from './tally.rules.js';
import { ballotNotFound, GovernanceError } from './governance.errors.js';
import { BallotSealer } from './ballot-sealer.js';
import type { SealScheme } from './ballot-seal.rules.js';
import { OWN_FIRST_VOTE_SQL, OWN_VOTE_READ_SQL } from './vote.sql.js';

interface VotingBallot {
  id: string;
  kind: BallotKind;
  mode: 'electronic' | 'in_assembly';
  in_assembly_method: 'counts' | 'roll_call' | null;
  secret: boolean;
  options: string[];
  seats: number | null;
  status: BallotStatus;
  opens_at: Date | null;
  closes_at: Date | null;
  assembly_id: string | null;
  seal_key_check: Buffer | null;
  seal_scheme: SealScheme | null;
  now: Date;
}

interface Cast {
  memberId: string;
  castBy: string;
  via: ParticipationVia;
  proxyId: string | null;
  selection: StoredSelection;
}

@Injectable()
export class VoteService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly sealer: BallotSealer,
  ) {}

  /** A member votes electronically, for themself or, holding their proxy, for another member. */
  async cast(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: VoteCastDto,
  ): Promise<VoteCastResponseDto> {
    if (input.onBehalfOfMemberId === undefined) {
      const cast = await this.castOwnFirstVote(ctx, cooperativeId, ballotId, input);
      if (cast) return cast;
    }
    return this.castInTransaction(ctx, cooperativeId, ballotId, input);
  }

  /**
   * The common case, a member's first vote for themself, in two statements: one read (the ballot, the caller's
   * member record, whether they are on the roll), then ONE statement that takes the ballot's FOR KEY SHARE lock only
   * if voting is still open at that instant and writes the participation, the vote and the audit entry, atomically
   * as any single statement (and inside the Idempotency-Key's transaction when there is one). The participation's
   * primary key decides between concurrent votes exactly as in castInTransaction. Anything else (not on the roll,
   * not open, already voted, changing an open vote) returns null: castInTransaction then gives the exact answer.
   */
  private async castOwnFirstVote(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: VoteCastDto,
  ): Promise<VoteCastResponseDto | null> {
    // The Idempotency-Key's transaction when there is one, else each statement on its own.
    const manager = this.tx.managerOf(ctx);
    const [ballot]: (VotingBallot & { voter: string | null; on_roll: boolean })[] = await manager.query(
      OWN_VOTE_READ_SQL,
      [cooperativeId, ballotId, callingUserId(ctx)],
    );
    if (!ballot?.voter || !ballot.on_roll || ballot.mode !== 'electronic') return null;
    if (
      votingWindow({ status: ballot.status, opensAt: ballot.opens_at, closesAt: ballot.closes_at }, ballot.now) !==
      'open'
    ) {
      return null;
    }
    const selection = selectionOf(ballot, input.selection);
    const memberId = ballot.voter;
    const receipt = ballot.secret ? randomBytes(RECEIPT_BYTES) : null;
    const receiptCode = receipt === null ? null : formatReceiptCode(receipt);
    // A secret vote's selection reaches the database only sealed; an open vote's only in plain.
    const sealed = receipt === null ? null : this.sealer.seal(ballot, selection, receipt);
    const plain = receiptCode === null ? JSON.stringify(selection) : null;
    const audit = this.audit.values(ctx, {
      cooperativeId,
      action: 'ballot.vote_cast',
      targetType: 'ballot',
      targetId: ballotId,
      summary: { memberId, via: 'self', castByMemberId: memberId },
    });
    const [written]: { cast: number }[] = await manager.query(OWN_FIRST_VOTE_SQL, [
      cooperativeId,
      ballotId,
      memberId,
      plain,
      sealed,
      ...audit,
    ]);
    if (written.cast === 0) return null;
    return {
      ballotId,
      memberId,
      via: 'self',
      secret: ballot.secret,
      selection: ballot.secret ? null : selection,
      version: 1,
      ...(receiptCode ? { receiptCode } : {}),
    };
  }

  /** Every vote, in one transaction: the way of proxies, vote changes and every refusal. */
  private async castInTransaction(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: VoteCastDto,
  ): Promise<VoteCastResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const voter = await callerMemberId(ctx, manager, cooperativeId);
      const ballot = await lockForVoting(manager, cooperativeId, ballotId);
      if (ballot.mode !== 'electronic') {
        throw new GovernanceError(
          'WRONG_VOTING_MODE',
          'This ballot is voted in the assembly: the secretary records it.',
        );
      }
      assertVotingOpen(ballot);
      const selection = selectionOf(ballot, input.selection);
      if (!(await onRoll(manager, cooperativeId, ballotId, voter))) {
        throw new GovernanceError('NOT_IN_ELECTORATE', 'You are not on the electorate of this ballot.');
      }
      const memberId = input.onBehalfOfMemberId ?? voter;
      let cast: Cast = { memberId, castBy: voter, via: 'self', proxyId: null, selection };
      if (memberId !== voter) {
        if (!(await onRoll(manager, cooperativeId, ballotId, memberId))) {
          throw new GovernanceError(
            'NOT_IN_ELECTORATE',
            'The member you represent is not on the electorate of this ballot.',
          );
        }
        // Marking the proxy used takes its row lock: a revocation racing with this vote runs before or after it.
        // TypeORM answers an UPDATE with [rows, count].
        const [proxies]: [{ id: string }[], number] = await manager.query(
          `UPDATE proxies SET used = true
            WHERE cooperative_id = $1 AND grantor_member_id = $2 AND holder_member_id = $3 AND revoked_at IS NULL
              AND (ballot_id = $4 OR assembly_id = $5)
            RETURNING id`,
          [cooperativeId, memberId, voter, ballotId, ballot.assembly_id],
        );
        if (proxies.length === 0) {
          throw new GovernanceError('PROXY_NOT_FOUND', 'You hold no live proxy from this member for this ballot.');
        }
        cast = { ...cast, via: 'proxy', proxyId: proxies[0].id };
      }
      return this.record(ctx, cooperativeId, ballot, cast);
    });
  }

  /** The secretary records a present (or represented) member's vote in an in-assembly roll-call. */
  async recordRollCall(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: RollCallEntryDto,
  ): Promise<VoteCastResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lockForVoting(manager, cooperativeId, ballotId);
      if (ballot.mode !== 'in_assembly' || ballot.in_assembly_method !== 'roll_call') {
        throw new GovernanceError(
          'WRONG_VOTING_MODE',
          'A roll-call is recorded for in_assembly ballots with method roll_call.',
        );
      }
      assertVotingOpen(ballot);
      const selection = selectionOf(ballot, input.selection);
      const attendance: { mode: 'in_person' | 'proxy'; proxy_id: string | null; holder: string | null }[] =
        await manager.query(
          `SELECT a.mode, a.proxy_id, p.holder_member_id AS holder
             FROM assembly_attendance a
             LEFT JOIN proxies p ON p.cooperative_id = a.cooperative_id AND p.id = a.proxy_id
            WHERE a.cooperative_id = $1 AND a.assembly_id = $2 AND a.member_id = $3`,
          [cooperativeId, ballot.assembly_id, input.memberId],
        );
      if (attendance.length === 0) {
        throw new GovernanceError('NOT_ATTENDING', 'This member is not on the attendance register of the assembly.');
      }
      if (!(await onRoll(manager, cooperativeId, ballotId, input.memberId))) {
        throw new GovernanceError('NOT_IN_ELECTORATE', 'This member is not on the electorate of this ballot.');
      }
      const { mode, proxy_id, holder } = attendance[0];
      const cast: Cast =
        mode === 'proxy'
          ? { memberId: input.memberId, castBy: holder!, via: 'proxy', proxyId: proxy_id, selection }
          : { memberId: input.memberId, castBy: input.memberId, via: 'roll_call', proxyId: null, selection };
      return this.record(ctx, cooperativeId, ballot, cast);
    });
  }

  /**
   * Writes one vote. The participation INSERT is the one-vote guarantee. On an open ballot, a second vote by the
   * same route (the member again, or the same proxy holder) changes the vote, and the history keeps both; any
   * other second vote is ALREADY_VOTED. A secret ballot's vote never changes.
   */
  private async record(
    ctx: TxContext,
    cooperativeId: string,
    ballot: VotingBallot,
    cast: Cast,
  ): Promise<VoteCastResponseDto> {
    const { manager } = ctx;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ballot_participations (cooperative_id, ballot_id, member_id, via, cast_by_member_id, proxy_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING member_id`,
      [cooperativeId, ballot.id, cast.memberId, cast.via, cast.castBy, cast.proxyId],
    );
    const selectionJson = JSON.stringify(cast.selection);
    const response = { ballotId: ballot.id, memberId: cast.memberId, via: cast.via, secret: ballot.secret };
    if (inserted.length === 0) {
      const [existing]: { via: ParticipationVia; cast_by_member_id: string }[] = await manager.query(
        `SELECT via, cast_by_member_id FROM ballot_participations
          WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = $3`,
        [cooperativeId, ballot.id, cast.memberId],
      );
      const sameRoute = existing.via === cast.via && existing.cast_by_member_id === cast.castBy;
      if (ballot.secret || !sameRoute) {
        throw new GovernanceError(
          'ALREADY_VOTED',
          ballot.secret
            ? 'A vote was already cast for this member on this secret ballot; it cannot be changed.'
            : 'A vote was already cast for this member by another route (in person or by proxy).',
        );
      }
      const [[changed]]: [{ version: number }[], number] = await manager.query(
        `UPDATE ballot_roll_call_votes SET selection = $4::jsonb, version = version + 1, updated_at = now()
          WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = $3 RETURNING version`,
        [cooperativeId, ballot.id, cast.memberId, selectionJson],
      );
      await this.history(manager, cooperativeId, ballot.id, cast, selectionJson);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.vote_changed',
        targetType: 'ballot',
        targetId: ballot.id,
        summary: { memberId: cast.memberId, via: cast.via, castByMemberId: cast.castBy, version: changed.version },
      });
      return { ...response, selection: cast.selection, version: changed.version };
    }

    let receiptCode: string | undefined;
    if (ballot.secret) {
      // Sealed; no member, no time, a random id: see ballot-votes.entity.ts.
      const receipt = randomBytes(RECEIPT_BYTES);
      receiptCode = formatReceiptCode(receipt);
      await manager.query(
        `INSERT INTO ballot_sealed_votes (id, cooperative_id, ballot_id, sealed) VALUES (gen_random_uuid(), $1, $2, $3)`,
        [cooperativeId, ballot.id, this.sealer.seal(ballot, cast.selection, receipt)],
      );
    } else {
      await manager.query(
        `INSERT INTO ballot_roll_call_votes (cooperative_id, ballot_id, member_id, selection, version)
         VALUES ($1, $2, $3, $4::jsonb, 1)`,
        [cooperativeId, ballot.id, cast.memberId, selectionJson],
      );
      await this.history(manager, cooperativeId, ballot.id, cast, selectionJson);
    }
    // The audit entry says who voted (public participation), never what.
    await this.audit.record(ctx, {
      cooperativeId,
      action: 'ballot.vote_cast',
      targetType: 'ballot',
      targetId: ballot.id,
      summary: { memberId: cast.memberId, via: cast.via, castByMemberId: cast.castBy },
    });
    return {
      ...response,
      selection: ballot.secret ? null : cast.selection,
      version: 1,
      ...(receiptCode ? { receiptCode } : {}),
    };
  }

  private async history(
    manager: EntityManager,
    cooperativeId: string,
    ballotId: string,
    cast: Cast,
    selectionJson: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ballot_vote_history (cooperative_id, ballot_id, member_id, selection, via, cast_by_member_id)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
      [cooperativeId, ballotId, cast.memberId, selectionJson, cast.via, cast.castBy],
    );
  }
}

async function lockForVoting(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<VotingBallot> {
  const rows: VotingBallot[] = await manager.query(
    `SELECT id, kind, mode, in_assembly_method, secret, options, seats, status, opens_at, closes_at, assembly_id,
            seal_key_check, seal_scheme, now() AS now
       FROM ballots WHERE cooperative_id = $1 AND id = $2 FOR KEY SHARE`,
    [cooperativeId, ballotId],
  );
  if (rows.length === 0) throw ballotNotFound();
  return rows[0];
}

function assertVotingOpen(ballot: VotingBallot): void {
  const window = votingWindow(
    { status: ballot.status, opensAt: ballot.opens_at, closesAt: ballot.closes_at },
    ballot.now,
  );
  if (window === 'before') throw new GovernanceError('BALLOT_NOT_OPEN', 'Voting has not opened yet.');
  if (window === 'after') throw new GovernanceError('BALLOT_CLOSED', 'Voting has closed.');
}

function selectionOf(ballot: VotingBallot, selection: unknown): StoredSelection {
  try {
    return toStoredSelection(validateBallotChoice(ballot.kind, ballot.options, ballot.seats, selection));
  } catch (error) {
    if (error instanceof BallotRuleError) throw new GovernanceError('INVALID_CHOICE', error.message);
    throw error;
  }
}

async function onRoll(manager: EntityManager, cooperativeId: string, ballotId: string, memberId: string) {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ballot_electorate WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = $3`,
    [cooperativeId, ballotId, memberId],
  );
  return rows.length > 0;
}
