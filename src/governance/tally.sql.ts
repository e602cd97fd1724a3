/**
 * The tally's SQL: the one read that counts a ballot's stored votes, the publication of a secret ballot's contents at
 * closing (seals opened, rows rewritten in random order), and the result computed from what is stored (recorded
 * counts, secret contents or roll-call votes).
 */
import type { EntityManager } from 'typeorm';
import { CommonError } from '../common/errors/common.errors.js';
import type { Ballot } from './ballot.entity.js';
import {
  type AggregatedVotes,
  aggregateSelections,
  quorumOf,
  type RecordedCounts,
  type StoredResult,
  type StoredSelection,
  tallyBallot,
} from './governance.rules.js';
import { BallotRuleError, MOTION_VOTES } from './tally.rules.js';
import { openSealedContent, SealError } from './ballot-seal.rules.js';
import type { BallotSealer } from './ballot-sealer.js';
import { GovernanceError } from './governance.errors.js';

/** The count of a ballot's stored votes per selection ($1 cooperative, $2 ballot): the tally's only read. */
export function countVotesSql(secret: boolean): string {
  return `SELECT selection, count(*)::int AS votes FROM ${secret ? 'ballot_secret_choices' : 'ballot_roll_call_votes'}
           WHERE cooperative_id = $1 AND ballot_id = $2 GROUP BY selection`;
}

/** The tally from what is stored: recorded counts, secret contents or roll-call votes. Set-based. */
export async function storedResult(manager: EntityManager, ballot: Ballot): Promise<StoredResult | null> {
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

/**
 * Secret ballots, at closing, in the closing transaction: the anonymous choices published. Refuses a master secret
 * that is not the ballot's (SEAL_KEY_MISMATCH) before writing anything. Then contents stored in plain by a version
 * before seals (a ballot open at the upgrade) are rewritten (reshuffleSecretChoices), and the sealed contents are
 * opened batch by batch (keyset on their random ids, the next batch read while this one is opened) and written with
 * new random ids in the order of those ids; last, the sealed rows are deleted. The written rows carry the closing
 * transaction's id and a physical position unrelated to when each vote was cast (the dead rows go at the next vacuum).
 * A row that does not open is SEALED_VOTE_INVALID, and the transaction changes nothing.
 */
export async function publishSecretChoices(
  manager: EntityManager,
  sealer: BallotSealer,
  ballot: Pick<Ballot, 'cooperativeId' | 'id'>,
): Promise<void> {
  const { cooperativeId, id: ballotId } = ballot;
  const [{ seal_key_check: check }]: { seal_key_check: Buffer | null }[] = await manager.query(
    `SELECT seal_key_check FROM ballots WHERE cooperative_id = $1 AND id = $2`,
    [cooperativeId, ballotId],
  );
  const key = sealer.keyOf(ballotId, check);
  await reshuffleSecretChoices(manager, cooperativeId, ballotId);
  const page = (after: string | null): Promise<{ id: string; sealed: Buffer }[]> =>
    manager.query(
      `SELECT id, sealed FROM ballot_sealed_votes
        WHERE cooperative_id = $1 AND ballot_id = $2 AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id LIMIT ${UNSEAL_BATCH}`,
      [cooperativeId, ballotId, after],
    );
  let next = page(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    next = rows.length < UNSEAL_BATCH ? Promise.resolve([]) : page(rows[rows.length - 1].id);
    next.catch(() => undefined); // awaited at the next turn; a failure then is the one that counts
    const contents = rows.map(({ id, sealed }) => {
      try {
        return openSealedContent(key, sealed);
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        throw new GovernanceError(
          'SEALED_VOTE_INVALID',
          `The sealed vote ${id} does not open under this ballot's key: the row was altered${
            check === null ? ', or the seal secret changed since the ballot opened' : ''
          }. Nothing was changed.`,
        );
      }
    });
    await manager.query(
      `INSERT INTO ballot_secret_choices (id, cooperative_id, ballot_id, selection, receipt_code)
       SELECT id, $1, $2, content -> 0, content ->> 1
         FROM (SELECT gen_random_uuid() AS id, content FROM jsonb_array_elements($3::jsonb) content) c
        ORDER BY id`,
      [cooperativeId, ballotId, `[${contents.join(',')}]`],
    );
  }
  await manager.query(`DELETE FROM ballot_sealed_votes WHERE cooperative_id = $1 AND ballot_id = $2`, [
    cooperativeId,
    ballotId,
  ]);
}

/** Sealed contents opened per statement at closing: about 2 MB of rows and of JSON for a motion. */
const UNSEAL_BATCH = 10_000;

/**
 * Contents stored in plain (before seals): every row deleted and written again with a new random id, in the order of
 * those ids (random, and unrelated to the votes: the id indexes grow at their right edge, 1.6x faster at a million
 * votes than ORDER BY random()).
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

/** Recorded counts in the shape of aggregated votes, refusing fields that do not belong to the kind. */
export function countsToVotes(ballot: Ballot, input: RecordedCounts): AggregatedVotes {
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

/** The tally of recorded counts; counts the rules refuse are the caller's input, a 400 on `counts`. */
export function tallyOrFieldError(ballot: Ballot, votes: AggregatedVotes): StoredResult {
  try {
    return tallyBallot(ballot, votes, ballot.electorateSize ?? 0, quorumOf(ballot));
  } catch (error) {
    if (error instanceof BallotRuleError) {
      throw new CommonError('VALIDATION_FAILED', error.message, [{ field: 'counts', message: error.message }]);
    }
    throw error;
  }
}
