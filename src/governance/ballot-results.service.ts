/**
 * Everything readable about a ballot: the ballot and the list, the result, the frozen roll, and after closing the
 * receipts, the anonymous choices and the roll-call votes. Nothing about votes is visible before the ballot closes.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import type { BallotListQueryDto, BallotResponseDto } from './ballot.dto.js';
import type {
  AnonymousChoicePageDto,
  BallotResultDto,
  ElectoratePageDto,
  ReceiptPageDto,
  RollCallVotePageDto,
} from './ballot-results.dto.js';
import { Ballot } from './ballot.entity.js';
import {
  createdAtCursor,
  FIRST_UUID,
  memberNumberCursor,
  positionCursor,
  receiptCursor,
  uuidCursor,
} from './governance.cursors.js';
import { ballotNotFound, GovernanceError } from './governance.errors.js';
import { mapBallot, mapResult } from './governance.mapper.js';
import { RECEIPT_BYTES, receiptCodeAt, type StoredSelection } from './governance.rules.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import { PUBLISHED_CHUNK } from './secret-publication.rules.js';

/** Chunks after the first that a page of `limit` (+1) rows can reach. */
const chunksReached = (limit: number) => Math.ceil((limit + 1) / PUBLISHED_CHUNK);

@Injectable()
export class BallotResultsService {
  constructor(private readonly tx: TransactionHelper) {}

  async get(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return mapBallot(await findBallot(this.tx.managerOf(ctx), cooperativeId, ballotId));
  }

  /** Newest first. */
  async list(ctx: RequestContext, cooperativeId: string, query: BallotListQueryDto): Promise<Page<BallotResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(Ballot, 'b')
      .where('b.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.assemblyId) qb.andWhere('b.assembly_id = :assemblyId', { assemblyId: query.assemblyId });
    if (query.cursor)
      qb.andWhere('(b.created_at, b.id) < (:at::timestamptz, :id::uuid)', createdAtCursor(query.cursor));
    return toPage(await qb.getMany(), query.limit, (b) => [b.createdAt.toISOString(), b.id], mapBallot);
  }

  /** The result: never before the ballot closes. */
  async results(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<BallotResultDto> {
    const ballot = await findBallot(this.tx.managerOf(ctx), cooperativeId, ballotId);
    assertResultsVisible(ballot);
    if (ballot.result === null) {
      throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'The counts of this in-assembly ballot are not recorded yet.');
    }
    return mapResult(ballot, ballot.result);
  }

  /** The frozen roll, by member id (the order of the fingerprint). */
  async electorate(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    query: PageQueryDto,
  ): Promise<ElectoratePageDto> {
    const manager = this.tx.managerOf(ctx);
    const ballot = await findBallot(manager, cooperativeId, ballotId);
    if (ballot.status === 'draft') {
      throw new GovernanceError('BALLOT_NOT_OPEN', 'The electorate is frozen when the ballot opens.');
    }
    const after = query.cursor ? uuidCursor(query.cursor) : FIRST_UUID;
    const rows: { member_id: string; member_number: number; name: string }[] = await manager.query(
      `SELECT e.member_id, m.member_number, m.name
         FROM ballot_electorate e JOIN (${memberDirectorySql('$1')}) m ON m.id = e.member_id
        WHERE e.cooperative_id = $1 AND e.ballot_id = $2 AND e.member_id > $3
        ORDER BY e.member_id LIMIT $4`,
      [cooperativeId, ballotId, after, query.limit + 1],
    );
    const page = toPage(
      rows,
      query.limit,
      (r) => [r.member_id],
      (r) => ({ memberId: r.member_id, memberNumber: r.member_number, name: r.name }),
    );
    return { electorateSize: ballot.electorateSize!, electorateFingerprint: ballot.electorateFingerprint!, ...page };
  }

  /**
   * A closed secret ballot's counted receipt codes, sorted: from the last chunk whose first receipt is not after the
   * cursor's, the chunks a page can reach (a page of up to 200 spans at most two of PUBLISHED_CHUNK).
   */
  async receipts(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    query: PageQueryDto,
  ): Promise<ReceiptPageDto> {
    const manager = this.tx.managerOf(ctx);
    await closedSecret(manager, cooperativeId, ballotId);
    const after = query.cursor ? receiptCursor(query.cursor) : Buffer.alloc(0);
    const chunks: { receipts: Buffer }[] = await manager.query(
      `WITH start AS (
         SELECT coalesce(max(chunk), 0) AS chunk FROM ballot_published_receipts
          WHERE cooperative_id = $1 AND ballot_id = $2 AND first_receipt <= $3
       )
       SELECT p.receipts FROM start, ballot_published_receipts p
        WHERE p.cooperative_id = $1 AND p.ballot_id = $2 AND p.chunk BETWEEN start.chunk AND start.chunk + $4
        ORDER BY p.chunk`,
      [cooperativeId, ballotId, after, chunksReached(query.limit)],
    );
    const codes: string[] = [];
    for (const { receipts } of chunks) {
      for (let at = 0; at < receipts.length && codes.length <= query.limit; at += RECEIPT_BYTES) {
        if (receipts.compare(after, 0, after.length, at, at + RECEIPT_BYTES) > 0)
          codes.push(receiptCodeAt(receipts, at));
      }
    }
    return toPage(
      codes,
      query.limit,
      (code) => [code],
      (code) => code,
    );
  }

  /**
   * A closed secret ballot's choices, in the random order fixed at closing, with neither voter nor receipt; the
   * cursor is the position of the last one seen.
   */
  async anonymousChoices(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    query: PageQueryDto,
  ): Promise<AnonymousChoicePageDto> {
    const manager = this.tx.managerOf(ctx);
    await closedSecret(manager, cooperativeId, ballotId);
    const first = query.cursor ? positionCursor(query.cursor) + 1 : 0;
    const rows: { position: string; selection: StoredSelection }[] = await manager.query(
      `SELECT p.chunk::bigint * ${PUBLISHED_CHUNK} + s.n - 1 AS position, s.selection
         FROM ballot_published_choices p
        CROSS JOIN LATERAL json_array_elements(p.selections) WITH ORDINALITY s(selection, n)
        WHERE p.cooperative_id = $1 AND p.ballot_id = $2
          AND p.chunk BETWEEN $3::bigint / ${PUBLISHED_CHUNK} AND ($3::bigint + $4) / ${PUBLISHED_CHUNK}
          AND p.chunk::bigint * ${PUBLISHED_CHUNK} + s.n - 1 >= $3
        ORDER BY position LIMIT $4`,
      [cooperativeId, ballotId, first, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (r) => [Number(r.position)],
      (r) => ({ selection: r.selection }),
    );
  }

  /** A closed open ballot's votes: who voted what (DOMAIN.md: shown to the members), by member number. */
  async rollCallVotes(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    query: PageQueryDto,
  ): Promise<RollCallVotePageDto> {
    const manager = this.tx.managerOf(ctx);
    const ballot = await findBallot(manager, cooperativeId, ballotId);
    if (ballot.secret) throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'A secret ballot has no roll-call.');
    assertResultsVisible(ballot);
    const after = query.cursor ? memberNumberCursor(query.cursor) : 0;
    const rows: {
      member_id: string;
      member_number: number;
      name: string;
      selection: StoredSelection;
      via: 'self' | 'proxy' | 'roll_call';
      cast_by_member_id: string;
    }[] = await manager.query(
      `SELECT v.member_id, m.member_number, m.name, v.selection, p.via, p.cast_by_member_id
         FROM ballot_roll_call_votes v
         JOIN ballot_participations p
           ON p.cooperative_id = v.cooperative_id AND p.ballot_id = v.ballot_id AND p.member_id = v.member_id
         JOIN (${memberDirectorySql('$1')}) m ON m.id = v.member_id
        WHERE v.cooperative_id = $1 AND v.ballot_id = $2 AND m.member_number > $3
        ORDER BY m.member_number LIMIT $4`,
      [cooperativeId, ballotId, after, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (r) => [r.member_number],
      (r) => ({
        memberId: r.member_id,
        memberNumber: r.member_number,
        name: r.name,
        selection: r.selection,
        via: r.via,
        castByMemberId: r.cast_by_member_id,
      }),
    );
  }
}

/** The ballot of this cooperative, or 404. */
export async function findBallot(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<Ballot> {
  const ballot = await manager.findOneBy(Ballot, { cooperativeId, id: ballotId });
  if (!ballot) throw ballotNotFound();
  return ballot;
}

async function closedSecret(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<Ballot> {
  const ballot = await findBallot(manager, cooperativeId, ballotId);
  if (!ballot.secret) throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'Only a secret ballot has receipts.');
  assertResultsVisible(ballot);
  return ballot;
}

function assertResultsVisible(ballot: Ballot): void {
  if (ballot.status === 'draft' || ballot.status === 'open') {
    throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'Nothing about the votes is visible before the ballot closes.');
  }
}
