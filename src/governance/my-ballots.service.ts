/**
 * A member's own view of the ballots: whether they may vote on each, whether (and by which route) a vote was
 * counted for them, and on an open ballot their current vote and its history. Reads only.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { findBallot } from './ballot-results.service.js';
import type { MyBallotDto } from './vote.dto.js';
import { Ballot } from './ballot.entity.js';
import { callerMemberId } from './governance.access.js';
import { createdAtCursor } from './governance.cursors.js';
import { mapBallot } from './governance.mapper.js';
import type { ParticipationVia, StoredSelection } from './governance.rules.js';

@Injectable()
export class MyBallotsService {
  constructor(private readonly tx: TransactionHelper) {}

  /** The caller's standing on one ballot: eligibility, participation, and for open ballots their vote and history. */
  async mine(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<MyBallotDto> {
    const manager = this.tx.managerOf(ctx);
    const memberId = await callerMemberId(ctx, manager, cooperativeId);
    const ballot = await findBallot(manager, cooperativeId, ballotId);
    const [standing] = await standings(manager, cooperativeId, memberId, [ballot.id]);
    const history: {
      selection: StoredSelection;
      via: ParticipationVia;
      cast_by_member_id: string;
      recorded_at: Date;
    }[] = ballot.secret
      ? []
      : await manager.query(
          `SELECT selection, via, cast_by_member_id, recorded_at FROM ballot_vote_history
              WHERE cooperative_id = $1 AND ballot_id = $2 AND member_id = $3 ORDER BY id`,
          [cooperativeId, ballotId, memberId],
        );
    return {
      ballot: mapBallot(ballot),
      ...standing,
      history: history.map((h) => ({
        selection: h.selection,
        via: h.via,
        castByMemberId: h.cast_by_member_id,
        recordedAt: h.recorded_at.toISOString(),
      })),
    };
  }

  /** The caller's ballots (every ballot past draft), newest first; history is in the one-ballot view. */
  async myBallots(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<Page<MyBallotDto>> {
    const manager = this.tx.managerOf(ctx);
    const memberId = await callerMemberId(ctx, manager, cooperativeId);
    const qb = manager
      .createQueryBuilder(Ballot, 'b')
      .where("b.cooperative_id = :cooperativeId AND b.status <> 'draft'", { cooperativeId })
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor)
      qb.andWhere('(b.created_at, b.id) < (:at::timestamptz, :id::uuid)', createdAtCursor(query.cursor));
    const ballots = await qb.getMany();
    const byId = new Map(
      (
        await standings(
          manager,
          cooperativeId,
          memberId,
          ballots.map((b) => b.id),
        )
      ).map((s, i) => [ballots[i].id, s]),
    );
    return toPage(
      ballots,
      query.limit,
      (b) => [b.createdAt.toISOString(), b.id],
      (b) => ({ ballot: mapBallot(b), ...byId.get(b.id)!, history: [] }),
    );
  }
}

/** The caller's standing on each ballot, in the order of `ballotIds`. */
async function standings(
  manager: EntityManager,
  cooperativeId: string,
  memberId: string,
  ballotIds: string[],
): Promise<Omit<MyBallotDto, 'ballot' | 'history'>[]> {
  if (ballotIds.length === 0) return [];
  const rows: {
    ballot_id: string;
    eligible: boolean;
    via: ParticipationVia | null;
    cast_by_member_id: string | null;
    selection: StoredSelection;
  }[] = await manager.query(
    `SELECT b.id AS ballot_id,
            EXISTS (SELECT 1 FROM ballot_electorate e
                     WHERE e.cooperative_id = b.cooperative_id AND e.ballot_id = b.id AND e.member_id = $2) AS eligible,
            p.via, p.cast_by_member_id, v.selection
       FROM ballots b
       LEFT JOIN ballot_participations p
         ON p.cooperative_id = b.cooperative_id AND p.ballot_id = b.id AND p.member_id = $2
       LEFT JOIN ballot_roll_call_votes v
         ON v.cooperative_id = b.cooperative_id AND v.ballot_id = b.id AND v.member_id = $2
      WHERE b.cooperative_id = $1 AND b.id = ANY($3::uuid[])`,
    [cooperativeId, memberId, ballotIds],
  );
  const byId = new Map(rows.map((r) => [r.ballot_id, r]));
  return ballotIds.map((id) => {
    const r = byId.get(id)!;
    return {
      eligible: r.eligible,
      voted: r.via !== null,
      via: r.via,
      castByMemberId: r.cast_by_member_id,
      selection: r.selection ?? null,
    };
  });
}
