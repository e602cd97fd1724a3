/**
 * The outbox and the change feed (issue 16, items 1-2): every audited change of a cooperative is an event written in
 * its transaction; GET /v1/cooperatives/{id}/events reads them from a cursor, oldest first, never skipping one whose
 * transaction committed after later ones; `data` is the resource as its GET showed it, for API keys only with the
 * resource's read scope; no event carries a secret vote's choice.
 */
import { jest } from '@jest/globals';
import type { Scope } from '../../src/common/access/role.js';
import pg from 'pg';
import { auditValuesInsertSql } from '../../src/audit/audit.sql.js';
import { givenApiKey, givenCooperative, givenSuperadmin, givenUser } from '../support/factories.js';
import { as, ballotAction, ballotsPath, givenBallot, givenVoter } from '../support/governance.factories.js';
import { act, givenApplicant, membersPath } from '../support/member-factories.js';
import { eventFeed, type Feed } from '../support/event-feed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(90_000);

describe('the change feed', () => {
  let t: TestApp;
  let coop: string;
  let admin: string;
  let secretary: string;
  let feed: ReturnType<typeof eventFeed>;

  beforeAll(async () => {
    t = await startTestApp();
    coop = await givenCooperative(t);
    admin = await givenSuperadmin(t);
    secretary = (await givenUser(t, coop, ['secretary'])).accessToken;
    feed = eventFeed(t, coop, admin, secretary);
  });
  afterAll(() => t?.close());

  it('records an admission as events carrying the member as GET showed it, in order', async () => {
    const start = await feed.now();
    const applicant = await givenApplicant(t, coop, secretary, { name: 'Ana Feed' });
    const admitted = await act(t, coop, secretary, applicant.id, 'admit', { effectiveDate: '2020-02-01' });
    const got = await t
      .http()
      .get(`${membersPath(coop)}/${applicant.id}`)
      .auth(secretary, { type: 'bearer' });
    // The minimum subscription in between is share capital's event.
    const { events } = await feed.settle(start, 2, (e) => e.subject.type === 'member');
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['member.applied', { type: 'member', id: applicant.id }],
      ['member.admitted', { type: 'member', id: applicant.id }],
    ]);
    expect(events[0].data).toEqual(applicant);
    expect(events[1].data).toEqual(admitted);
    expect(events[1].data).toEqual(got.body);
    expect(events[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(events[1].id)).toBeGreaterThan(Number(events[0].id));
  });

  it('resumes from any cursor: one event at a time reads exactly what one read does, then the same cursor', async () => {
    await feed.now();
    const whole = await feed.readAll();
    const oneByOne = await feed.readAll(undefined, 1);
    expect(oneByOne.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    expect(oneByOne.cursor).toBe(whole.cursor);
    const idle = await feed.read({ after: whole.cursor });
    expect(idle).toEqual({ items: [], nextCursor: whole.cursor, hasMore: false });
    const members = await feed.read({ types: 'member.admitted' });
    expect(new Set(members.items.map((e) => e.type))).toEqual(new Set(['member.admitted']));
  });

  it('refuses a cursor it did not issue and a malformed type list, 400', async () => {
    const bad = await t.http().get(feed.path).query({ after: 'bm90IGEgY3Vyc29y' }).auth(admin, { type: 'bearer' });
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_CURSOR']);
    const types = await t.http().get(feed.path).query({ types: 'DROP TABLE' }).auth(admin, { type: 'bearer' });
    expect([types.status, types.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('never skips an event whose transaction commits after a later one was read', async () => {
    const start = await feed.now();
    const early = new pg.Client({ connectionString: t.databaseUrl });
    const late = new pg.Client({ connectionString: t.databaseUrl });
    await Promise.all([early.connect(), late.connect()]);
    try {
      // `early` takes its transaction id first; `late` writes its event first (the smaller event id) and commits last.
      // Two catalogued types without data stand for any change (the feed's answers are checked against the catalogue).
      const [FIRST, LAST] = ['role.granted', 'role.revoked'];
      const entry = (action: string) => [coop, 'system', null, action, 'test', null, '{}', null, null, null];
      await early.query('BEGIN');
      await early.query('SELECT pg_current_xact_id()');
      await late.query('BEGIN');
      await late.query(auditValuesInsertSql(), entry(LAST));
      await early.query(auditValuesInsertSql(), entry(FIRST));
      await early.query('COMMIT');
      // `late` still runs: the reader gets `early`'s event and a cursor past it, nothing of `late`'s.
      const first = await feed.settle(start, 1);
      expect(first.events.map((e) => e.type)).toEqual([FIRST]);
      await late.query('COMMIT');
      const second = await feed.settle(first.cursor, 1);
      expect(second.events.map((e) => e.type)).toEqual([LAST]);
      expect(Number(second.events[0].id)).toBeLessThan(Number(first.events[0].id));
    } finally {
      await Promise.all([early.end(), late.end()]);
    }
  });

  it('writes no event for a refused change', async () => {
    const applicant = await givenApplicant(t, coop, secretary, {}, { minimumShares: false });
    const start = await feed.now();
    const refused = await t
      .http()
      .post(`${membersPath(coop)}/${applicant.id}/suspend`)
      .auth(secretary, { type: 'bearer' })
      .send({ effectiveDate: '2020-03-01' });
    expect(refused.status).toBe(409);
    const after = await feed.now();
    const between = (await feed.readAll(start)).events.filter((e) => e.subject.id === applicant.id);
    expect(between).toEqual([]);
    expect(after).not.toBe(start);
  });

  it('gives an API key the data only with the scope that reads it', async () => {
    const only = await givenApiKey(t, coop, ['events:read']);
    const withMembers = await givenApiKey(t, coop, ['events:read', 'members:read']);
    const admitted = (keyed: Feed) => keyed.items.find((e) => e.type === 'member.admitted')!;
    const bare = admitted(await feed.read({ types: 'member.admitted' }, { 'X-API-Key': only }));
    expect(bare.data).toBeNull();
    expect(bare.subject.type).toBe('member');
    const full = admitted(await feed.read({ types: 'member.admitted' }, { 'X-API-Key': withMembers }));
    expect(full.data).toMatchObject({ name: 'Ana Feed', status: 'active' });
    const none = await t
      .http()
      .get(feed.path)
      .set('X-API-Key', await givenApiKey(t, coop, ['members:read']));
    expect([none.status, none.body.code]).toEqual([403, 'FORBIDDEN']);
    const staff = await t.http().get(feed.path).auth(secretary, { type: 'bearer' });
    expect([staff.status, staff.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('gives the cooperative and its bylaws their GETs’ answers, to a key holding the scope that reads them', async () => {
    const start = await feed.now();
    const patched = await t
      .http()
      .patch(`/v1/cooperatives/${coop}/bylaws`)
      .auth(admin, { type: 'bearer' })
      .send({ quorumPercent: '40' });
    expect(patched.status).toBe(200);
    const bylaws = await t.http().get(`/v1/cooperatives/${coop}/bylaws`).auth(admin, { type: 'bearer' });
    const cooperative = await t.http().get(`/v1/cooperatives/${coop}`).auth(admin, { type: 'bearer' });
    const [updated] = await feed.eventsOf(start, 'bylaws.updated');
    expect(updated.data).toEqual(bylaws.body);
    expect(bylaws.body).toMatchObject({ quorumPercent: '40' });
    const [created] = (await feed.read({ types: 'cooperative.created' })).items;
    expect(created.data).toEqual(cooperative.body);
    const keyed = async (scopes: Scope[]) =>
      (
        await feed.read(
          { types: 'cooperative.created,bylaws.updated' },
          { 'X-API-Key': await givenApiKey(t, coop, scopes) },
        )
      ).items.map((e) => [e.type, e.data === null ? null : 'data']);
    expect(await keyed(['events:read', 'bylaws:read'])).toEqual([
      ['cooperative.created', null],
      ['bylaws.updated', 'data'],
    ]);
    expect(await keyed(['events:read', 'cooperative:read'])).toEqual([
      ['cooperative.created', 'data'],
      ['bylaws.updated', null],
    ]);
  });

  it('tells a secret ballot’s story without any choice or receipt in it', async () => {
    const voter = await givenVoter(t, coop, secretary, { name: 'Vera Secret' });
    const ballot = await givenBallot(t, coop, secretary, { secret: true });
    const start = await feed.now();
    await ballotAction(t, coop, secretary, ballot.id, 'open');
    const cast = await as(t, voter.token).post(`${ballotsPath(coop)}/${ballot.id}/votes`, { selection: 'yes' });
    expect(cast.status).toBe(201);
    const receipt = String(cast.body.receiptCode);
    await ballotAction(t, coop, secretary, ballot.id, 'close');
    const { events } = await feed.settle(start, 3, (e) => e.subject.id === ballot.id);
    expect(events.map((e) => e.type)).toEqual(['ballot.opened', 'ballot.vote_cast', 'ballot.closed']);
    expect(events[0].data).toMatchObject({ id: ballot.id, status: 'open' });
    expect(events[1]).toMatchObject({ subject: { type: 'ballot', id: ballot.id }, data: null });
    expect(events[2].data).toMatchObject({ id: ballot.id, status: 'closed' });
    expect(JSON.stringify(events)).not.toContain(receipt);
    expect(JSON.stringify(events[1])).not.toContain('yes');
  });
});
