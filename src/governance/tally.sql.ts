/**
 * The tally's SQL: the one read that counts a ballot's stored votes, the publication of a secret ballot's contents at
 * closing (seals opened and counted, the choices shuffled and the receipts sorted, in chunks), and the result computed
 * from what is stored (recorded counts, what a secret ballot's closing counted, or roll-call votes).
 */
import { setImmediate } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import { CommonError } from '../common/errors/common.errors.js';
import type { Ballot } from './ballot.entity.js';
import {
  type AggregatedVotes,
  aggregateSelections,
  quorumOf,
  type RecordedCounts,
  type StoredResult,
  parseReceiptCode,
  RECEIPT_BYTES,
  type StoredSelection,
  tallyBallot,
} from './governance.rules.js';
import { BallotRuleError, MOTION_VOTES } from './tally.rules.js';
import { CcmOpenError, ccmOpenMany, ccmSealedLength } from '../common/crypto/ccm.js';
import { CopyFormatError, copyOutFixedWidth } from '../database/copy-out.js';
import { openSealedContent, SealError, type SealScheme } from './ballot-seal.rules.js';
import { ContentError, PUBLISHED_CHUNK, SecretContents } from './secret-publication.rules.js';
import type { BallotSealer } from './ballot-sealer.js';
import { GovernanceError } from './governance.errors.js';

/**
 * The count of a ballot's stored votes per selection ($1 cooperative, $2 ballot): a closed secret ballot's published
 * choices (a recount of what closing counted), or an open ballot's roll-call votes.
 */
export function countVotesSql(secret: boolean): string {
  return secret
    ? `SELECT s.selection, count(*)::int AS votes
         FROM ballot_published_choices c CROSS JOIN LATERAL jsonb_array_elements(c.selections::jsonb) s(selection)
        WHERE c.cooperative_id = $1 AND c.ballot_id = $2 GROUP BY s.selection`
    : `SELECT selection, count(*)::int AS votes FROM ballot_roll_call_votes
        WHERE cooperative_id = $1 AND ballot_id = $2 GROUP BY selection`;
}

type SelectionCounts = { selection: StoredSelection; votes: number }[];

/**
 * The tally from what is stored: recorded counts, roll-call votes, or for a secret ballot `secretCounts`, what its
 * closing counted (publishSecretChoices). Set-based.
 */
export async function storedResult(
  manager: EntityManager,
  ballot: Ballot,
  secretCounts?: SelectionCounts,
): Promise<StoredResult | null> {
  if (ballot.inAssemblyMethod === 'counts') {
    return ballot.recordedCounts === null
      ? null
      : tallyOrFieldError(ballot, countsToVotes(ballot, ballot.recordedCounts));
  }
  const rows: SelectionCounts =
    ballot.secret && secretCounts
      ? secretCounts
      : await manager.query(countVotesSql(ballot.secret), [ballot.cooperativeId, ballot.id]);
  return tallyBallot(ballot, aggregateSelections(ballot.kind, rows), ballot.electorateSize ?? 0, quorumOf(ballot));
}

/**
 * Secret ballots, at closing, in the closing transaction: every content opened and counted, then published and the
 * sealed rows deleted; answers the count per selection. Refuses a master secret that is not the ballot's
 * (SEAL_KEY_MISMATCH) before writing anything. The sealed contents are read with binary COPY and opened
 * UNSEAL_BATCH at a time: scheme 2 a batch per AES pass (common/crypto/ccm.ts), scheme 1 one by one; contents kept
 * in plain by a version before seals (ballot_unsealed_votes) are read too. Published: the choices shuffled in chunks
 * (ballot_published_choices) and the receipts sorted in chunks (ballot_published_receipts, their bytes), apart
 * (secret-publication.rules.ts): a few thousand rows for a million votes, written by the closing transaction, so no
 * published row keeps a voting transaction's id, a position that follows the voting order, or a receipt's choice.
 * A row that does not open, or a receipt seen twice (a copied row), is SEALED_VOTE_INVALID, and nothing changes.
 */
export async function publishSecretChoices(
  manager: EntityManager,
  sealer: BallotSealer,
  ballot: Pick<Ballot, 'cooperativeId' | 'id'>,
): Promise<SelectionCounts> {
  const { cooperativeId, id: ballotId } = ballot;
  const [{ seal_key_check: check, seal_scheme: scheme }]: {
    seal_key_check: Buffer | null;
    seal_scheme: SealScheme | null;
  }[] = await manager.query(`SELECT seal_key_check, seal_scheme FROM ballots WHERE cooperative_id = $1 AND id = $2`, [
    cooperativeId,
    ballotId,
  ]);
  const key = sealer.keyOf(ballotId, check);
  const contents = new SecretContents();
  const unsealed: { selection: string; receipt_code: string }[] = await manager.query(
    `SELECT selection::text AS selection, receipt_code FROM ballot_unsealed_votes
      WHERE cooperative_id = $1 AND ballot_id = $2`,
    [cooperativeId, ballotId],
  );
  for (const row of unsealed) contents.add(row.selection, parseReceiptCode(row.receipt_code));
  const invalid = (which: string) =>
    new GovernanceError(
      'SEALED_VOTE_INVALID',
      `${which} does not open under this ballot's key: the row was altered${
        check === null ? ', or the seal secret changed since the ballot opened' : ''
      }. Nothing was changed.`,
    );
  await copyOutFixedWidth(
    manager,
    (literal) =>
      `SELECT sealed FROM ballot_sealed_votes WHERE cooperative_id = ${literal(cooperativeId)}
          AND ballot_id = ${literal(ballotId)}`,
    UNSEAL_BATCH,
    (sealed, count, width) => {
      try {
        if ((scheme ?? 1) === 2) {
          const length = width - ccmSealedLength(0);
          const opened = ccmOpenMany(key, sealed, count, length);
          contents.addPlaintexts(opened, count, length);
          return;
        }
        for (let i = 0; i < count; i++) {
          const opened = openSealedContent(key, sealed.subarray(i * width, (i + 1) * width));
          const [selection, code] = JSON.parse(opened) as [StoredSelection, string];
          contents.add(JSON.stringify(selection), parseReceiptCode(code));
        }
      } catch (error) {
        if (error instanceof CcmOpenError || error instanceof SealError) throw invalid('A sealed vote');
        throw error;
      }
    },
  ).catch((error: unknown) => {
    throw error instanceof CopyFormatError ? invalid('A sealed vote of another length') : error;
  });
  // The statements from here on are sent without waiting (pipelined on the transaction's connection), so that
  // PostgreSQL deletes the sealed rows and writes each list while this process sorts and shuffles the next: on two
  // cores some of it overlaps (898 -> 766 ms at 864,000 votes). The first failure is thrown once everything sent
  // has answered.
  const sent: Promise<unknown>[] = [];
  const send = (sql: string, parameters: unknown[]) => {
    const answer = manager.query(sql, parameters);
    answer.catch(() => undefined); // awaited below; no rejection left unhandled in between
    sent.push(answer);
  };
  try {
    for (const table of ['ballot_sealed_votes', 'ballot_unsealed_votes']) {
      send(`DELETE FROM ${table} WHERE cooperative_id = $1 AND ballot_id = $2`, [cooperativeId, ballotId]);
    }
    await setImmediate(); // the statements leave before the synchronous work below
    let receipts: Buffer;
    try {
      receipts = contents.sortedReceipts();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      throw new GovernanceError(
        'SEALED_VOTE_INVALID',
        `${error.message} A sealed vote was copied. Nothing was changed.`,
      );
    }
    // Each list in statements of WRITE_CHUNKS chunks, passed as one value (the receipts' bytes; a JSON array of the
    // chunks' arrays) and cut by PostgreSQL: no array literal of a thousand strings to build and parse.
    const chunkBytes = PUBLISHED_CHUNK * RECEIPT_BYTES;
    for (let from = 0; from * chunkBytes < receipts.length; from += WRITE_CHUNKS) {
      send(
        `INSERT INTO ballot_published_receipts (cooperative_id, ballot_id, chunk, first_receipt, receipts)
         SELECT $1, $2, $3::int + k, substring(r FROM 1 FOR ${RECEIPT_BYTES}), r
           FROM (SELECT k, substring($4::bytea FROM k * ${chunkBytes} + 1 FOR ${chunkBytes}) AS r
                   FROM generate_series(0, (length($4::bytea) - 1) / ${chunkBytes}) k) c`,
        [cooperativeId, ballotId, from, receipts.subarray(from * chunkBytes, (from + WRITE_CHUNKS) * chunkBytes)],
      );
    }
    await setImmediate();
    const choices = contents.shuffledChoiceChunks();
    for (let from = 0; from < choices.length; from += WRITE_CHUNKS) {
      send(
        `INSERT INTO ballot_published_choices (cooperative_id, ballot_id, chunk, selections)
         SELECT $1, $2, $3::int + n::int - 1, c FROM json_array_elements($4::json) WITH ORDINALITY e(c, n)`,
        [cooperativeId, ballotId, from, `[${choices.slice(from, from + WRITE_CHUNKS).join(',')}]`],
      );
    }
  } finally {
    await Promise.allSettled(sent);
  }
  await Promise.all(sent);
  return contents.counts();
}

/** Sealed contents opened per batch at closing: about 3 MB of sealed values for a motion. */
const UNSEAL_BATCH = 50_000;
/** Published chunks per INSERT: about 1 MB of JSON and 1 MB of receipts. */
const WRITE_CHUNKS = 100;

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
