/**
 * Electronic voting: the electorate frozen at the record date, one counted vote per member under 200 concurrent
 * attempts over two app instances, secret ballots with nothing linking voter and choice, nothing visible before
 * closing, a recount from the published anonymous choices, open ballots whose votes change with history kept.
 */
import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/app-config.js';
import { invariants } from '../../src/governance/governance.invariants.js';
import { electorateFingerprint } from '../../src/governance/fingerprint.rules.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  allPages,
  as,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenActiveMember,
  givenBallot,
  givenVoter,
  mePath,
  type Voter,
} from '../support/governance.factories.js';
import { act, givenApplicant, type MemberBody } from '../support/member-factories.js';
import { startConformingApp } from '../support/contract.js';
import { SUPERADMIN, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

// Hooks create members with accounts (argon2 hashing): more than Jest's default 5 s on a small machine.
jest.setTimeout(120_000);

describe('electronic ballots', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let board: string;
  let voters: Voter[];
  /** A second app instance on the same database (closed last: closing it disconnects the shared data source). */
  let second: NestExpressApplication | undefined;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t);
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    board = (await givenUser(t, coop, ['board'])).accessToken;
    voters = [];
    for (let i = 0; i < 4; i++) voters.push(await givenVoter(t, coop, sec, { name: `Voter ${i + 1}` }));
  });
  afterAll(async () => {
    for (const inv of invariants) {
      expect({ name: inv.name, rows: await t.query(inv.sql) }).toEqual({ name: inv.name, rows: [] });
    }
    await second?.close().catch(() => undefined);
    await t.close().catch(() => undefined);
  });

  const vote = (voter: Voter, ballotId: string, selection: unknown, extra: object = {}) =>
    as(t, voter.token).post(`${ballotsPath(coop)}/${ballotId}/votes`, { selection, ...extra });

  describe('the electorate at the record date', () => {
    let c2: string;
    let sec2: string;
    const roll: Record<string, MemberBody> = {};

    beforeAll(async () => {
      c2 = await givenCooperative(t);
      sec2 = (await givenUser(t, c2, ['secretary'])).accessToken;
      const step = (m: MemberBody, action: Parameters<typeof act>[4], effectiveDate: string, extra = {}) =>
        act(t, c2, sec2, m.id, action, { effectiveDate, ...extra });
      roll.active = await givenActiveMember(t, c2, sec2, { name: 'Active before' });
      roll.admittedOnDay = await givenActiveMember(t, c2, sec2, { name: 'Admitted on the day' }, '2021-06-30');
      roll.admittedAfter = await givenActiveMember(t, c2, sec2, { name: 'Admitted after' }, '2021-07-01');
      roll.suspended = await givenActiveMember(t, c2, sec2, { name: 'Suspended' });
      await step(roll.suspended, 'suspend', '2021-06-01');
      roll.reinstated = await givenActiveMember(t, c2, sec2, { name: 'Reinstated' });
      await step(roll.reinstated, 'suspend', '2021-01-01');
      await step(roll.reinstated, 'reinstate', '2021-03-01');
      roll.suspendedAfter = await givenActiveMember(t, c2, sec2, { name: 'Suspended after' });
      await step(roll.suspendedAfter, 'suspend', '2021-07-01');
      roll.ceased = await givenActiveMember(t, c2, sec2, { name: 'Ceased' });
      await step(roll.ceased, 'cease', '2021-05-01', { cessationReason: 'withdrawn' });
      roll.ceasedOnDay = await givenActiveMember(t, c2, sec2, { name: 'Ceased on the day' });
      await step(roll.ceasedOnDay, 'cease', '2021-06-30', { cessationReason: 'withdrawn' });
      roll.ceasedAfter = await givenActiveMember(t, c2, sec2, { name: 'Ceased after' });
      await step(roll.ceasedAfter, 'cease', '2021-08-01', { cessationReason: 'withdrawn' });
      roll.applicant = await givenApplicant(t, c2, sec2, { name: 'Applicant' });
    });

    it('holds exactly the members active on the record date, with the published fingerprint', async () => {
      const ballot = await givenBallot(t, c2, sec2, { recordDate: '2021-06-30' });
      const opened = await ballotAction(t, c2, sec2, ballot.id, 'open');
      const expected = [roll.active, roll.admittedOnDay, roll.reinstated, roll.suspendedAfter, roll.ceasedAfter]
        .map((m) => m.id)
        .sort();
      const stored = (
        await t.query<{ member_id: string }>(`SELECT member_id FROM ballot_electorate WHERE ballot_id = $1`, [
          ballot.id,
        ])
      )
        .map((r) => r.member_id)
        .sort();
      expect(stored).toEqual(expected);
      expect(opened.electorateSize).toBe(5);
      // The recipe, computed here without the library: ids sorted bytewise, '\n'-joined, sha256, hex.
      const byHand = createHash('sha256').update(expected.join('\n'), 'utf8').digest('hex');
      expect(opened.electorateFingerprint).toBe(byHand);
      expect(opened.electorateFingerprint).toBe(electorateFingerprint(expected));

      const page = await as(t, sec2).get(`${ballotsPath(c2)}/${ballot.id}/electorate?limit=2`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((i: { memberId: string }) => i.memberId)).toEqual(expected.slice(0, 2));
      const listed = await allPages<{ memberId: string }>(t, sec2, `${ballotsPath(c2)}/${ballot.id}/electorate`);
      expect(listed.map((i) => i.memberId)).toEqual(expected);
    });

    it('an empty roll hashes the empty string', async () => {
      const ballot = await givenBallot(t, c2, sec2, { recordDate: '2019-01-01' });
      const opened = await ballotAction(t, c2, sec2, ballot.id, 'open');
      expect([opened.electorateSize, opened.electorateFingerprint]).toEqual([
        0,
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ]);
    });

    it('a record date that has not come yet cannot freeze a roll', async () => {
      const ballot = await givenBallot(t, c2, sec2, { recordDate: '2999-01-01' });
      expectProblem(await as(t, sec2).post(`${ballotsPath(c2)}/${ballot.id}/open`), 409, 'RECORD_DATE_NOT_REACHED');
    });
  });

  describe('one member, one vote', () => {
    it('200 concurrent attempts by one member over two app instances count once', async () => {
      const ballot = await givenBallot(t, coop, sec, { secret: true });
      await ballotAction(t, coop, sec, ballot.id, 'open');
      const config = {
        ...loadConfig({ LOG_LEVEL: 'silent', ADMIN_EMAIL: SUPERADMIN.email, ADMIN_PASSWORD: SUPERADMIN.password }),
        loginRateLimitPerMinute: 1000,
      };
      second = await createApp({
        config,
        databaseUrl: t.databaseUrl,
        jwtSecret: TEST_JWT_SECRET,
      });
      await second.init();
      {
        const servers = [t.app.getHttpServer(), second.getHttpServer()];
        const responses = await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            request(servers[i % 2])
              .post(`${ballotsPath(coop)}/${ballot.id}/votes`)
              .auth(voters[0].token, { type: 'bearer' })
              .send({ selection: i % 3 === 0 ? 'yes' : i % 3 === 1 ? 'no' : 'abstain' }),
          ),
        );
        const statuses = responses.map((r) => `${r.status} ${r.body.code ?? ''}`.trim());
        expect(statuses.filter((s) => s === '201')).toHaveLength(1);
        expect(statuses.filter((s) => s === '409 ALREADY_VOTED')).toHaveLength(199);
      }
      const [counts] = await t.query(
        `SELECT (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = $1) AS participations,
                (SELECT count(*)::int FROM ballot_sealed_votes WHERE ballot_id = $1) AS sealed`,
        [ballot.id],
      );
      expect(counts).toEqual({ participations: 1, sealed: 1 });
    });

    it('an open ballot: voting again changes the vote, one counted, history kept', async () => {
      const ballot = await givenBallot(t, coop, sec, { secret: false });
      await ballotAction(t, coop, sec, ballot.id, 'open');
      const first = await vote(voters[1], ballot.id, 'yes');
      expect([first.status, first.body.version, first.body.selection]).toEqual([201, 1, 'yes']);
      const changed = await vote(voters[1], ballot.id, 'no');
      expect([changed.status, changed.body.version, changed.body.selection]).toEqual([201, 2, 'no']);
      const mine = await as(t, voters[1].token).get(`${mePath(coop)}/ballots/${ballot.id}`);
      expect(mine.body).toMatchObject({ eligible: true, voted: true, via: 'self', selection: 'no' });
      expect(mine.body.history.map((h: { selection: string }) => h.selection)).toEqual(['yes', 'no']);
      await ballotAction(t, coop, sec, ballot.id, 'close');
      const results = await as(t, voters[2].token).get(`${ballotsPath(coop)}/${ballot.id}/results`);
      expect(results.body).toMatchObject({ participants: 1, counts: { yes: 0, no: 1, abstain: 0 } });
      const rollCall = await as(t, voters[2].token).get(`${ballotsPath(coop)}/${ballot.id}/roll-call-votes`);
      expect(rollCall.body.items).toEqual([
        {
          memberId: voters[1].member.id,
          memberNumber: voters[1].member.memberNumber,
          name: 'Voter 2',
          selection: 'no',
          via: 'self',
          castByMemberId: voters[1].member.id,
        },
      ]);
    });

    it('a secret vote cannot be changed', async () => {
      const ballot = await givenBallot(t, coop, sec);
      await ballotAction(t, coop, sec, ballot.id, 'open');
      expect((await vote(voters[1], ballot.id, 'yes')).status).toBe(201);
      expectProblem(await vote(voters[1], ballot.id, 'no'), 409, 'ALREADY_VOTED');
    });
  });

  describe('a secret ballot', () => {
    let ballotId: string;
    const receipts: string[] = [];

    beforeAll(async () => {
      ballotId = (await givenBallot(t, coop, sec, { kind: 'choice', options: ['Ana', 'Berta', 'Carla'] })).id;
      await ballotAction(t, coop, sec, ballotId, 'open');
      const choices = ['Berta', 'Ana', 'Berta', null];
      for (const [i, v] of voters.entries()) {
        const res = await vote(v, ballotId, choices[i], {});
        expect(res.status).toBe(201);
        expect(res.body.receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
        expect(res.body.selection).toBeNull();
        receipts.push(res.body.receiptCode);
      }
    });

    it('stores participation and content with no shared key and no timestamp', async () => {
      const columns = await t.query<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_name IN ('ballot_participations', 'ballot_unsealed_votes', 'ballot_sealed_votes',
                               'ballot_published_choices', 'ballot_published_receipts')
          ORDER BY table_name, column_name`,
      );
      const of = (table: string) => columns.filter((c) => c.table_name === table).map((c) => c.column_name);
      expect(of('ballot_participations')).toEqual([
        'ballot_id',
        'cast_by_member_id',
        'cooperative_id',
        'member_id',
        'proxy_id',
        'via',
      ]);
      expect(of('ballot_unsealed_votes')).toEqual(['ballot_id', 'cooperative_id', 'id', 'receipt_code', 'selection']);
      expect(of('ballot_sealed_votes')).toEqual(['ballot_id', 'cooperative_id', 'id', 'sealed']);
      expect(of('ballot_published_choices')).toEqual(['ballot_id', 'chunk', 'cooperative_id', 'selections']);
      expect(of('ballot_published_receipts')).toEqual([
        'ballot_id',
        'chunk',
        'cooperative_id',
        'first_receipt',
        'receipts',
      ]);
      expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
      // No column of the content table names a member, and no key relates the two tables beyond the ballot.
      const fks = await t.query(
        `SELECT conname FROM pg_constraint WHERE contype = 'f'
            AND conrelid IN ('ballot_unsealed_votes'::regclass, 'ballot_sealed_votes'::regclass,
                             'ballot_published_choices'::regclass, 'ballot_published_receipts'::regclass)
            AND confrelid <> 'ballots'::regclass`,
      );
      expect(fks).toEqual([]);
    });

    it('keeps the choice out of the audit log and the receipt out of stored idempotent responses', async () => {
      const audit = await t.query<{ summary: object }>(
        `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'ballot.vote_cast'`,
        [ballotId],
      );
      expect(audit).toHaveLength(4);
      expect(JSON.stringify(audit)).not.toMatch(/Berta|Ana|selection/);

      const other = await givenBallot(t, coop, sec);
      await ballotAction(t, coop, sec, other.id, 'open');
      const send = (selection: string) =>
        as(t, voters[3].token)
          .post(`${ballotsPath(coop)}/${other.id}/votes`)
          .set('Idempotency-Key', 'secret-vote-1')
          .send({ selection });
      const first = await send('yes');
      expect(first.status).toBe(201);
      expect(typeof first.body.receiptCode).toBe('string');
      const replay = await send('yes');
      expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([201, 'true']);
      expect(replay.body).toEqual({ ...first.body, receiptCode: undefined });
      expect(replay.body).not.toHaveProperty('receiptCode');
      // A different vote under the same key replays too: the stored hash does not depend on the selection.
      expect((await send('no')).status).toBe(201);
      const stored = await t.query<{ body: string }>(
        `SELECT response_body::text AS body FROM idempotency_records WHERE key = 'secret-vote-1'`,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].body).not.toContain(first.body.receiptCode);
      expect(
        await t.query(`SELECT count(*)::int AS n FROM ballot_sealed_votes WHERE ballot_id = $1`, [other.id]),
      ).toEqual([{ n: 1 }]);
    });

    it('shows nothing before closing, to members and to the board', async () => {
      for (const token of [voters[0].token, board, sec]) {
        for (const path of ['results', 'receipts', 'anonymous-choices']) {
          expectProblem(
            await as(t, token).get(`${ballotsPath(coop)}/${ballotId}/${path}`),
            409,
            'RESULTS_NOT_AVAILABLE',
          );
        }
      }
      const mine = await as(t, voters[0].token).get(`${mePath(coop)}/ballots/${ballotId}`);
      expect(mine.body).toMatchObject({ eligible: true, voted: true, selection: null, history: [] });
    });

    it('after closing: totals, the counted receipts and shuffled anonymous choices that recount to the totals', async () => {
      const closed = await ballotAction(t, coop, sec, ballotId, 'close');
      expect(closed.status).toBe('closed');
      const results = await as(t, voters[0].token).get(`${ballotsPath(coop)}/${ballotId}/results`);
      expect(results.status).toBe(200);
      expect(results.body).toMatchObject({
        kind: 'choice',
        final: false,
        outcome: 'decided',
        electorate: 4,
        participants: 4,
        quorumThreshold: 2,
        quorumMet: true,
        winner: 'Berta',
        abstentions: 1,
        ranking: [
          { option: 'Berta', votes: 2 },
          { option: 'Ana', votes: 1 },
          { option: 'Carla', votes: 0 },
        ],
      });
      const listedReceipts = await allPages<string>(t, voters[0].token, `${ballotsPath(coop)}/${ballotId}/receipts`);
      expect(listedReceipts).toEqual([...receipts].sort());
      const anonymous = await allPages<{ selection: string | null }>(
        t,
        voters[0].token,
        `${ballotsPath(coop)}/${ballotId}/anonymous-choices`,
      );
      const recount: Record<string, number> = {};
      for (const { selection } of anonymous) recount[String(selection)] = (recount[String(selection)] ?? 0) + 1;
      expect(recount).toEqual({ Berta: 2, Ana: 1, null: 1 });
      expect(Object.keys(anonymous[0])).toEqual(['selection']);
      // Written by the closing transaction: every published row has its xmin, none a voting transaction's.
      const [xmins] = await t.query(
        `WITH published AS (SELECT xmin FROM ballot_published_choices WHERE ballot_id = $1
                            UNION ALL SELECT xmin FROM ballot_published_receipts WHERE ballot_id = $1)
         SELECT (SELECT count(*)::int FROM published) AS rows,
                (SELECT count(DISTINCT xmin::text)::int FROM published) AS content,
                (SELECT count(*)::int FROM ballot_participations p, published c
                  WHERE p.ballot_id = $1 AND p.xmin::text = c.xmin::text) AS shared`,
        [ballotId],
      );
      expect(xmins).toEqual({ rows: 2, content: 1, shared: 0 });
    });

    it('publishing makes the result final; a published ballot cannot change, even in SQL', async () => {
      const published = await as(t, sec).post(`${ballotsPath(coop)}/${ballotId}/publish`);
      expect([published.status, published.body.final, published.body.winner]).toEqual([200, true, 'Berta']);
      expectProblem(await as(t, sec).post(`${ballotsPath(coop)}/${ballotId}/publish`), 409, 'ILLEGAL_TRANSITION');
      await expect(t.query(`UPDATE ballots SET title = 'changed' WHERE id = $1`, [ballotId])).rejects.toThrow(
        /published/,
      );
    });
  });

  describe('when voting is refused', () => {
    it('before opening, before opensAt, after closesAt and after closing', async () => {
      const draft = await givenBallot(t, coop, sec);
      expectProblem(await vote(voters[0], draft.id, 'yes'), 409, 'BALLOT_NOT_OPEN');

      const later = await givenBallot(t, coop, sec, { opensAt: '2999-01-01T00:00:00Z' });
      await ballotAction(t, coop, sec, later.id, 'open');
      expectProblem(await vote(voters[0], later.id, 'yes'), 409, 'BALLOT_NOT_OPEN');

      const timed = await givenBallot(t, coop, sec, { closesAt: '2999-01-01T00:00:00Z' });
      await ballotAction(t, coop, sec, timed.id, 'open');
      expectProblem(await as(t, sec).post(`${ballotsPath(coop)}/${timed.id}/close`), 409, 'BALLOT_STILL_RUNNING');
      expect((await vote(voters[0], timed.id, 'yes')).status).toBe(201);
      await t.query(`UPDATE ballots SET closes_at = now() - interval '1 second' WHERE id = $1`, [timed.id]);
      expectProblem(await vote(voters[1], timed.id, 'yes'), 409, 'BALLOT_CLOSED');
      await ballotAction(t, coop, sec, timed.id, 'close');
      expectProblem(await vote(voters[2], timed.id, 'yes'), 409, 'BALLOT_CLOSED');
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM ballot_participations WHERE ballot_id = $1`, [
        timed.id,
      ]);
      expect(n).toBe(1);
    });

    it('a member not on the roll, an invalid choice, staff and API keys', async () => {
      const ballot = await givenBallot(t, coop, sec, { recordDate: '2020-01-15' });
      await ballotAction(t, coop, sec, ballot.id, 'open');
      expectProblem(await vote(voters[0], ballot.id, 'yes'), 403, 'NOT_IN_ELECTORATE');
      const open = await givenBallot(t, coop, sec);
      await ballotAction(t, coop, sec, open.id, 'open');
      expectProblem(await vote(voters[0], open.id, 'maybe'), 422, 'INVALID_CHOICE');
      expectProblem(await vote(voters[0], open.id, ['yes']), 422, 'INVALID_CHOICE');
      expectProblem(
        await as(t, voters[0].token).post(`${ballotsPath(coop)}/${open.id}/votes`, {}),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await as(t, sec).post(`${ballotsPath(coop)}/${open.id}/votes`, { selection: 'yes' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await as(t, voters[0].token).post(`${ballotsPath(coop)}/${open.id}/close`), 403, 'FORBIDDEN');
    });

    it('a member of another cooperative cannot vote', async () => {
      const other = await givenCooperative(t);
      const otherSec = (await givenUser(t, other, ['secretary'])).accessToken;
      const outsider = await givenVoter(t, other, otherSec);
      const ballot = await givenBallot(t, coop, sec);
      await ballotAction(t, coop, sec, ballot.id, 'open');
      expectProblem(
        await as(t, outsider.token).post(`${ballotsPath(coop)}/${ballot.id}/votes`, { selection: 'yes' }),
        404,
        'COOPERATIVE_NOT_FOUND',
      );
      // Through their own cooperative's path, the ballot of another cooperative does not exist.
      expectProblem(
        await as(t, outsider.token).post(`${ballotsPath(other)}/${ballot.id}/votes`, { selection: 'yes' }),
        404,
        'BALLOT_NOT_FOUND',
      );
      expectProblem(await as(t, otherSec).get(`${ballotsPath(other)}/${ballot.id}`), 404, 'BALLOT_NOT_FOUND');
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM ballot_participations WHERE ballot_id = $1`, [
        ballot.id,
      ]);
      expect(n).toBe(0);
    });
  });
});
