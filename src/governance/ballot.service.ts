/**
 * Ballots: drafting, the lifecycle (open freezes the roll, close tallies, publish makes the result final), recorded
 * in-assembly counts, and everything readable about a ballot (the roll, results, receipts, anonymous choices,
 * roll-call votes). Every write locks the ballot row (FOR UPDATE) in one transaction with its audit entry; votes
 * hold a FOR KEY SHARE lock on the same row, so closing waits for votes in flight and no vote lands after the tally.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { latestToday } from '../membership/member.validators.js';
import { GeneralAssembly } from './assembly.entity.js';
import type {
  AnonymousChoicePageDto,
  BallotCreateDto,
  BallotListQueryDto,
  BallotResponseDto,
  BallotResultDto,
  BallotUpdateDto,
  ElectoratePageDto,
  QuorumDto,
  ReceiptPageDto,
  RecordedCountsDto,
  RollCallVotePageDto,
} from './ballot.dto.js';
import { Ballot } from './ballot.entity.js';
import { eligibleMembersSql, FINGERPRINT_SQL } from './electorate.sql.js';
import { VOTING_CONDITIONS, type VotingConditionsPort } from './governance.ports.js';
import {
  type AggregatedVotes,
  aggregateSelections,
  type BallotAction,
  ballotTransition,
  quorumOf,
  type RecordedCounts,
  type StoredResult,
  type StoredSelection,
  tallyBallot,
} from './governance.rules.js';
import { mapBallot, mapResult } from './governance.mapper.js';
import {
  BallotRuleError,
  MOTION_VOTES,
  quorumFromBylaws,
  type QuorumRule,
  validateBallotDefinition,
} from './tally.rules.js';
import { CommonError } from '../common/errors/common.errors.js';
import { GovernanceError } from './governance.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const ballotNotFound = () => new GovernanceError('BALLOT_NOT_FOUND', 'No such ballot in this cooperative.');
export const assemblyNotFound = () =>
  new GovernanceError('ASSEMBLY_NOT_FOUND', 'No such general assembly in this cooperative.');

const invalidDefinition = (message: string) => new GovernanceError('INVALID_BALLOT_DEFINITION', message);

@Injectable()
export class BallotService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    @Optional() @Inject(VOTING_CONDITIONS) private readonly conditions?: VotingConditionsPort,
  ) {}

  async create(cooperativeId: string, input: BallotCreateDto): Promise<BallotResponseDto> {
    return this.tx.run(async (manager) => {
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      let assembly: GeneralAssembly | null = null;
      if (input.assemblyId !== undefined) {
        assembly = await manager.findOneBy(GeneralAssembly, { cooperativeId, id: input.assemblyId });
        if (!assembly) throw assemblyNotFound();
        if (assembly.status === 'closed') {
          throw new GovernanceError('ASSEMBLY_NOT_IN_SESSION', 'The assembly is closed: it takes no more ballots.');
        }
      }
      if (input.mode === 'in_assembly' && assembly === null) {
        throw invalidDefinition('An in_assembly ballot belongs to an assembly: give assemblyId.');
      }
      if (input.mode === 'in_assembly' && input.inAssemblyMethod === undefined) {
        throw invalidDefinition("An in_assembly ballot needs inAssemblyMethod: 'counts' or 'roll_call'.");
      }
      if (input.mode === 'electronic' && input.inAssemblyMethod !== undefined) {
        throw invalidDefinition('inAssemblyMethod is for in_assembly ballots only.');
      }
      if (input.secret && input.inAssemblyMethod === 'roll_call') {
        throw invalidDefinition('A roll-call records who voted what: it cannot be secret (use counts).');
      }
      const draft: Partial<Ballot> = {
        cooperativeId,
        assemblyId: assembly?.id ?? null,
        kind: input.kind,
        mode: input.mode,
        inAssemblyMethod: input.inAssemblyMethod ?? null,
        secret: input.secret,
        status: 'draft',
        title: input.title,
        recordDate: input.recordDate,
        description: null,
        options: [],
        seats: null,
        majority: input.kind === 'motion' ? bylaws.defaultMajority : null,
        ...quorumColumns(quorumFromBylaws(bylaws)),
        opensAt: null,
        closesAt: null,
        agendaItem: null,
      };
      applyFields(draft, input, assembly);
      const inserted = await manager.insert(Ballot, draft);
      const ballot = await manager.findOneByOrFail(Ballot, { id: inserted.identifiers[0].id as string });
      await this.audit.record({
        cooperativeId,
        action: 'ballot.created',
        targetType: 'ballot',
        targetId: ballot.id,
        summary: { title: ballot.title, kind: ballot.kind, mode: ballot.mode, secret: ballot.secret },
      });
      return mapBallot(ballot);
    });
  }

  /** A draft's fields; kind, mode and secrecy are fixed at creation. */
  async update(cooperativeId: string, ballotId: string, input: BallotUpdateDto): Promise<BallotResponseDto> {
    return this.tx.run(async (manager) => {
      const ballot = await this.lock(manager, cooperativeId, ballotId);
      if (ballot.status !== 'draft') {
        throw new CommonError('ILLEGAL_TRANSITION', `A ${ballot.status} ballot cannot be edited: only a draft.`);
      }
      const assembly = ballot.assemblyId
        ? await manager.findOneByOrFail(GeneralAssembly, { cooperativeId, id: ballot.assemblyId })
        : null;
      const changes: Partial<Ballot> = { ...ballot };
      if (input.title !== undefined) changes.title = input.title;
      if (input.recordDate !== undefined) changes.recordDate = input.recordDate;
      applyFields(changes, input, assembly);
      await manager.update(Ballot, { id: ballot.id, cooperativeId }, pick(changes, DRAFT_COLUMNS));
      await this.audit.record({
        cooperativeId,
        action: 'ballot.updated',
        targetType: 'ballot',
        targetId: ballot.id,
        summary: { changed: Object.keys(input) },
      });
      return mapBallot(await manager.findOneByOrFail(Ballot, { id: ballot.id }));
    });
  }

  async get(cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return mapBallot(await this.find(this.tx.manager, cooperativeId, ballotId));
  }

  /** Newest first. */
  async list(cooperativeId: string, query: BallotListQueryDto): Promise<Page<BallotResponseDto>> {
    const qb = this.tx.manager
      .createQueryBuilder(Ballot, 'b')
      .where('b.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.assemblyId) qb.andWhere('b.assembly_id = :assemblyId', { assemblyId: query.assemblyId });
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!UUID.test(id) || Number.isNaN(Date.parse(at))) invalidCursor();
      qb.andWhere('(b.created_at, b.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    return toPage(await qb.getMany(), query.limit, (b) => [b.createdAt.toISOString(), b.id], mapBallot);
  }

  /**
   * Opens the ballot: freezes the electorate in ONE INSERT ... SELECT over the register as of the record date with
   * the bylaws' voting conditions, and computes the roll's fingerprint in the same statement.
   */
  async open(cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return this.tx.run(async (manager) => {
      const ballot = await this.lock(manager, cooperativeId, ballotId);
      assertTransition(ballot, 'open');
      if (ballot.recordDate > latestToday()) {
        throw new GovernanceError(
          'RECORD_DATE_NOT_REACHED',
          `The record date ${ballot.recordDate} has not come yet: the register as of that day is not known.`,
        );
      }
      if (ballot.closesAt !== null && ballot.closesAt.getTime() <= Date.now()) {
        throw invalidDefinition('closesAt has passed: change it before opening.');
      }
      if (ballot.mode === 'in_assembly') {
        const assembly = await manager.findOneByOrFail(GeneralAssembly, { cooperativeId, id: ballot.assemblyId! });
        if (assembly.status !== 'in_session') {
          throw new GovernanceError(
            'ASSEMBLY_NOT_IN_SESSION',
            'An in_assembly ballot opens while its assembly is in session.',
          );
        }
      }
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const roll: { size: number; fingerprint: string }[] = await manager.query(
        `WITH roll AS (
           INSERT INTO ballot_electorate (cooperative_id, ballot_id, member_id)
           SELECT m.cooperative_id, $2::uuid, m.id
           ${eligibleMembersSql(bylaws, this.conditions, '$1::uuid', '$3::date')}
           ORDER BY m.id -- appends to the roll's primary key in order
           RETURNING member_id
         )
         SELECT count(*)::int AS size, ${FINGERPRINT_SQL} AS fingerprint FROM roll`,
        [cooperativeId, ballotId, ballot.recordDate],
      );
      const { size, fingerprint } = roll[0];
      await manager.query(
        `UPDATE ballots SET status = 'open', opened_at = now(), electorate_size = $3, electorate_fingerprint = $4,
                updated_at = now()
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId, size, fingerprint],
      );
      await this.audit.record({
        cooperativeId,
        action: 'ballot.opened',
        targetType: 'ballot',
        targetId: ballotId,
        summary: {
          recordDate: ballot.recordDate,
          electorateSize: size,
          electorateFingerprint: fingerprint,
          votingConditions: votingConditionsApplied(bylaws),
        },
      });
      return mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
    });
  }

  /**
   * Closes the ballot and tallies it. An electronic ballot with a closing time closes only once that time has
   * passed (no early closing that would shut out voters). A secret ballot's contents are rewritten in a random order
   * (see governance.module.ts, "Secret ballots").
   */
  async close(cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return this.tx.run(async (manager) => {
      const ballot = await this.lock(manager, cooperativeId, ballotId);
      assertTransition(ballot, 'close');
      const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
      if (ballot.mode === 'electronic' && ballot.closesAt !== null && ballot.closesAt > now) {
        throw new GovernanceError(
          'BALLOT_STILL_RUNNING',
          `Voting runs until ${ballot.closesAt.toISOString()}: the ballot cannot close before.`,
        );
      }
      if (ballot.secret) await reshuffleSecretChoices(manager, cooperativeId, ballotId);
      const result = await this.computeResult(manager, ballot);
      await manager.query(
        `UPDATE ballots SET status = 'closed', closed_at = now(), result = $3, updated_at = now()
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId, result === null ? null : JSON.stringify(result)],
      );
      await this.audit.record({
        cooperativeId,
        action: 'ballot.closed',
        targetType: 'ballot',
        targetId: ballotId,
        summary: { participants: result?.participants ?? null, outcome: result?.outcome ?? 'counts_pending' },
      });
      return mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
    });
  }

  /** Publishes the result: final and immutable from then on (a trigger refuses any change to the ballot). */
  async publish(cooperativeId: string, ballotId: string): Promise<BallotResultDto> {
    return this.tx.run(async (manager) => {
      const ballot = await this.lock(manager, cooperativeId, ballotId);
      assertTransition(ballot, 'publish');
      if (ballot.result === null) {
        throw new GovernanceError('COUNTS_REQUIRED', 'Record the counts of this in-assembly ballot before publishing.');
      }
      await manager.query(
        `UPDATE ballots SET status = 'published', published_at = now(), updated_at = now()
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId],
      );
      await this.audit.record({
        cooperativeId,
        action: 'ballot.published',
        targetType: 'ballot',
        targetId: ballotId,
        summary: {
          outcome: ballot.result.outcome,
          participants: ballot.result.participants,
          electorate: ballot.result.electorate,
          electorateFingerprint: ballot.electorateFingerprint,
        },
      });
      const published = await manager.findOneByOrFail(Ballot, { id: ballotId });
      return mapResult(published, published.result!);
    });
  }

  /**
   * The secretary's counts of an in-assembly ballot (method `counts`), while it is open or closed (the room votes,
   * the tellers count, the chair announces). They replace earlier counts until the result is published; the
   * ballots counted may not exceed the members on the attendance register.
   */
  async recordCounts(cooperativeId: string, ballotId: string, input: RecordedCountsDto): Promise<BallotResponseDto> {
    return this.tx.run(async (manager) => {
      const ballot = await this.lock(manager, cooperativeId, ballotId);
      if (ballot.mode !== 'in_assembly' || ballot.inAssemblyMethod !== 'counts') {
        throw new GovernanceError(
          'WRONG_VOTING_MODE',
          'Counts are recorded for in_assembly ballots with method counts.',
        );
      }
      if (ballot.status === 'draft') throw new GovernanceError('BALLOT_NOT_OPEN', 'The ballot is not open yet.');
      if (ballot.status === 'published') {
        throw new CommonError('ILLEGAL_TRANSITION', 'The result is published: it never changes.');
      }
      const votes = countsToVotes(ballot, input);
      const [{ attending }]: { attending: number }[] = await manager.query(
        `SELECT count(*)::int AS attending FROM assembly_attendance WHERE cooperative_id = $1 AND assembly_id = $2`,
        [cooperativeId, ballot.assemblyId],
      );
      if (votes.ballots > attending) {
        throw new GovernanceError(
          'COUNTS_EXCEED_ATTENDANCE',
          `${votes.ballots} ballots counted, but only ${attending} members are on the attendance register.`,
        );
      }
      const result = tallyOrFieldError(ballot, votes);
      await manager.query(
        `UPDATE ballots SET recorded_counts = $3, result = CASE WHEN status = 'closed' THEN $4::jsonb END,
                updated_at = now()
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId, JSON.stringify(input), JSON.stringify(result)],
      );
      await this.audit.record({
        cooperativeId,
        action: 'ballot.counts_recorded',
        targetType: 'ballot',
        targetId: ballotId,
        summary: { counts: input.counts, abstentions: input.abstentions ?? null, ballots: input.ballots ?? null },
      });
      return mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
    });
  }

  /** The result: never before the ballot closes. */
  async results(cooperativeId: string, ballotId: string): Promise<BallotResultDto> {
    const ballot = await this.find(this.tx.manager, cooperativeId, ballotId);
    assertResultsVisible(ballot);
    if (ballot.result === null) {
      throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'The counts of this in-assembly ballot are not recorded yet.');
    }
    return mapResult(ballot, ballot.result);
  }

  /** The frozen roll, by member id (the order of the fingerprint). */
  async electorate(cooperativeId: string, ballotId: string, query: PageQueryDto): Promise<ElectoratePageDto> {
    const ballot = await this.find(this.tx.manager, cooperativeId, ballotId);
    if (ballot.status === 'draft') {
      throw new GovernanceError('BALLOT_NOT_OPEN', 'The electorate is frozen when the ballot opens.');
    }
    const after = query.cursor ? uuidCursor(query.cursor) : '00000000-0000-0000-0000-000000000000';
    const rows: { member_id: string; member_number: number; name: string }[] = await this.tx.manager.query(
      `SELECT e.member_id, m.member_number, m.name
         FROM ballot_electorate e JOIN members m ON m.cooperative_id = e.cooperative_id AND m.id = e.member_id
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

  /** A closed secret ballot's counted receipt codes, sorted. */
  async receipts(cooperativeId: string, ballotId: string, query: PageQueryDto): Promise<ReceiptPageDto> {
    await this.closedSecret(cooperativeId, ballotId);
    let after = '';
    if (query.cursor) [after] = decodeCursor(query.cursor, ['string']) as [string];
    const rows: { receipt_code: string }[] = await this.tx.manager.query(
      `SELECT receipt_code FROM ballot_secret_choices
        WHERE cooperative_id = $1 AND ballot_id = $2 AND receipt_code > $3
        ORDER BY receipt_code LIMIT $4`,
      [cooperativeId, ballotId, after, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (r) => [r.receipt_code],
      (r) => r.receipt_code,
    );
  }

  /** A closed secret ballot's choices, in the random order fixed at closing, with neither voter nor receipt. */
  async anonymousChoices(
    cooperativeId: string,
    ballotId: string,
    query: PageQueryDto,
  ): Promise<AnonymousChoicePageDto> {
    await this.closedSecret(cooperativeId, ballotId);
    const after = query.cursor ? uuidCursor(query.cursor) : '00000000-0000-0000-0000-000000000000';
    const rows: { id: string; selection: StoredSelection }[] = await this.tx.manager.query(
      `SELECT id, selection FROM ballot_secret_choices
        WHERE cooperative_id = $1 AND ballot_id = $2 AND id > $3
        ORDER BY id LIMIT $4`,
      [cooperativeId, ballotId, after, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (r) => [r.id],
      (r) => ({ selection: r.selection }),
    );
  }

  /** A closed open ballot's votes: who voted what (DOMAIN.md: shown to the members), by member number. */
  async rollCallVotes(cooperativeId: string, ballotId: string, query: PageQueryDto): Promise<RollCallVotePageDto> {
    const ballot = await this.find(this.tx.manager, cooperativeId, ballotId);
    if (ballot.secret) throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'A secret ballot has no roll-call.');
    assertResultsVisible(ballot);
    let after = 0;
    if (query.cursor) {
      [after] = decodeCursor(query.cursor, ['number']) as [number];
      if (!Number.isSafeInteger(after)) invalidCursor();
    }
    const rows: {
      member_id: string;
      member_number: number;
      name: string;
      selection: StoredSelection;
      via: 'self' | 'proxy' | 'roll_call';
      cast_by_member_id: string;
    }[] = await this.tx.manager.query(
      `SELECT v.member_id, m.member_number, m.name, v.selection, p.via, p.cast_by_member_id
         FROM ballot_roll_call_votes v
         JOIN ballot_participations p
           ON p.cooperative_id = v.cooperative_id AND p.ballot_id = v.ballot_id AND p.member_id = v.member_id
         JOIN members m ON m.cooperative_id = v.cooperative_id AND m.id = v.member_id
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

  /** The tally from what is stored: recorded counts, secret contents or roll-call votes. Set-based. */
  async computeResult(manager: EntityManager, ballot: Ballot): Promise<StoredResult | null> {
    if (ballot.inAssemblyMethod === 'counts') {
      return ballot.recordedCounts === null
        ? null
        : tallyOrFieldError(ballot, countsToVotes(ballot, ballot.recordedCounts));
    }
    const rows: { selection: StoredSelection; votes: number }[] = await manager.query(countVotesSql(ballot.secret), [
      ballot.cooperativeId,
      ballot.id,
    ]);
    return tallyBallot(ballot, aggregateSelections(ballot.kind, rows), ballot.electorateSize ?? 0, quorumOf(ballot));
  }

  async find(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<Ballot> {
    const ballot = await manager.findOneBy(Ballot, { cooperativeId, id: ballotId });
    if (!ballot) throw ballotNotFound();
    return ballot;
  }

  private async lock(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<Ballot> {
    const ballot = await manager.findOne(Ballot, {
      where: { cooperativeId, id: ballotId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!ballot) throw ballotNotFound();
    return ballot;
  }

  private async closedSecret(cooperativeId: string, ballotId: string): Promise<Ballot> {
    const ballot = await this.find(this.tx.manager, cooperativeId, ballotId);
    if (!ballot.secret) throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'Only a secret ballot has receipts.');
    assertResultsVisible(ballot);
    return ballot;
  }
}

/** What a draft's edit may write. */
const DRAFT_COLUMNS = [
  'title',
  'recordDate',
  'description',
  'options',
  'seats',
  'majority',
  'quorumType',
  'quorumPercent',
  'quorumCount',
  'opensAt',
  'closesAt',
  'agendaItem',
] as const satisfies readonly (keyof Ballot)[];

function pick(source: Partial<Ballot>, keys: readonly (keyof Ballot)[]): Partial<Ballot> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}

function assertTransition(ballot: Ballot, action: BallotAction): void {
  if (ballotTransition(ballot.status, action) === null) {
    throw new CommonError('ILLEGAL_TRANSITION', `A ${ballot.status} ballot cannot be ${PAST[action]}.`);
  }
}

const PAST: Record<BallotAction, string> = { open: 'opened', close: 'closed', publish: 'published' };

function assertResultsVisible(ballot: Ballot): void {
  if (ballot.status === 'draft' || ballot.status === 'open') {
    throw new GovernanceError('RESULTS_NOT_AVAILABLE', 'Nothing about the votes is visible before the ballot closes.');
  }
}

function uuidCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']) as [string];
  if (!UUID.test(id)) invalidCursor();
  return id;
}

/** The count of a ballot's stored votes per selection ($1 cooperative, $2 ballot): the tally's only read. */
export function countVotesSql(secret: boolean): string {
  return `SELECT selection, count(*)::int AS votes FROM ${secret ? 'ballot_secret_choices' : 'ballot_roll_call_votes'}
           WHERE cooperative_id = $1 AND ballot_id = $2 GROUP BY selection`;
}

/**
 * Secret ballots, at closing: every content row is deleted and written again with a new random id, in the order of
 * those new ids (random, and unrelated to the votes: the id indexes grow at their right edge, 1.6x faster at a
 * million votes than ORDER BY random()), by the closing transaction. The stored rows then carry the closing
 * transaction's id and a physical position unrelated to when each vote was cast (the dead originals go at the next
 * vacuum).
 */
async function reshuffleSecretChoices(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<void> {
  await manager.query(
    `WITH gone AS (
       DELETE FROM ballot_secret_choices WHERE cooperative_id = $1 AND ballot_id = $2
       RETURNING selection, receipt_code
     )
     INSERT INTO ballot_secret_choices (id, cooperative_id, ballot_id, selection, receipt_code)
     SELECT id, $1, $2, selection, receipt_code FROM (SELECT gen_random_uuid() AS id, selection, receipt_code FROM gone) g
      ORDER BY id`,
    [cooperativeId, ballotId],
  );
}

/** Applies the draft fields of a create or update, then checks the whole definition. */
function applyFields(
  target: Partial<Ballot>,
  input: BallotCreateDto | BallotUpdateDto,
  assembly: GeneralAssembly | null,
): void {
  if (input.description !== undefined) target.description = input.description ?? null;
  if (input.options !== undefined) target.options = input.options;
  if (input.seats !== undefined) target.seats = input.seats ?? null;
  if (input.majority !== undefined) target.majority = input.majority;
  if (input.quorum !== undefined) Object.assign(target, quorumColumns(quorumFromDto(input.quorum)));
  if (input.opensAt !== undefined) target.opensAt = input.opensAt === null ? null : new Date(input.opensAt);
  if (input.closesAt !== undefined) target.closesAt = input.closesAt === null ? null : new Date(input.closesAt);
  if (input.agendaItem !== undefined) target.agendaItem = input.agendaItem ?? null;

  try {
    validateBallotDefinition(target.kind!, target.options!, target.seats ?? null);
  } catch (error) {
    if (error instanceof BallotRuleError) throw invalidDefinition(error.message);
    throw error;
  }
  if (target.kind !== 'motion' && input.majority !== undefined)
    throw invalidDefinition('Only a motion has a majority.');
  if (target.mode === 'in_assembly' && (target.opensAt !== null || target.closesAt !== null)) {
    throw invalidDefinition('opensAt and closesAt are for electronic ballots: the assembly sets the time.');
  }
  if (target.opensAt && target.closesAt && target.opensAt >= target.closesAt) {
    throw invalidDefinition('opensAt must be before closesAt.');
  }
  if (assembly === null) {
    if (target.agendaItem !== null) throw invalidDefinition('agendaItem needs an assembly.');
    return;
  }
  if (target.recordDate !== assembly.recordDate) {
    throw invalidDefinition(`A ballot of an assembly uses the assembly's record date (${assembly.recordDate}).`);
  }
  if (target.agendaItem !== null && !assembly.agenda.some((item) => item.number === target.agendaItem)) {
    throw invalidDefinition(`The assembly has no agenda item ${target.agendaItem}.`);
  }
}

function quorumFromDto(quorum: QuorumDto): QuorumRule {
  if (quorum.type === 'percent') return { type: 'percent', percent: quorum.percent! };
  if (quorum.type === 'absolute') return { type: 'absolute', count: quorum.count! };
  return { type: 'none' };
}

function quorumColumns(rule: QuorumRule): Pick<Ballot, 'quorumType' | 'quorumPercent' | 'quorumCount'> {
  switch (rule.type) {
    case 'none':
      return { quorumType: 'none', quorumPercent: null, quorumCount: null };
    case 'percent':
      return { quorumType: 'percent', quorumPercent: String(rule.percent), quorumCount: null };
    case 'absolute':
      return { quorumType: 'absolute', quorumPercent: null, quorumCount: rule.count };
  }
}

/** Recorded counts in the shape of aggregated votes, refusing fields that do not belong to the kind. */
function countsToVotes(ballot: Ballot, input: RecordedCounts): AggregatedVotes {
  const fieldError = (field: string, message: string) =>
    new CommonError('VALIDATION_FAILED', message, [{ field, message }]);
  const keys = Object.keys(input.counts);
  const allowed: readonly string[] = ballot.kind === 'motion' ? MOTION_VOTES : ballot.options;
  const unknown = keys.find((k) => !allowed.includes(k));
  if (unknown !== undefined) throw fieldError('counts', `'${unknown}' is not a vote of this ballot.`);
  if (ballot.kind !== 'choice' && input.abstentions !== undefined) {
    throw fieldError('abstentions', 'abstentions are for choice ballots (a motion counts them as abstain).');
  }
  if (ballot.kind === 'election' && input.ballots === undefined) {
    throw fieldError('ballots', 'An election needs the number of ballots cast, blank ones included.');
  }
  if (ballot.kind !== 'election' && input.ballots !== undefined) {
    throw fieldError('ballots', 'ballots is for elections: for other kinds, the counts add up to it.');
  }
  const sum = keys.reduce((total, k) => total + input.counts[k], 0);
  return {
    counts: input.counts,
    abstentions: input.abstentions ?? 0,
    ballots: input.ballots ?? sum + (input.abstentions ?? 0),
  };
}

function tallyOrFieldError(ballot: Ballot, votes: AggregatedVotes): StoredResult {
  try {
    return tallyBallot(ballot, votes, ballot.electorateSize ?? 0, quorumOf(ballot));
  } catch (error) {
    if (error instanceof BallotRuleError) {
      throw new CommonError('VALIDATION_FAILED', error.message, [{ field: 'counts', message: error.message }]);
    }
    throw error;
  }
}

function votingConditionsApplied(bylaws: Bylaws): Record<string, unknown> {
  return {
    minMembershipDays: bylaws.votingMinMembershipDays,
    paidShares: bylaws.votingRequiresPaidShares ? 'applied' : 'not_required',
  };
}
