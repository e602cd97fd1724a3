/**
 * Ballots' writes: drafting, the lifecycle (open freezes the roll, close tallies, publish makes the result final) and
 * recorded in-assembly counts. Every write locks the ballot row (FOR UPDATE) in one transaction with its audit entry
 * and counts one more `version` (the ETag; an edit with a stale If-Match is refused under that lock); votes hold a
 * FOR KEY SHARE lock on the same row, so closing waits for votes in flight and no vote lands after the tally.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { assertVersion } from '../common/concurrency/versioned.js';
import { CommonError } from '../common/errors/common.errors.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { latestToday } from '../membership/member.validators.js';
import { GeneralAssembly } from './assembly.entity.js';
import { applyFields, DRAFT_COLUMNS, invalidDefinition, pick, quorumColumns } from './ballot-draft.rules.js';
import type { BallotCreateDto, BallotResponseDto, BallotUpdateDto, RecordedCountsDto } from './ballot.dto.js';
import type { BallotResultDto } from './ballot-results.dto.js';
import { Ballot } from './ballot.entity.js';
import { eligibleMembersSql, FINGERPRINT_SQL, votingConditionsApplied, votingRulesOf } from './electorate.sql.js';
import { assemblyNotFound, ballotNotFound, GovernanceError } from './governance.errors.js';
import { governanceEvent, mapBallot, mapResult } from './governance.mapper.js';
import { type BallotAction, ballotTransition } from './governance.rules.js';
import { countsToVotes, publishSecretChoices, storedResult, tallyOrFieldError } from './tally.sql.js';
import { BallotSealer } from './ballot-sealer.js';
import { SEAL_SCHEME } from './ballot-seal.rules.js';
import { quorumFromBylaws } from './tally.rules.js';

@Injectable()
export class BallotLifecycleService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly sealer: BallotSealer,
  ) {}

  async create(ctx: RequestContext, cooperativeId: string, input: BallotCreateDto): Promise<BallotResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
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
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.created',
        targetType: 'ballot',
        targetId: ballot.id,
        summary: { title: ballot.title, kind: ballot.kind, mode: ballot.mode, secret: ballot.secret },
        event: governanceEvent(mapBallot(ballot)),
      });
      return mapBallot(ballot);
    });
  }

  /**
   * A draft's fields; kind, mode and secrecy are fixed at creation. `expected`: the version the caller read
   * (If-Match), compared under the row's lock.
   */
  async update(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: BallotUpdateDto,
    expected?: number,
  ): Promise<BallotResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lock(manager, cooperativeId, ballotId);
      assertVersion(expected, ballot.version);
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
      await manager.update(
        Ballot,
        { id: ballot.id, cooperativeId },
        { ...pick(changes, DRAFT_COLUMNS), version: () => 'version + 1' },
      );
      const after = mapBallot(await manager.findOneByOrFail(Ballot, { id: ballot.id }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.updated',
        targetType: 'ballot',
        targetId: ballot.id,
        summary: { changed: Object.keys(input) },
        event: governanceEvent(after),
      });
      return after;
    });
  }

  /**
   * Opens the ballot: freezes the electorate in ONE INSERT ... SELECT over the register as of the record date with
   * the bylaws' voting conditions, and computes the roll's fingerprint in the same statement.
   */
  async open(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lock(manager, cooperativeId, ballotId);
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
      const rules = votingRulesOf(await this.cooperatives.bylaws(ctx, cooperativeId));
      const eligible = eligibleMembersSql(rules, [cooperativeId, ballotId, ballot.recordDate], {
        cooperativeId: '$1::uuid',
        date: '$3::date',
      });
      const roll: { size: number; fingerprint: string }[] = await manager.query(
        `WITH roll AS (
           INSERT INTO ballot_electorate (cooperative_id, ballot_id, member_id)
           SELECT m.cooperative_id, $2::uuid, m.member_id
           ${eligible.sql}
           ORDER BY m.member_id -- appends to the roll's primary key in order
           RETURNING member_id
         )
         SELECT count(*)::int AS size, ${FINGERPRINT_SQL} AS fingerprint FROM roll`,
        eligible.params,
      );
      const { size, fingerprint } = roll[0];
      // A secret ballot's seal check (its votes and its closing refuse another master secret) and seal scheme.
      await manager.query(
        `UPDATE ballots SET status = 'open', opened_at = now(), electorate_size = $3, electorate_fingerprint = $4,
                seal_key_check = $5, seal_scheme = $6, updated_at = now(), version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [
          cooperativeId,
          ballotId,
          size,
          fingerprint,
          ballot.secret ? this.sealer.checkOf(ballotId) : null,
          ballot.secret ? SEAL_SCHEME : null,
        ],
      );
      const after = mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.opened',
        targetType: 'ballot',
        targetId: ballotId,
        summary: {
          recordDate: ballot.recordDate,
          electorateSize: size,
          electorateFingerprint: fingerprint,
          votingConditions: votingConditionsApplied(rules),
        },
        event: governanceEvent(after),
      });
      return after;
    });
  }

  /**
   * Closes the ballot and tallies it. An electronic ballot with a closing time closes only once that time has
   * passed (no early closing that would shut out voters). A secret ballot's sealed contents are opened, counted and
   * published: the choices in a random order, the receipts sorted (tally.sql.ts, publishSecretChoices).
   */
  async close(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<BallotResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lock(manager, cooperativeId, ballotId);
      assertTransition(ballot, 'close');
      const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
      if (ballot.mode === 'electronic' && ballot.closesAt !== null && ballot.closesAt > now) {
        throw new GovernanceError(
          'BALLOT_STILL_RUNNING',
          `Voting runs until ${ballot.closesAt.toISOString()}: the ballot cannot close before.`,
        );
      }
      const secretCounts = ballot.secret ? await publishSecretChoices(manager, this.sealer, ballot) : undefined;
      const result = await storedResult(manager, ballot, secretCounts);
      await manager.query(
        `UPDATE ballots SET status = 'closed', closed_at = now(), result = $3, updated_at = now(), version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId, result === null ? null : JSON.stringify(result)],
      );
      const after = mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.closed',
        targetType: 'ballot',
        targetId: ballotId,
        summary: { participants: result?.participants ?? null, outcome: result?.outcome ?? 'counts_pending' },
        event: governanceEvent(after),
      });
      return after;
    });
  }

  /** Publishes the result: final and immutable from then on (a trigger refuses any change to the ballot). */
  async publish(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<BallotResultDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lock(manager, cooperativeId, ballotId);
      assertTransition(ballot, 'publish');
      if (ballot.result === null) {
        throw new GovernanceError('COUNTS_REQUIRED', 'Record the counts of this in-assembly ballot before publishing.');
      }
      await manager.query(
        `UPDATE ballots SET status = 'published', published_at = now(), updated_at = now(), version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId],
      );
      await this.audit.record(ctx, {
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
        event: governanceEvent(mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }))),
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
  async recordCounts(
    ctx: RequestContext,
    cooperativeId: string,
    ballotId: string,
    input: RecordedCountsDto,
  ): Promise<BallotResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const ballot = await lock(manager, cooperativeId, ballotId);
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
                updated_at = now(), version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, ballotId, JSON.stringify(input), JSON.stringify(result)],
      );
      const after = mapBallot(await manager.findOneByOrFail(Ballot, { id: ballotId }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'ballot.counts_recorded',
        targetType: 'ballot',
        targetId: ballotId,
        summary: { counts: input.counts, abstentions: input.abstentions ?? null, ballots: input.ballots ?? null },
        event: governanceEvent(after),
      });
      return after;
    });
  }
}

async function lock(manager: EntityManager, cooperativeId: string, ballotId: string): Promise<Ballot> {
  const ballot = await manager.findOne(Ballot, {
    where: { cooperativeId, id: ballotId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!ballot) throw ballotNotFound();
  return ballot;
}

function assertTransition(ballot: Ballot, action: BallotAction): void {
  if (ballotTransition(ballot.status, action) === null) {
    throw new CommonError('ILLEGAL_TRANSITION', `A ${ballot.status} ballot cannot be ${PAST[action]}.`);
  }
}

const PAST: Record<BallotAction, string> = { open: 'opened', close: 'closed', publish: 'published' };
