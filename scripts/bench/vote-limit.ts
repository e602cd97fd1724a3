/**
 * The vote-transaction limit (issue 17): the two statements of a member's first vote for themself, exactly as the API
 * runs them (src/governance/vote.sql.ts: the eligibility read, then one statement writing the participation, the
 * sealed content, the audit entry and its event), with the values the API gives them, from as many node-pg clients
 * as the cast-vote load has, back to back, each vote a distinct member of ballots opened for it. It is what
 * PostgreSQL and the driver allow on this machine without HTTP, authentication, rate limits or Nest: the fair
 * ceiling of the API's votes per second (the one-row insert baseline is a ceiling no vote can reach).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { OWN_FIRST_VOTE_SQL, OWN_VOTE_READ_SQL } from '../../src/governance/vote.sql.js';

export interface VoteLimitInput {
  databaseUrl: string;
  cooperativeId: string;
  /** Distinct voters (their user and ballot), more than the loop can use. */
  voters: { ballot_id: string; user_id: string }[];
  /** A sealed content of the ballots' length (its bytes do not change the cost). */
  sealed: Buffer;
  clients: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** Votes per second over the measured seconds; throws if a vote was not cast (a voter used twice, a closed ballot). */
export async function measureVoteLimit(input: VoteLimitInput): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: input.clients }, async () => {
      const client = new pg.Client({ connectionString: input.databaseUrl });
      await client.connect();
      return client;
    }),
  );
  let next = 0;
  let counted = 0;
  const start = performance.now() + input.warmupSeconds * 1000;
  const end = start + input.durationSeconds * 1000;
  const vote = async (client: pg.Client) => {
    const voter = input.voters[next++];
    if (!voter) throw new Error(`the vote limit ran out of its ${input.voters.length} voters`);
    const { cooperativeId } = input;
    const read = await client.query<{ voter: string | null; on_roll: boolean }>(OWN_VOTE_READ_SQL, [
      cooperativeId,
      voter.ballot_id,
      voter.user_id,
    ]);
    const memberId = read.rows[0]?.voter;
    if (!memberId || !read.rows[0].on_roll) throw new Error(`user ${voter.user_id} is not on the roll`);
    const summary = JSON.stringify({ memberId, via: 'self', castByMemberId: memberId });
    // AuditService.values of the API's vote: the member's user as the actor, no event data (a vote event has none).
    const audit = [cooperativeId, 'user', voter.user_id, 'ballot.vote_cast', 'ballot', voter.ballot_id, summary];
    const written = await client.query<{ cast: number }>(OWN_FIRST_VOTE_SQL, [
      cooperativeId,
      voter.ballot_id,
      memberId,
      null,
      input.sealed,
      ...audit,
      randomUUID(),
      null,
      null,
    ]);
    if (written.rows[0].cast !== 1) throw new Error(`the vote of user ${voter.user_id} was not cast`);
  };
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (let now = performance.now(); now < end; now = performance.now()) {
          await vote(client);
          if (now >= start) counted++;
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return counted / input.durationSeconds;
}
