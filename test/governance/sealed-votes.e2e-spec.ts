/**
 * Secret ballots against someone holding the whole database while voting is open (issue 15 item 4; DOMAIN.md,
 * "Secrecy's threat model"): the joins a DBA would try (the issue's xmin join, physical order, id order, any time
 * column) link a participation at best to a ciphertext of one length per ballot, never to a choice or a receipt.
 * Closing opens the seals: the exact tally, every receipt, the anonymous choices to recount. A master secret that
 * is not the ballot's, or an altered sealed row, fails closing with its code and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import {
  deriveBallotKeys,
  SEAL_SCHEME,
  sealContent,
  sealedPlaintextLength,
} from '../../src/governance/ballot-seal.rules.js';
import { formatReceiptCode } from '../../src/governance/governance.rules.js';
import { invariants } from '../../src/governance/governance.invariants.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  allPages,
  as,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenBallot,
  givenVoter,
  mePath,
  type Voter,
} from '../support/governance.factories.js';
import { startAppOn, startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

const SEAL_SECRET = 'sealed-votes-spec-master-secret-0123456789';
const OTHER_SECRET = 'another-master-secret-that-opens-nothing-here';
const OPTIONS = ['Ana', 'Berta', 'Carla'];

describe('sealed secret votes', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let voters: Voter[];

  beforeAll(async () => {
    t = await startTestApp({ ballotSealSecret: SEAL_SECRET });
    coop = await givenCooperative(t);
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    voters = [];
    for (let i = 0; i < 5; i++) voters.push(await givenVoter(t, coop, sec, { name: `Voter ${i + 1}` }));
  });
  afterAll(async () => {
    for (const inv of invariants) {
      expect({ name: inv.name, rows: await t.query(inv.sql) }).toEqual({ name: inv.name, rows: [] });
    }
    await t.close();
  });

  const vote = (app: TestApp, voter: Voter, ballotId: string, selection: unknown, extra: object = {}) =>
    as(app, voter.token).post(`${ballotsPath(coop)}/${ballotId}/votes`, { selection, ...extra });
  const close = (app: TestApp, ballotId: string) => as(app, sec).post(`${ballotsPath(coop)}/${ballotId}/close`);

  /** What the database holds about a ballot's votes, to show a refused closing changed nothing. */
  const stored = async (ballotId: string) =>
    (
      await t.query(
        `SELECT b.status, b.version,
                (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = b.id) AS participations,
                (SELECT count(*)::int FROM ballot_sealed_votes WHERE ballot_id = b.id) AS sealed,
                (SELECT coalesce(sum(json_array_length(selections)), 0)::int FROM ballot_published_choices
                  WHERE ballot_id = b.id) AS choices,
                (SELECT coalesce(sum(length(receipts) / 10), 0)::int FROM ballot_published_receipts
                  WHERE ballot_id = b.id) AS receipts,
                (SELECT string_agg(encode(sealed, 'hex'), ',' ORDER BY id) FROM ballot_sealed_votes
                  WHERE ballot_id = b.id) AS bytes
           FROM ballots b WHERE b.id = $1`,
        [ballotId],
      )
    )[0];

  describe('while the ballot is open', () => {
    let ballotId: string;
    const receipts: string[] = [];
    // Voter 5 votes through voter 1, holding their proxy (the transaction path); the others for themselves.
    const choices = ['Berta', 'Ana', 'Berta', null, 'Carla'];

    beforeAll(async () => {
      ballotId = (await givenBallot(t, coop, sec, { kind: 'choice', options: OPTIONS })).id;
      const proxy = await as(t, voters[4].token).post(`${mePath(coop)}/proxies`, {
        ballotId,
        holderMemberId: voters[0].member.id,
      });
      expect(proxy.status).toBe(201);
      await ballotAction(t, coop, sec, ballotId, 'open');
      for (const [i, voter] of voters.entries()) {
        const res =
          i === 4
            ? await vote(t, voters[0], ballotId, choices[i], { onBehalfOfMemberId: voter.member.id })
            : await vote(t, voter, ballotId, choices[i]);
        expect([res.status, res.body.via, res.body.selection]).toEqual([201, i === 4 ? 'proxy' : 'self', null]);
        receipts.push(res.body.receiptCode as string);
      }
    });

    /** Rows of (member name, what the join gives for them): each must be ciphertext and nothing else. */
    const expectNothingReadable = (rows: { name: string; content: Buffer }[]) => {
      expect(rows.map((r) => r.name).sort()).toEqual(voters.map((_, i) => `Voter ${i + 1}`));
      const lengths = new Set(rows.map((r) => r.content.length));
      expect(lengths.size).toBe(1);
      // Equal choices (two votes for Berta) give different bytes: no grouping either.
      expect(new Set(rows.map((r) => r.content.toString('hex'))).size).toBe(rows.length);
      for (const { content } of rows) {
        for (const encoding of ['utf8', 'latin1', 'hex', 'base64'] as const) {
          const text = content.toString(encoding);
          for (const needle of [...OPTIONS, 'null', ...receipts]) expect(text).not.toContain(needle);
        }
      }
    };

    it("the issue's xmin join recovers nothing: no content is stored in plain, the sealed one is ciphertext", async () => {
      // The issue's query ran on the plain contents' table (ballot_unsealed_votes now, kept for ballots open since
      // before seals); nothing is written there, nor published, while the ballot is open.
      const issueQuery = await t.query(
        `SELECT m.name, c.selection FROM ballot_participations p JOIN ballot_unsealed_votes c ON c.xmin = p.xmin
           JOIN members m ON m.id = p.member_id WHERE p.ballot_id = $1`,
        [ballotId],
      );
      expect(issueQuery).toEqual([]);
      expect(await stored(ballotId)).toMatchObject({ choices: 0, receipts: 0, sealed: 5 });
      const sealedJoin = await t.query<{ name: string; content: Buffer }>(
        `SELECT m.name, c.sealed AS content FROM ballot_participations p
           JOIN ballot_sealed_votes c ON c.xmin::text = p.xmin::text
           JOIN members m ON m.id = p.member_id WHERE p.ballot_id = $1`,
        [ballotId],
      );
      expectNothingReadable(sealedJoin);
    });

    it('physical order (ctid) and id order pair participations with ciphertext only', async () => {
      for (const order of ['ctid', 'id']) {
        const participantOrder = order === 'id' ? 'p.member_id' : 'p.ctid';
        const rows = await t.query<{ name: string; content: Buffer }>(
          `WITH p AS (SELECT member_id, row_number() OVER (ORDER BY ${participantOrder}) AS n
                        FROM ballot_participations p WHERE ballot_id = $1),
                c AS (SELECT sealed, row_number() OVER (ORDER BY c.${order}) AS n
                        FROM ballot_sealed_votes c WHERE ballot_id = $1)
           SELECT m.name, c.sealed AS content FROM p JOIN c USING (n) JOIN members m ON m.id = p.member_id`,
          [ballotId],
        );
        expectNothingReadable(rows);
      }
    });

    it('no time column to join on, and no receipt code anywhere in the database', async () => {
      const columns = await t.query(
        `SELECT column_name, data_type FROM information_schema.columns
          WHERE table_name = 'ballot_sealed_votes' ORDER BY column_name`,
      );
      expect(columns).toEqual([
        { column_name: 'ballot_id', data_type: 'uuid' },
        { column_name: 'cooperative_id', data_type: 'uuid' },
        { column_name: 'id', data_type: 'uuid' },
        { column_name: 'sealed', data_type: 'bytea' },
      ]);
      // A receipt in plain next to anything written by the vote would link the voter to it, and it to the choice
      // once published: every table, every row, as text.
      const tables = await t.query<{ name: string }>(
        `SELECT quote_ident(table_name) AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const found: string[] = [];
      for (const { name } of tables) {
        const rows = await t.query<{ row: string }>(`SELECT x::text AS row FROM ${name} x`);
        for (const { row } of rows) for (const r of receipts) if (row.includes(r)) found.push(`${name}: ${r}`);
      }
      expect(found).toEqual([]);
    });

    it('closing opens the seals: the exact tally, every receipt, anonymous choices that recount, no sealed row', async () => {
      const closed = await close(t, ballotId);
      expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
      const results = await as(t, voters[1].token).get(`${ballotsPath(coop)}/${ballotId}/results`);
      expect(results.body).toMatchObject({
        electorate: 5,
        participants: 5,
        abstentions: 1,
        winner: 'Berta',
        ranking: [
          { option: 'Berta', votes: 2 },
          { option: 'Ana', votes: 1 },
          { option: 'Carla', votes: 1 },
        ],
      });
      const path = `${ballotsPath(coop)}/${ballotId}`;
      expect(await allPages<string>(t, voters[1].token, `${path}/receipts`)).toEqual([...receipts].sort());
      const anonymous = await allPages<{ selection: string | null }>(t, voters[1].token, `${path}/anonymous-choices`);
      expect(anonymous.map((a) => String(a.selection)).sort()).toEqual(['Ana', 'Berta', 'Berta', 'Carla', 'null']);
      expect(await stored(ballotId)).toMatchObject({ sealed: 0, choices: 5, receipts: 5, participations: 5 });
      // Published rows carry the closing's transaction id, not a vote's; and no published row pairs a receipt with
      // a choice: the two lists are separate tables.
      const [shared] = await t.query(
        `SELECT (SELECT count(*) FROM ballot_participations p JOIN ballot_published_choices c
                     ON c.xmin::text = p.xmin::text WHERE p.ballot_id = $1 AND c.ballot_id = $1)::int
              + (SELECT count(*) FROM ballot_participations p JOIN ballot_published_receipts c
                     ON c.xmin::text = p.xmin::text WHERE p.ballot_id = $1 AND c.ballot_id = $1)::int AS n`,
        [ballotId],
      );
      expect(shared).toEqual({ n: 0 });
      const columns = await t.query<{ table_name: string; columns: string }>(
        `SELECT table_name, string_agg(column_name, ',' ORDER BY column_name) AS columns
           FROM information_schema.columns
          WHERE table_name IN ('ballot_published_choices', 'ballot_published_receipts') GROUP BY table_name
          ORDER BY table_name`,
      );
      expect(columns).toEqual([
        { table_name: 'ballot_published_choices', columns: 'ballot_id,chunk,cooperative_id,selections' },
        { table_name: 'ballot_published_receipts', columns: 'ballot_id,chunk,cooperative_id,first_receipt,receipts' },
      ]);
    });
  });

  describe('a ballot of 2,345 votes: three chunks of published choices and of receipts', () => {
    it('counts every vote, and pages through both lists across the chunks', async () => {
      const big = await givenCooperative(t);
      const bigSec = (await givenUser(t, big, ['secretary'])).accessToken;
      await t.query(
        `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                              first_admitted_on, admitted_on)
         SELECT $1, g, 'natural_person', 'Socia ' || g, 'active', '2020-01-01', '2020-01-02', '2020-01-02', '2020-01-02'
           FROM generate_series(1, 2345) g`,
        [big],
      );
      const ballotId = (await givenBallot(t, big, bigSec, { kind: 'choice', options: OPTIONS })).id;
      expect((await ballotAction(t, big, bigSec, ballotId, 'open')).electorateSize).toBe(2345);
      // Every member votes, sealed as the vote route seals (scheme 2): Ana, Berta, Carla, blank, in turn.
      await t.query(
        `INSERT INTO ballot_participations (cooperative_id, ballot_id, member_id, via, cast_by_member_id)
         SELECT cooperative_id, ballot_id, member_id, 'self', member_id FROM ballot_electorate WHERE ballot_id = $1`,
        [ballotId],
      );
      const { key } = deriveBallotKeys(Buffer.from(SEAL_SECRET), ballotId);
      const length = sealedPlaintextLength(SEAL_SCHEME, 'choice', OPTIONS);
      const selections = Array.from({ length: 2345 }, (_, i) => [...OPTIONS, null][i % 4]);
      const receipts = selections.map(() => randomBytes(10));
      await t.query(
        `INSERT INTO ballot_sealed_votes (cooperative_id, ballot_id, sealed) SELECT $1, $2, unnest($3::bytea[])`,
        [
          big,
          ballotId,
          selections.map((selection, i) => sealContent(SEAL_SCHEME, key, selection, receipts[i], length)),
        ],
      );
      expect((await as(t, bigSec).post(`${ballotsPath(big)}/${ballotId}/close`)).status).toBe(200);
      const path = `${ballotsPath(big)}/${ballotId}`;
      const results = await as(t, bigSec).get(`${path}/results`);
      expect(results.body).toMatchObject({
        participants: 2345,
        abstentions: 586,
        ranking: [
          { option: 'Ana', votes: 587 },
          { option: 'Berta', votes: 586 },
          { option: 'Carla', votes: 586 },
        ],
      });
      const [chunks] = await t.query(
        `SELECT (SELECT array_agg(json_array_length(selections) ORDER BY chunk) FROM ballot_published_choices
                  WHERE ballot_id = $1) AS choices,
                (SELECT array_agg(length(receipts) / 10 ORDER BY chunk) FROM ballot_published_receipts
                  WHERE ballot_id = $1) AS receipts`,
        [ballotId],
      );
      expect(chunks).toEqual({ choices: [1000, 1000, 345], receipts: [1000, 1000, 345] });
      // Pages of 200 cross the chunks' edges at 1,000 and 2,000.
      expect(await allPages<string>(t, bigSec, `${path}/receipts`)).toEqual(
        receipts.map((r) => formatReceiptCode(r)).sort(),
      );
      const anonymous = await allPages<{ selection: string | null }>(t, bigSec, `${path}/anonymous-choices`);
      const recount: Record<string, number> = {};
      for (const { selection } of anonymous) recount[String(selection)] = (recount[String(selection)] ?? 0) + 1;
      expect([anonymous.length, recount]).toEqual([2345, { Ana: 587, Berta: 586, Carla: 586, null: 586 }]);
      // A page that starts at a cursor in the middle of a chunk and ends in the next one.
      const first = await as(t, bigSec).get(`${path}/anonymous-choices?limit=190`);
      const page = await as(t, bigSec).get(`${path}/anonymous-choices?limit=200&cursor=${first.body.nextCursor}`);
      const all = await allPages<{ selection: string | null }>(t, bigSec, `${path}/anonymous-choices`);
      expect(page.body.items).toEqual(all.slice(190, 390));
    });
  });

  describe('refusals that change nothing', () => {
    let other: TestApp;
    beforeAll(async () => {
      other = await startAppOn(t.databaseUrl, { ballotSealSecret: OTHER_SECRET });
    });
    afterAll(async () => {
      await other.close();
    });

    const openMotionWithVotes = async () => {
      const ballotId = (await givenBallot(t, coop, sec)).id;
      await ballotAction(t, coop, sec, ballotId, 'open');
      expect((await vote(t, voters[0], ballotId, 'yes')).status).toBe(201);
      expect((await vote(t, voters[1], ballotId, 'no')).status).toBe(201);
      return ballotId;
    };

    it('another master secret: closing and voting are 500 SEAL_KEY_MISMATCH; the right one then counts', async () => {
      const ballotId = await openMotionWithVotes();
      const before = await stored(ballotId);
      expect(before).toMatchObject({ status: 'open', participations: 2, sealed: 2, choices: 0, receipts: 0 });
      const refused = await close(other, ballotId);
      expectProblem(refused, 500, 'SEAL_KEY_MISMATCH');
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectProblem(await vote(other, voters[2], ballotId, 'yes'), 500, 'SEAL_KEY_MISMATCH');
      expect(await stored(ballotId)).toEqual(before);

      expect((await close(t, ballotId)).status).toBe(200);
      const results = await as(t, sec).get(`${ballotsPath(coop)}/${ballotId}/results`);
      expect(results.body).toMatchObject({ participants: 2, counts: { yes: 1, no: 1, abstain: 0 } });
    });

    it('an altered sealed row: closing is 500 SEALED_VOTE_INVALID', async () => {
      const ballotId = await openMotionWithVotes();
      await t.query(
        `UPDATE ballot_sealed_votes SET sealed = set_byte(sealed, 20, get_byte(sealed, 20) # 1)
          WHERE id = (SELECT min(id::text)::uuid FROM ballot_sealed_votes WHERE ballot_id = $1)`,
        [ballotId],
      );
      const before = await stored(ballotId);
      expectProblem(await close(t, ballotId), 500, 'SEALED_VOTE_INVALID');
      expect(await stored(ballotId)).toEqual(before);
    });

    it('a sealed row copied (a vote counted twice): closing is 500 SEALED_VOTE_INVALID, the receipt seen twice', async () => {
      const ballotId = await openMotionWithVotes();
      await t.query(
        `INSERT INTO ballot_sealed_votes (cooperative_id, ballot_id, sealed)
         SELECT cooperative_id, ballot_id, sealed FROM ballot_sealed_votes WHERE ballot_id = $1 LIMIT 1`,
        [ballotId],
      );
      const before = await stored(ballotId);
      expect(before).toMatchObject({ participations: 2, sealed: 3 });
      const refused = await close(t, ballotId);
      expectProblem(refused, 500, 'SEALED_VOTE_INVALID');
      expect(refused.body.detail).toMatch(
        /^The receipt [0-9A-Z]{4}(-[0-9A-Z]{4}){3} appears twice\. A sealed vote was copied/,
      );
      expect(await stored(ballotId)).toEqual(before);
      await t.query(
        `DELETE FROM ballot_sealed_votes WHERE id = (SELECT max(id::text)::uuid FROM ballot_sealed_votes
                                                      WHERE ballot_id = $1)`,
        [ballotId],
      );
    });
  });

  describe('ballots from before', () => {
    it('one opened before scheme 2 seals with AES-256-GCM and closes; plain contents from before seals count too', async () => {
      const ballotId = (await givenBallot(t, coop, sec)).id;
      await ballotAction(t, coop, sec, ballotId, 'open');
      await t.query(`UPDATE ballots SET seal_scheme = 1 WHERE id = $1`, [ballotId]);
      expect((await vote(t, voters[0], ballotId, 'yes')).status).toBe(201);
      expect((await vote(t, voters[1], ballotId, 'no')).status).toBe(201);
      const [{ length }] = await t.query<{ length: number }>(
        `SELECT DISTINCT length(sealed) AS length FROM ballot_sealed_votes WHERE ballot_id = $1`,
        [ballotId],
      );
      // Scheme 1: IV, the JSON [["yes","no","abstain"],"XXXX-XXXX-XXXX-XXXX"], tag.
      expect(length).toBe(12 + JSON.stringify([['yes', 'no', 'abstain'], '0000-0000-0000-0000']).length + 16);
      // A vote stored in plain by a version before seals (its participation and its content), as the upgrade left it.
      await t.query(
        `INSERT INTO ballot_participations (cooperative_id, ballot_id, member_id, via, cast_by_member_id)
         VALUES ($1, $2, $3, 'self', $3)`,
        [coop, ballotId, voters[2].member.id],
      );
      await t.query(
        `INSERT INTO ballot_unsealed_votes (cooperative_id, ballot_id, selection, receipt_code)
         VALUES ($1, $2, '"yes"', '0000-1111-2222-3333')`,
        [coop, ballotId],
      );
      expect((await close(t, ballotId)).status).toBe(200);
      const results = await as(t, sec).get(`${ballotsPath(coop)}/${ballotId}/results`);
      expect(results.body).toMatchObject({ participants: 3, counts: { yes: 2, no: 1, abstain: 0 } });
      const codes = await allPages<string>(t, sec, `${ballotsPath(coop)}/${ballotId}/receipts`);
      expect(codes).toHaveLength(3);
      expect(codes).toContain('0000-1111-2222-3333');
      expect(await stored(ballotId)).toMatchObject({ sealed: 0, choices: 3, receipts: 3 });
      expect(
        await t.query(`SELECT count(*)::int AS n FROM ballot_unsealed_votes WHERE ballot_id = $1`, [ballotId]),
      ).toEqual([{ n: 0 }]);
    });
  });
});
