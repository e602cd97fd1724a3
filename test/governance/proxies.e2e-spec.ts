/**
 * Proxies: the bylaws' cap per holder (also under concurrent appointments), revocation until used, a member's own
 * vote and a proxy vote for them counting once whichever comes first, no chains, self-service appointment by
 * member number, and members who cannot touch others' proxies.
 */
import { jest } from '@jest/globals';
import { invariants } from '../../src/governance/governance.invariants.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  as,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenActiveMember,
  givenBallot,
  givenVoter,
  mePath,
  proxiesPath,
  type Voter,
} from '../support/governance.factories.js';
import type { MemberBody } from '../support/member-factories.js';
import { startConformingApp } from '../support/contract.js';
import type { TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

describe('proxies', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let holder: Voter;
  let grantor: Voter;
  let other: Voter;
  let plain: MemberBody[];

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t, { bylaws: { maxProxiesPerMember: 1 } });
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    holder = await givenVoter(t, coop, sec, { name: 'Hilda Holder' });
    grantor = await givenVoter(t, coop, sec, { name: 'Gustavo Grantor' });
    other = await givenVoter(t, coop, sec, { name: 'Olga Other' });
    plain = [];
    for (let i = 0; i < 6; i++) plain.push(await givenActiveMember(t, coop, sec, { name: `Plain ${i}` }));
  });
  afterAll(async () => {
    for (const inv of invariants) {
      expect({ name: inv.name, rows: await t.query(inv.sql) }).toEqual({ name: inv.name, rows: [] });
    }
    await t.close();
  });

  const appoint = (body: object) => as(t, sec).post(proxiesPath(coop), body);
  const openBallot = async (body: Record<string, unknown> = {}) => {
    const ballot = await givenBallot(t, coop, sec, body);
    await ballotAction(t, coop, sec, ballot.id, 'open');
    return ballot.id;
  };
  const vote = (voter: Voter, ballotId: string, selection: unknown, onBehalfOfMemberId?: string) =>
    as(t, voter.token).post(`${ballotsPath(coop)}/${ballotId}/votes`, { selection, onBehalfOfMemberId });

  it('a holder carries at most the bylaws maximum; a revoked proxy frees the place', async () => {
    const ballotId = await openBallot();
    const first = await appoint({ ballotId, grantorMemberId: plain[0].id, holderMemberId: holder.member.id });
    expect([first.status, first.body.state]).toEqual([201, 'active']);
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[1].id, holderMemberId: holder.member.id }),
      409,
      'PROXY_LIMIT_REACHED',
    );
    const revoked = await as(t, sec).post(`${proxiesPath(coop)}/${first.body.id}/revoke`);
    expect([revoked.status, revoked.body.state]).toEqual([200, 'revoked']);
    expectProblem(await as(t, sec).post(`${proxiesPath(coop)}/${first.body.id}/revoke`), 409, 'ILLEGAL_TRANSITION');
    const second = await appoint({ ballotId, grantorMemberId: plain[1].id, holderMemberId: holder.member.id });
    expect(second.status).toBe(201);
    // The revoked proxy no longer lets the holder vote; the live one does.
    expectProblem(await vote(holder, ballotId, 'yes', plain[0].id), 404, 'PROXY_NOT_FOUND');
    const byProxy = await vote(holder, ballotId, 'no', plain[1].id);
    expect([byProxy.status, byProxy.body.memberId, byProxy.body.via]).toEqual([201, plain[1].id, 'proxy']);
    const [row] = await t.query(
      `SELECT via, cast_by_member_id FROM ballot_participations WHERE ballot_id = $1 AND member_id = $2`,
      [ballotId, plain[1].id],
    );
    expect(row).toEqual({ via: 'proxy', cast_by_member_id: holder.member.id });
  });

  it('five concurrent appointments to one holder with room for one: exactly one succeeds', async () => {
    const ballotId = await openBallot();
    const responses = await Promise.all(
      plain.slice(0, 5).map((g) => appoint({ ballotId, grantorMemberId: g.id, holderMemberId: other.member.id })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(responses.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(4).fill('PROXY_LIMIT_REACHED'),
    );
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM proxies WHERE ballot_id = $1 AND holder_member_id = $2 AND revoked_at IS NULL`,
      [ballotId, other.member.id],
    );
    expect(n).toBe(1);
  });

  it("a proxy vote and the member's own vote count once, whichever comes first", async () => {
    const ballotId = await openBallot({ secret: false });
    const proxy = await appoint({ ballotId, grantorMemberId: grantor.member.id, holderMemberId: holder.member.id });
    expect(proxy.status).toBe(201);
    // The member votes first: the holder's vote for them is refused and the proxy stays unused (revocable).
    expect((await vote(grantor, ballotId, 'yes')).status).toBe(201);
    expectProblem(await vote(holder, ballotId, 'no', grantor.member.id), 409, 'ALREADY_VOTED');
    expect((await as(t, sec).get(`${proxiesPath(coop)}/${proxy.body.id}`)).body.state).toBe('active');

    // The holder votes first: the member's own vote is refused; the proxy is used and no longer revocable.
    const ballot2 = await openBallot({ secret: false });
    const proxy2 = await appoint({
      ballotId: ballot2,
      grantorMemberId: grantor.member.id,
      holderMemberId: holder.member.id,
    });
    expect((await vote(holder, ballot2, 'no', grantor.member.id)).status).toBe(201);
    expectProblem(await vote(grantor, ballot2, 'yes'), 409, 'ALREADY_VOTED');
    expectProblem(await as(t, sec).post(`${proxiesPath(coop)}/${proxy2.body.id}/revoke`), 409, 'PROXY_ALREADY_USED');
    // The holder may still change the vote they cast for the member (same route), and vote for themself once.
    expect((await vote(holder, ballot2, 'yes', grantor.member.id)).body.version).toBe(2);
    expect((await vote(holder, ballot2, 'abstain')).status).toBe(201);
    await ballotAction(t, coop, sec, ballot2, 'close');
    const results = await as(t, grantor.token).get(`${ballotsPath(coop)}/${ballot2}/results`);
    expect(results.body).toMatchObject({ participants: 2, counts: { yes: 1, no: 0, abstain: 1 } });
    const mine = await as(t, grantor.token).get(`${mePath(coop)}/ballots/${ballot2}`);
    expect(mine.body).toMatchObject({ voted: true, via: 'proxy', castByMemberId: holder.member.id, selection: 'yes' });
  });

  it('no chains, no self-proxies, one live proxy per member, both must be eligible', async () => {
    const ballotId = await openBallot();
    expect((await appoint({ ballotId, grantorMemberId: plain[2].id, holderMemberId: plain[3].id })).status).toBe(201);
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[3].id, holderMemberId: plain[4].id }),
      422,
      'INVALID_PROXY',
    );
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[4].id, holderMemberId: plain[2].id }),
      422,
      'INVALID_PROXY',
    );
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[2].id, holderMemberId: plain[5].id }),
      409,
      'PROXY_ALREADY_APPOINTED',
    );
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[5].id, holderMemberId: plain[5].id }),
      422,
      'INVALID_PROXY',
    );
    const late = await givenActiveMember(t, coop, sec, { name: 'Late Comer' }, '2021-07-01');
    expectProblem(
      await appoint({ ballotId, grantorMemberId: plain[5].id, holderMemberId: late.id }),
      403,
      'NOT_IN_ELECTORATE',
    );
    expectProblem(
      await appoint({ ballotId, assemblyId: ballotId, grantorMemberId: plain[5].id, holderMemberId: plain[4].id }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a member appoints by member number, sees and revokes their own proxies, and nobody else’s', async () => {
    const ballotId = await openBallot();
    const mine = await as(t, grantor.token).post(`${mePath(coop)}/proxies`, {
      ballotId,
      holderMemberNumber: other.member.memberNumber,
    });
    expect([mine.status, mine.body.grantorMemberId, mine.body.holderMemberId]).toEqual([
      201,
      grantor.member.id,
      other.member.id,
    ]);
    const listed = await as(t, other.token).get(`${mePath(coop)}/proxies`);
    expect(listed.body.held.map((p: { id: string }) => p.id)).toContain(mine.body.id);
    expectProblem(
      await as(t, other.token).post(`${mePath(coop)}/proxies/${mine.body.id}/revoke`),
      404,
      'PROXY_NOT_FOUND',
    );
    expectProblem(await as(t, other.token).get(proxiesPath(coop)), 403, 'FORBIDDEN');
    const revoked = await as(t, grantor.token).post(`${mePath(coop)}/proxies/${mine.body.id}/revoke`);
    expect([revoked.status, revoked.body.state]).toEqual([200, 'revoked']);
    const audit = await t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'proxy.%' ORDER BY id`,
      [grantor.member.id],
    );
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['proxy.appointed', 'proxy.revoked']);
  });
});
