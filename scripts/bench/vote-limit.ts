/**
 * The vote-transaction limit (issue 17): the two statements of a member's first vote for themself, exactly as the API
 * runs them (src/governance/vote.sql.ts: the eligibility read, then one statement writing the participation, the
 * sealed content, the audit entry and its event), with the values the API gives them, from as many node-pg clients
 * as the cast-vote load has, back to back, each vote a distinct member of ballots opened for it. It is what
 * PostgreSQL and the driver allow on this machine without HTTP, authentication, rate limits or Nest: the fair
 * ceiling of the API's votes per second (the one-row insert baseline is a ceiling no vote can reach).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { withClient } from '../../src/database/postgres-admin.js';
import { OWN_FIRST_VOTE_SQL, OWN_VOTE_READ_SQL } from '../../src/governance/vote.sql.js';
import { pgbench } from './baseline.js';

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

/**
 * The same two statements from pgbench, PostgreSQL's C client (`-M prepared`, as many clients): the ceiling without
 * a Node driver's cost. The voters are written to a table first; each transaction reads its own by client and round
 * (one primary-key read more than the API's vote, so this limit is a little low), then runs the read and the vote
 * with the values the API gives them (the secret ballot's null parameters written as NULL). Throws unless every
 * transaction cast its vote. Run for `durationSeconds`, without a warm-up.
 */
export async function measureVoteLimitWithPgbench(input: VoteLimitInput, scratchDir: string): Promise<number> {
  const { cooperativeId, voters } = input;
  await withClient(input.databaseUrl, async (client) => {
    await client.query('DROP TABLE IF EXISTS bench_vote_voters');
    await client.query(
      `CREATE TABLE bench_vote_voters AS
         SELECT (v.n - 1)::int AS n, v.ballot_id, v.user_id, m.id AS member_id, gen_random_uuid() AS request_id,
                json_build_object('memberId', m.id, 'via', 'self', 'castByMemberId', m.id)::text AS summary
           FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY v(ballot_id, user_id, n)
           JOIN members m ON m.cooperative_id = $1 AND m.user_id = v.user_id`,
      [cooperativeId, voters.map((v) => v.ballot_id), voters.map((v) => v.user_id)],
    );
    await client.query('ALTER TABLE bench_vote_voters ADD PRIMARY KEY (n)');
  });
  // $n of the API's statements as pgbench variables; the parameters the API passes as null as NULL.
  const withVariables = (sql: string, names: (string | null)[]) =>
    sql.replace(/\$(\d+)\b/g, (_, i: string) => (names[Number(i) - 1] === null ? 'NULL' : `:${names[Number(i) - 1]}`));
  const read = withVariables(OWN_VOTE_READ_SQL, ['coop', 'ballot', 'user_id']);
  const vote = withVariables(OWN_FIRST_VOTE_SQL, [
    ...['coop', 'ballot', 'r_voter', null, 'sealed'],
    ...['coop', 'actor_type', 'user_id', 'action', 'target_type', 'ballot', 'summary', 'request_id', null, null],
  ]);
  const script = join(scratchDir, 'vote-limit.sql');
  writeFileSync(
    script,
    [
      '\\set k :client_id + :clients * :round',
      '\\set round :round + 1',
      'SELECT ballot_id AS ballot, user_id, request_id, summary FROM bench_vote_voters WHERE n = :k \\gset',
      `${read.trim()} \\gset r_`,
      `${vote.trim()};`,
      '',
    ].join('\n'),
  );
  const defines = {
    clients: input.clients,
    round: 0,
    coop: cooperativeId,
    sealed: `\\x${input.sealed.toString('hex')}`,
    actor_type: 'user',
    action: 'ballot.vote_cast',
    target_type: 'ballot',
  };
  const { tps, processed } = await pgbench(input.databaseUrl, script, {
    clients: input.clients,
    seconds: input.durationSeconds,
    extra: ['-M', 'prepared', ...Object.entries(defines).flatMap(([name, value]) => ['-D', `${name}=${value}`])],
  });
  const cast = await withClient(input.databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ballot_participations p JOIN bench_vote_voters v
          ON p.cooperative_id = $1 AND p.ballot_id = v.ballot_id AND p.member_id = v.member_id`,
      [cooperativeId],
    );
    await client.query('DROP TABLE bench_vote_voters');
    return rows[0].n;
  });
  if (cast !== processed) throw new Error(`pgbench processed ${processed} votes but ${cast} were cast`);
  return tps;
}
