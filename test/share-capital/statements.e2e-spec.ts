/**
 * Statements: a member's capital on any date with the entries behind it, the cooperative's totals at a date and
 * per month; who may read them (a member only their own; other cooperatives' ids are 404).
 */
import { givenApiKey, type LoggedIn } from '../support/factories.js';
import { act, membersPath } from '../support/member-factories.js';
import {
  type CapitalCoop,
  coopPath,
  get,
  givenActiveMember,
  givenCapitalApplicant,
  givenCapitalCooperative,
  givenMemberLogin,
  pay,
  post,
  subscribe,
} from '../support/share-capital.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

describe('capital statements', () => {
  let t: TestApp;
  let c: CapitalCoop;
  let maria: string;
  let jose: string;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCapitalCooperative(t);
    // María: 5 shares subscribed 2023-01-10, paid 20.00 on 2023-03-15 and 30.00 on 2023-06-30, then 12.34 of
    // surplus credited on 2024-01-31 (two new shares, partly paid).
    maria = await givenCapitalApplicant(t, c, 'María Estado');
    await subscribe(t, c, maria, 5, '2023-01-10');
    await act(t, c.coop, c.secretary, maria, 'admit', { effectiveDate: '2023-01-10' });
    await pay(t, c, maria, '20.00', '2023-03-15');
    await pay(t, c, maria, '30.00', '2023-06-30');
    await post(t, c.treasurer, `${coopPath(c.coop)}/share-allocations`, {
      memberId: maria,
      amount: '12.34',
      effectiveDate: '2024-01-31',
    });
    // José: 3 shares on 2023-02-01, paid 30.00 on 2023-03-20.
    jose = await givenCapitalApplicant(t, c, 'José Estado');
    await subscribe(t, c, jose, 3, '2023-02-01');
    await act(t, c.coop, c.secretary, jose, 'admit', { effectiveDate: '2023-02-01' });
    await pay(t, c, jose, '30.00', '2023-03-20');
  });
  afterAll(() => t.close());

  const statement = (memberId: string, asOf: string, token = c.board) =>
    get(t, token, `${membersPath(c.coop)}/${memberId}/capital?asOf=${asOf}`);

  it("gives a member's capital before, between and after their entries", async () => {
    const cases: [string, number, string, string, string, number, string | null][] = [
      ['2023-01-09', 0, '0.00', '0.00', '0.00', 0, null],
      ['2023-01-10', 5, '50.00', '0.00', '50.00', 1, '2023-01-10'],
      ['2023-03-14', 5, '50.00', '0.00', '50.00', 1, '2023-01-10'],
      ['2023-03-15', 5, '50.00', '20.00', '30.00', 2, '2023-03-15'],
      ['2023-12-31', 5, '50.00', '50.00', '0.00', 3, '2023-06-30'],
      ['2024-01-31', 7, '70.00', '62.34', '7.66', 4, '2024-01-31'],
      ['2099-12-31', 7, '70.00', '62.34', '7.66', 4, '2024-01-31'],
    ];
    for (const [
      asOf,
      sharesHeld,
      subscribedCapital,
      paidUpCapital,
      unpaidCapital,
      entryCount,
      lastEntryDate,
    ] of cases) {
      expect(await statement(maria, asOf)).toEqual({
        memberId: maria,
        memberNumber: 1,
        asOf,
        currency: 'EUR',
        sharesHeld,
        subscribedCapital,
        paidUpCapital,
        unpaidCapital,
        entryCount,
        lastEntryDate,
      });
    }
  });

  it('lists the entries behind a statement with the balances after each, in keyset pages', async () => {
    const base = `${membersPath(c.coop)}/${maria}/capital/entries`;
    const page1 = await get(t, c.treasurer, `${base}?limit=2`);
    expect(
      page1.items.map((e: Record<string, unknown>) => [
        e.kind,
        e.effectiveDate,
        e.sharesChange,
        e.paidUpChange,
        e.sharesAfter,
        e.subscribedAfter,
        e.paidUpAfter,
      ]),
    ).toEqual([
      ['subscription', '2023-01-10', 5, '0.00', 5, '50.00', '0.00'],
      ['payment', '2023-03-15', 0, '20.00', 5, '50.00', '20.00'],
    ]);
    const page2 = await get(t, c.treasurer, `${base}?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((e: Record<string, unknown>) => [e.kind, e.sharesAfter, e.paidUpAfter])).toEqual([
      ['payment', 5, '50.00'],
      ['allocation', 7, '62.34'],
    ]);
    expect(page2.nextCursor).toBeNull();
    const asOf = await get(t, c.treasurer, `${base}?asOf=2023-06-29`);
    expect(asOf.items.map((e: { kind: string }) => e.kind)).toEqual(['subscription', 'payment']);
    const bad = await t.http().get(`${base}?cursor=nonsense`).auth(c.treasurer, { type: 'bearer' });
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it("gives the cooperative's totals at any date", async () => {
    const totals = (asOf: string) => get(t, c.secretary, `${coopPath(c.coop)}/capital/totals?asOf=${asOf}`);
    expect(await totals('2022-12-31')).toEqual({
      asOf: '2022-12-31',
      currency: 'EUR',
      sharesOutstanding: 0,
      subscribedCapital: '0.00',
      paidUpCapital: '0.00',
      unpaidCapital: '0.00',
    });
    expect(await totals('2023-03-15')).toMatchObject({
      sharesOutstanding: 8,
      subscribedCapital: '80.00',
      paidUpCapital: '20.00',
      unpaidCapital: '60.00',
    });
    expect(await totals('2024-12-31')).toMatchObject({
      sharesOutstanding: 10,
      subscribedCapital: '100.00',
      paidUpCapital: '92.34',
      unpaidCapital: '7.66',
    });
  });

  it('gives the totals month by month with the movements by kind', async () => {
    const monthly = await get(t, c.secretary, `${coopPath(c.coop)}/capital/monthly?from=2023-02&to=2023-04`);
    expect(monthly.opening).toMatchObject({ asOf: '2023-01-31', sharesOutstanding: 5, paidUpCapital: '0.00' });
    expect(monthly.months).toEqual([
      {
        month: '2023-02',
        movements: [
          { kind: 'subscription', entries: 1, sharesChange: 3, subscribedChange: '30.00', paidUpChange: '0.00' },
        ],
        sharesOutstanding: 8,
        subscribedCapital: '80.00',
        paidUpCapital: '0.00',
        unpaidCapital: '80.00',
      },
      {
        month: '2023-03',
        movements: [{ kind: 'payment', entries: 2, sharesChange: 0, subscribedChange: '0.00', paidUpChange: '50.00' }],
        sharesOutstanding: 8,
        subscribedCapital: '80.00',
        paidUpCapital: '50.00',
        unpaidCapital: '30.00',
      },
      {
        month: '2023-04',
        movements: [],
        sharesOutstanding: 8,
        subscribedCapital: '80.00',
        paidUpCapital: '50.00',
        unpaidCapital: '30.00',
      },
    ]);
    const tooLong = await t
      .http()
      .get(`${coopPath(c.coop)}/capital/monthly?from=2000-01&to=2010-01`)
      .auth(c.secretary, { type: 'bearer' });
    expect([tooLong.status, tooLong.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const backwards = await t
      .http()
      .get(`${coopPath(c.coop)}/capital/monthly?from=2023-05&to=2023-04`)
      .auth(c.secretary, { type: 'bearer' });
    expect([backwards.status, backwards.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  describe('who may read', () => {
    let member: LoggedIn;
    beforeAll(async () => {
      member = await givenMemberLogin(t, c, jose);
    });
    const as = (token: string, path: string) => t.http().get(path).auth(token, { type: 'bearer' });

    it('a member reads their own capital, by members/me or by their id', async () => {
      const own = await get(t, member.accessToken, `${membersPath(c.coop)}/me/capital?asOf=2023-12-31`);
      expect(own).toMatchObject({ memberId: jose, sharesHeld: 3, paidUpCapital: '30.00', entryCount: 2 });
      expect(await statement(jose, '2023-12-31', member.accessToken)).toEqual(own);
      const entries = await get(t, member.accessToken, `${membersPath(c.coop)}/me/capital/entries`);
      expect(entries.items.map((e: { kind: string }) => e.kind)).toEqual(['subscription', 'payment']);
    });

    it("a member asking for another member's capital gets 404, as for a member that does not exist", async () => {
      for (const path of [
        `${membersPath(c.coop)}/${maria}/capital`,
        `${membersPath(c.coop)}/${maria}/capital/entries`,
      ]) {
        const res = await as(member.accessToken, path);
        expect([res.status, res.body.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
      }
      for (const path of [`${coopPath(c.coop)}/capital/totals`, `${coopPath(c.coop)}/share-transfers`]) {
        expect((await as(member.accessToken, path)).status).toBe(403);
      }
      const write = await t
        .http()
        .post(`${coopPath(c.coop)}/share-payments`)
        .auth(member.accessToken, { type: 'bearer' })
        .send({ memberId: jose, amount: '1.00', effectiveDate: '2024-01-01' });
      expect([write.status, write.body.code]).toEqual([403, 'FORBIDDEN']);
    });

    it("another cooperative's staff and ids get 404", async () => {
      const other = await givenCapitalCooperative(t);
      const outsider = await givenActiveMember(t, other, { shares: 1 });
      const foreign = await as(c.treasurer, `${membersPath(c.coop)}/${outsider}/capital`);
      expect([foreign.status, foreign.body.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
      const crossed = await as(other.treasurer, `${membersPath(c.coop)}/${maria}/capital`);
      expect([crossed.status, crossed.body.code]).toEqual([404, 'COOPERATIVE_NOT_FOUND']);
      const pay = await t
        .http()
        .post(`${coopPath(c.coop)}/share-payments`)
        .auth(c.treasurer, { type: 'bearer' })
        .send({ memberId: outsider, amount: '1.00', effectiveDate: '2024-01-01' });
      expect([pay.status, pay.body.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    });

    it('API keys read with capital:read, write with capital:write, and never open members/me', async () => {
      const reader = await givenApiKey(t, c.coop, ['capital:read']);
      const writer = await givenApiKey(t, c.coop, ['capital:write']);
      const key = (k: string) => ({
        get: (path: string) => t.http().get(path).set('X-API-Key', k),
        post: (path: string, body: object) => t.http().post(path).set('X-API-Key', k).send(body),
      });
      expect((await key(reader).get(`${membersPath(c.coop)}/${maria}/capital`)).status).toBe(200);
      expect((await key(reader).get(`${coopPath(c.coop)}/capital/totals`)).status).toBe(200);
      expect((await key(reader).get(`${membersPath(c.coop)}/me/capital`)).status).toBe(403);
      const payment = { memberId: await givenActiveMember(t, c), amount: '1.00', effectiveDate: '2024-02-01' };
      expect((await key(reader).post(`${coopPath(c.coop)}/share-payments`, payment)).status).toBe(403);
      const posted = await key(writer).post(`${coopPath(c.coop)}/share-payments`, payment);
      expect(posted.status).toBe(201);
      expect(posted.body.entry).toMatchObject({ recordedByType: 'api_client', paidUpChange: '1.00' });
      expect((await key(writer).get(`${coopPath(c.coop)}/capital/totals`)).status).toBe(403);
    });
  });
});
