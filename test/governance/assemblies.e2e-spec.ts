/**
 * General assemblies and in-assembly ballots: the attendance register and meeting quorum, the secretary's counts
 * with every majority and quorum rule at its boundary over HTTP, an election tie, roll-call votes with corrections,
 * published results that never change, and the decision other modules reference (assertPassed).
 */
import { jest } from '@jest/globals';
import { GovernanceDecisions } from '../../src/governance/governance-decisions.service.js';
import { invariants } from '../../src/governance/governance.invariants.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  as,
  assembliesPath,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenActiveMember,
  givenBallot,
  proxiesPath,
} from '../support/governance.factories.js';
import type { MemberBody } from '../support/member-factories.js';
import { startConformingApp } from '../support/contract.js';
import type { TestApp } from '../support/test-app.js';
import { systemContext } from '../../src/common/context/request-context.js';

jest.setTimeout(120_000);

describe('general assemblies', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let board: string;
  let m: MemberBody[];
  let assemblyId: string;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t, { bylaws: { maxProxiesPerMember: 2, quorumPercent: '50' } });
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    board = (await givenUser(t, coop, ['board'])).accessToken;
    m = [];
    for (let i = 0; i < 6; i++) m.push(await givenActiveMember(t, coop, sec, { name: `Socio ${i + 1}` }));
  });
  afterAll(async () => {
    for (const inv of invariants) {
      expect({ name: inv.name, rows: await t.query(inv.sql) }).toEqual({ name: inv.name, rows: [] });
    }
    await t.close();
  });

  const attend = (body: object) => as(t, sec).post(`${assembliesPath(coop)}/${assemblyId}/attendance`, body);
  const quorum = async () => (await as(t, board).get(`${assembliesPath(coop)}/${assemblyId}`)).body.quorum;

  describe('the session and its attendance', () => {
    it('convenes with a numbered agenda, opens with the electorate of the record date', async () => {
      const created = await as(t, sec).post(assembliesPath(coop), {
        kind: 'annual',
        title: 'Annual general assembly 2021',
        meetingDate: '2021-07-10',
        recordDate: '2021-06-30',
        notice: 'Members are convened to the annual general assembly.',
        agenda: [{ title: 'Accounts' }, { title: 'Board election', description: 'Two seats' }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'planned',
        quorum: null,
        agenda: [
          { number: 1, title: 'Accounts', description: null },
          { number: 2, title: 'Board election', description: 'Two seats' },
        ],
      });
      assemblyId = created.body.id;
      expectProblem(
        await as(t, sec).post(assembliesPath(coop), { ...created.body, id: undefined }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await attend({ memberId: m[0].id, mode: 'in_person' }), 409, 'ASSEMBLY_NOT_IN_SESSION');
      const opened = await as(t, sec).post(`${assembliesPath(coop)}/${assemblyId}/open`);
      expect([opened.status, opened.body.status]).toEqual([200, 'in_session']);
      expect(opened.body.quorum).toEqual({
        electorate: 6,
        present: 0,
        represented: 0,
        quorumThreshold: 3,
        quorumMet: false,
      });
      expectProblem(
        await as(t, sec).patch(`${assembliesPath(coop)}/${assemblyId}`, { title: 'x' }),
        409,
        'ILLEGAL_TRANSITION',
      );
    });

    it('counts members present and represented, once each, against the meeting quorum', async () => {
      expect((await attend({ memberId: m[0].id, mode: 'in_person' })).status).toBe(201);
      expect((await attend({ memberId: m[1].id, mode: 'in_person' })).status).toBe(201);
      expect(await quorum()).toMatchObject({ present: 2, represented: 0, quorumMet: false });
      expectProblem(await attend({ memberId: m[1].id, mode: 'in_person' }), 409, 'ALREADY_ATTENDING');

      const proxy = await as(t, sec).post(proxiesPath(coop), {
        assemblyId,
        grantorMemberId: m[2].id,
        holderMemberId: m[0].id,
      });
      expect(proxy.status).toBe(201);
      const absentHolder = await as(t, sec).post(proxiesPath(coop), {
        assemblyId,
        grantorMemberId: m[3].id,
        holderMemberId: m[4].id,
      });
      expectProblem(
        await attend({ memberId: m[3].id, mode: 'proxy', proxyId: absentHolder.body.id }),
        409,
        'NOT_ATTENDING',
      );
      expectProblem(
        await attend({ memberId: m[2].id, mode: 'proxy', proxyId: absentHolder.body.id }),
        404,
        'PROXY_NOT_FOUND',
      );
      const represented = await attend({ memberId: m[2].id, mode: 'proxy', proxyId: proxy.body.id });
      expect(represented.body).toMatchObject({ memberId: m[2].id, mode: 'proxy', holderMemberId: m[0].id });
      expect(await quorum()).toEqual({
        electorate: 6,
        present: 2,
        represented: 1,
        quorumThreshold: 3,
        quorumMet: true,
      });
      expectProblem(await as(t, sec).post(`${proxiesPath(coop)}/${proxy.body.id}/revoke`), 409, 'PROXY_ALREADY_USED');

      for (const i of [3, 4, 5]) expect((await attend({ memberId: m[i].id, mode: 'in_person' })).status).toBe(201);
      const register = await as(t, board).get(`${assembliesPath(coop)}/${assemblyId}/attendance`);
      expect(register.body.items.map((e: { memberId: string }) => e.memberId)).toEqual(m.map((x) => x.id));
    });
  });

  describe('ballots counted in the room', () => {
    const counted = async (body: Record<string, unknown>) => {
      const ballot = await givenBallot(t, coop, sec, {
        mode: 'in_assembly',
        inAssemblyMethod: 'counts',
        assemblyId,
        agendaItem: 1,
        ...body,
      });
      await ballotAction(t, coop, sec, ballot.id, 'open');
      await ballotAction(t, coop, sec, ballot.id, 'close');
      return ballot.id;
    };
    const record = async (ballotId: string, body: object) => {
      const res = await as(t, sec).post(`${ballotsPath(coop)}/${ballotId}/counts`, body);
      expect(res.status).toBe(200);
      return (await as(t, board).get(`${ballotsPath(coop)}/${ballotId}/results`)).body;
    };
    const motion = async (ballotId: string, yes: number, no: number, abstain: number) => {
      const r = await record(ballotId, { counts: { yes, no, abstain } });
      return [r.outcome, r.majorityMet, r.quorumMet, r.participants];
    };

    it('two-thirds: exactly 2/3 passes, one vote short fails, abstentions do not count', async () => {
      const id = await counted({ majority: 'two_thirds', quorum: { type: 'none' } });
      expect(await motion(id, 4, 2, 0)).toEqual(['passed', true, true, 6]);
      expect(await motion(id, 3, 2, 1)).toEqual(['rejected', false, true, 6]);
      expect(await motion(id, 2, 1, 3)).toEqual(['passed', true, true, 6]);
      expect(await motion(id, 0, 0, 6)).toEqual(['rejected', false, true, 6]);
    });

    it('simple: a tie fails; absolute: more than half the electorate, abstentions weigh like no', async () => {
      const simple = await counted({ majority: 'simple', quorum: { type: 'none' } });
      expect(await motion(simple, 2, 2, 2)).toEqual(['rejected', false, true, 6]);
      expect(await motion(simple, 2, 1, 3)).toEqual(['passed', true, true, 6]);
      const absolute = await counted({ majority: 'absolute', quorum: { type: 'none' } });
      expect(await motion(absolute, 3, 0, 3)).toEqual(['rejected', false, true, 6]);
      expect(await motion(absolute, 4, 2, 0)).toEqual(['passed', true, true, 6]);
    });

    it('quorum: one participant short is failed_quorum whatever the votes; the exact threshold meets it', async () => {
      const id = await counted({ majority: 'simple', quorum: { type: 'percent', percent: '50' } });
      expect(await motion(id, 2, 0, 0)).toEqual(['failed_quorum', true, false, 2]);
      expect(await motion(id, 2, 0, 1)).toEqual(['passed', true, true, 3]);
      const third = await counted({ majority: 'simple', quorum: { type: 'percent', percent: '33.33' } });
      const r = await record(third, { counts: { yes: 1, no: 0, abstain: 1 } });
      expect([r.quorumThreshold, r.outcome]).toEqual([2, 'passed']);
      const absolute = await counted({ majority: 'simple', quorum: { type: 'absolute', count: 5 } });
      expect(await motion(absolute, 3, 1, 0)).toEqual(['failed_quorum', true, false, 4]);
    });

    it('an election tie at the last seat is reported, never broken', async () => {
      const id = await counted({ kind: 'election', options: ['Ana', 'Berta', 'Carla'], seats: 2, agendaItem: 2 });
      const r = await record(id, { counts: { Ana: 3, Berta: 2, Carla: 2 }, ballots: 4 });
      expect(r).toMatchObject({ outcome: 'tie', elected: ['Ana'], tied: ['Berta', 'Carla'], seatsInTie: 1 });
      const choice = await counted({ kind: 'choice', options: ['X', 'Y'] });
      const c = await record(choice, { counts: { X: 2, Y: 2 }, abstentions: 1 });
      expect(c).toMatchObject({ outcome: 'tie', winner: null, tied: ['X', 'Y'], abstentions: 1, participants: 5 });
    });

    it('refuses counts beyond the attendance register or of the wrong shape', async () => {
      const id = await counted({});
      expectProblem(
        await as(t, sec).post(`${ballotsPath(coop)}/${id}/counts`, { counts: { yes: 4, no: 3, abstain: 0 } }),
        422,
        'COUNTS_EXCEED_ATTENDANCE',
      );
      expectProblem(
        await as(t, sec).post(`${ballotsPath(coop)}/${id}/counts`, { counts: { maybe: 1 } }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await as(t, sec).post(`${ballotsPath(coop)}/${id}/publish`), 409, 'COUNTS_REQUIRED');
      expectProblem(await as(t, board).get(`${ballotsPath(coop)}/${id}/results`), 409, 'RESULTS_NOT_AVAILABLE');
    });

    it('a published result never changes and is the decision other modules reference', async () => {
      const id = await counted({ majority: 'simple', quorum: { type: 'none' } });
      const decisions = t.app.get(GovernanceDecisions);
      await record(id, { counts: { yes: 4, no: 1, abstain: 0 } });
      await expect(decisions.assertPassed(systemContext(), coop, id)).rejects.toMatchObject({
        code: 'BALLOT_NOT_PASSED',
      });
      const published = await as(t, sec).post(`${ballotsPath(coop)}/${id}/publish`);
      expect(published.body).toMatchObject({ final: true, outcome: 'passed', counts: { yes: 4, no: 1, abstain: 0 } });
      await expect(decisions.assertPassed(systemContext(), coop, id)).resolves.toMatchObject({ ballotId: id });
      await expect(decisions.assertPassed(systemContext(), await givenCooperative(t), id)).rejects.toMatchObject({
        code: 'BALLOT_NOT_FOUND',
      });
      expectProblem(
        await as(t, sec).post(`${ballotsPath(coop)}/${id}/counts`, { counts: { yes: 0, no: 5, abstain: 0 } }),
        409,
        'ILLEGAL_TRANSITION',
      );
      expect((await as(t, board).get(`${ballotsPath(coop)}/${id}/results`)).body.counts).toEqual({
        yes: 4,
        no: 1,
        abstain: 0,
      });
      const rejected = await counted({ majority: 'simple', quorum: { type: 'none' } });
      await record(rejected, { counts: { yes: 1, no: 4, abstain: 0 } });
      await ballotAction(t, coop, sec, rejected, 'publish');
      await expect(decisions.assertPassed(systemContext(), coop, rejected)).rejects.toMatchObject({
        code: 'BALLOT_NOT_PASSED',
      });
    });
  });

  describe('a roll-call in the room', () => {
    it('records present and represented members, corrects a vote with history, refuses the absent', async () => {
      const ballot = await givenBallot(t, coop, sec, {
        mode: 'in_assembly',
        inAssemblyMethod: 'roll_call',
        secret: false,
        assemblyId,
      });
      const path = `${ballotsPath(coop)}/${ballot.id}/roll-call`;
      expectProblem(await as(t, sec).post(path, { memberId: m[0].id, selection: 'yes' }), 409, 'BALLOT_NOT_OPEN');
      await ballotAction(t, coop, sec, ballot.id, 'open');
      const own = await as(t, sec).post(path, { memberId: m[0].id, selection: 'yes' });
      // A 200: the vote has no URL of its own (the roll-call is read after closing).
      expect([own.status, own.headers.location]).toEqual([200, undefined]);
      expect(own.body).toMatchObject({ via: 'roll_call', version: 1 });
      const represented = await as(t, sec).post(path, { memberId: m[2].id, selection: 'no' });
      expect(represented.body).toMatchObject({ via: 'proxy', memberId: m[2].id });
      const corrected = await as(t, sec).post(path, { memberId: m[0].id, selection: 'no' });
      expect(corrected.body).toMatchObject({ version: 2, selection: 'no' });
      expectProblem(
        await as(t, board).get(`${ballotsPath(coop)}/${ballot.id}/roll-call-votes`),
        409,
        'RESULTS_NOT_AVAILABLE',
      );
      await ballotAction(t, coop, sec, ballot.id, 'close');
      expectProblem(await as(t, sec).post(path, { memberId: m[1].id, selection: 'yes' }), 409, 'BALLOT_CLOSED');
      const votes = await as(t, board).get(`${ballotsPath(coop)}/${ballot.id}/roll-call-votes`);
      expect(
        votes.body.items.map((v: { memberId: string; selection: string; castByMemberId: string }) => [
          v.memberId,
          v.selection,
          v.castByMemberId,
        ]),
      ).toEqual([
        [m[0].id, 'no', m[0].id],
        [m[2].id, 'no', m[0].id],
      ]);
      const history = await t.query(
        `SELECT selection FROM ballot_vote_history WHERE ballot_id = $1 AND member_id = $2 ORDER BY id`,
        [ballot.id, m[0].id],
      );
      expect(history).toEqual([{ selection: 'yes' }, { selection: 'no' }]);
    });

    it('closing the assembly needs its ballots closed, then the minutes never change', async () => {
      const pending = await givenBallot(t, coop, sec, { mode: 'in_assembly', inAssemblyMethod: 'counts', assemblyId });
      const close = () =>
        as(t, sec).post(`${assembliesPath(coop)}/${assemblyId}/close`, {
          minutes: 'The assembly approved the accounts.',
        });
      expectProblem(await close(), 409, 'BALLOT_STILL_RUNNING');
      await ballotAction(t, coop, sec, pending.id, 'open');
      await ballotAction(t, coop, sec, pending.id, 'close');
      const closed = await close();
      expect([closed.status, closed.body.status, closed.body.minutes]).toEqual([
        200,
        'closed',
        'The assembly approved the accounts.',
      ]);
      expectProblem(await close(), 409, 'ILLEGAL_TRANSITION');
      await expect(t.query(`UPDATE general_assemblies SET minutes = 'x' WHERE id = $1`, [assemblyId])).rejects.toThrow(
        /closed/,
      );
    });
  });
});
