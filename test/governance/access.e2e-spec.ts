/**
 * Who may do what: the secretary manages, board and admin read, members read ballots and results but not the roll
 * or proxies, API keys by governance:read / governance:write, other cooperatives' ids are 404; writes replay on an
 * Idempotency-Key and are audited.
 */
import { jest } from '@jest/globals';
import { startConformingApp } from '../support/contract.js';
import { givenApiKey, givenCooperative, givenUser } from '../support/factories.js';
import {
  as,
  assembliesPath,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenActiveMember,
  givenBallot,
  givenVoter,
  mePath,
  proxiesPath,
} from '../support/governance.factories.js';
import type { TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

describe('access to governance', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let board: string;
  let ballotId: string;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t);
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    board = (await givenUser(t, coop, ['board'])).accessToken;
    await givenActiveMember(t, coop, sec);
    ballotId = (await givenBallot(t, coop, sec)).id;
    await ballotAction(t, coop, sec, ballotId, 'open');
  });
  afterAll(() => t.close());

  const withKey = (key: string) => ({
    get: (path: string) => t.http().get(path).set('X-API-Key', key),
    post: (path: string, body: object = {}) => t.http().post(path).set('X-API-Key', key).send(body),
  });
  const draft = { title: 'Key ballot', kind: 'motion', mode: 'electronic', secret: false, recordDate: '2021-06-30' };

  it('board and admin read but do not manage; a member reads ballots but not the roll', async () => {
    expect((await as(t, board).get(`${ballotsPath(coop)}/${ballotId}/electorate`)).status).toBe(200);
    expectProblem(await as(t, board).post(ballotsPath(coop), draft), 403, 'FORBIDDEN');
    expectProblem(await as(t, board).post(`${ballotsPath(coop)}/${ballotId}/close`), 403, 'FORBIDDEN');
    const admin = (await givenUser(t, coop, ['admin'])).accessToken;
    expect((await as(t, admin).get(ballotsPath(coop))).status).toBe(200);
    expectProblem(await as(t, admin).post(assembliesPath(coop), {}), 403, 'FORBIDDEN');

    const voter = await givenVoter(t, coop, sec);
    expect((await as(t, voter.token).get(`${ballotsPath(coop)}/${ballotId}`)).status).toBe(200);
    expect((await as(t, voter.token).get(ballotsPath(coop))).body.items.map((b: { id: string }) => b.id)).toContain(
      ballotId,
    );
    expectProblem(await as(t, voter.token).get(`${ballotsPath(coop)}/${ballotId}/electorate`), 403, 'FORBIDDEN');
    expectProblem(await as(t, voter.token).get(proxiesPath(coop)), 403, 'FORBIDDEN');
    expectProblem(await as(t, voter.token).post(ballotsPath(coop), draft), 403, 'FORBIDDEN');
    const mine = await as(t, voter.token).get(`${mePath(coop)}/ballots`);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ ballot: expect.objectContaining({ id: ballotId }), eligible: false, voted: false }),
    ]);
    // A secretary without a member record has no "me".
    expectProblem(await as(t, sec).get(`${mePath(coop)}/ballots`), 403, 'FORBIDDEN');
  });

  it('API keys by scope; other cooperatives see nothing', async () => {
    const reader = withKey(await givenApiKey(t, coop, ['governance:read']));
    const writer = withKey(await givenApiKey(t, coop, ['governance:write']));
    expect((await reader.get(`${ballotsPath(coop)}/${ballotId}`)).status).toBe(200);
    expectProblem(await reader.post(ballotsPath(coop), draft), 403, 'FORBIDDEN');
    expect((await writer.post(ballotsPath(coop), draft)).status).toBe(201);
    expectProblem(await reader.post(`${ballotsPath(coop)}/${ballotId}/votes`, { selection: 'yes' }), 403, 'FORBIDDEN');

    const other = await givenCooperative(t);
    const otherSec = (await givenUser(t, other, ['secretary'])).accessToken;
    expectProblem(await as(t, otherSec).get(`${ballotsPath(coop)}/${ballotId}`), 404, 'COOPERATIVE_NOT_FOUND');
    expectProblem(await as(t, otherSec).get(`${ballotsPath(other)}/${ballotId}`), 404, 'BALLOT_NOT_FOUND');
    expectProblem(await as(t, otherSec).post(`${ballotsPath(other)}/${ballotId}/close`), 404, 'BALLOT_NOT_FOUND');
    expectProblem(
      await withKey(await givenApiKey(t, other, ['governance:read'])).get(ballotsPath(coop)),
      404,
      'COOPERATIVE_NOT_FOUND',
    );
    expect((await as(t, otherSec).get(ballotsPath(other))).body.items).toEqual([]);
  });

  it('an Idempotency-Key retry of a draft replays it; the same key with another body is a 422', async () => {
    const send = (title: string) =>
      as(t, sec)
        .post(ballotsPath(coop))
        .set('Idempotency-Key', 'draft-once')
        .send({ ...draft, title });
    const first = await send('Once');
    const again = await send('Once');
    expect([again.status, again.body.id, again.headers['idempotent-replayed']]).toEqual([201, first.body.id, 'true']);
    expectProblem(await send('Twice'), 422, 'IDEMPOTENCY_KEY_REUSED');
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM ballots WHERE title = 'Once'`);
    expect(n).toBe(1);
    const audit = await t.query(`SELECT action FROM audit_log WHERE target_id = $1`, [first.body.id]);
    expect(audit).toEqual([{ action: 'ballot.created' }]);
  });

  it('drafts are checked whole: definitions, windows and edits after opening', async () => {
    expectProblem(
      await as(t, sec).post(ballotsPath(coop), { ...draft, kind: 'choice', options: ['only one'] }),
      422,
      'INVALID_BALLOT_DEFINITION',
    );
    expectProblem(
      await as(t, sec).post(ballotsPath(coop), {
        ...draft,
        majority: 'absolute',
        kind: 'election',
        options: ['A'],
        seats: 1,
      }),
      422,
      'INVALID_BALLOT_DEFINITION',
    );
    expectProblem(
      await as(t, sec).post(ballotsPath(coop), {
        ...draft,
        opensAt: '2030-01-02T00:00:00Z',
        closesAt: '2030-01-01T00:00:00Z',
      }),
      422,
      'INVALID_BALLOT_DEFINITION',
    );
    expectProblem(
      await as(t, sec).post(ballotsPath(coop), { ...draft, mode: 'in_assembly' }),
      422,
      'INVALID_BALLOT_DEFINITION',
    );
    expectProblem(
      await as(t, sec).post(ballotsPath(coop), { ...draft, quorum: { type: 'percent', percent: '101' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await as(t, sec).post(ballotsPath(coop), { ...draft, secret: 'yes' }), 400, 'VALIDATION_FAILED');
    const created = await as(t, sec).post(ballotsPath(coop), {
      ...draft,
      quorum: { type: 'percent', percent: '66.67' },
    });
    expect(created.body).toMatchObject({
      majority: 'simple',
      quorum: { type: 'percent', percent: '66.67', count: null },
    });
    const edited = await as(t, sec).patch(`${ballotsPath(coop)}/${created.body.id}`, { majority: 'two_thirds' });
    expect(edited.body.majority).toBe('two_thirds');
    expectProblem(
      await as(t, sec).patch(`${ballotsPath(coop)}/${ballotId}`, { title: 'late' }),
      409,
      'ILLEGAL_TRANSITION',
    );
    expectProblem(await as(t, sec).post(`${ballotsPath(coop)}/${ballotId}/open`), 409, 'ILLEGAL_TRANSITION');
  });
});
