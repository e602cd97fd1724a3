/**
 * The bylaws' voting conditions. votingMinMembershipDays is applied from membership data, at its boundary.
 * votingRequiresPaidShares reads the share-capital ledger through share capital's own builder (paidUpOnSql), inside
 * the one statement that freezes the roll. And the SQL fingerprint equals the library's recipe on thousands of ids.
 */
import { jest } from '@jest/globals';
import { startConformingApp } from '../support/contract.js';
import { eligibleMembersSql, FINGERPRINT_SQL, votingRulesOf } from '../../src/governance/electorate.sql.js';
import { electorateFingerprint } from '../../src/governance/fingerprint.rules.js';
import { paidUpOnSql } from '../../src/share-capital/capital.sql.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import { as, ballotsPath, givenActiveMember, givenBallot } from '../support/governance.factories.js';
import type { TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

const rollOf = async (t: TestApp, ballotId: string) =>
  (await t.query<{ member_id: string }>(`SELECT member_id FROM ballot_electorate WHERE ballot_id = $1`, [ballotId]))
    .map((r) => r.member_id)
    .sort();

describe('voting conditions from the share-capital ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startConformingApp();
  });
  afterAll(() => t.close());

  it('with votingRequiresPaidShares, freezes only members who had paid the minimum shares on the record date', async () => {
    const coop = await givenCooperative(t, {
      bylaws: { votingRequiresPaidShares: true, minSharesForMembership: 2, shareParValue: '10.00' },
    });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const treasurer = (await givenUser(t, coop, ['treasurer'])).accessToken;
    const paid = await givenActiveMember(t, coop, sec, { name: 'Paid in full' });
    const short = await givenActiveMember(t, coop, sec, { name: 'One cent short' });
    const late = await givenActiveMember(t, coop, sec, { name: 'Paid after the record date' });
    await givenActiveMember(t, coop, sec, { name: 'Only subscribed' });
    const pay = async (memberId: string, amount: string, effectiveDate: string) =>
      expect(
        (await as(t, treasurer).post(`/v1/cooperatives/${coop}/share-payments`, { memberId, amount, effectiveDate }))
          .status,
      ).toBe(201);
    await pay(paid.id, '20.00', '2021-03-01');
    await pay(short.id, '19.99', '2021-03-01');
    await pay(late.id, '20.00', '2021-07-01');
    const ballot = await givenBallot(t, coop, sec, { recordDate: '2021-06-30' });
    const opened = await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`);
    expect([opened.status, opened.body.electorateSize]).toEqual([200, 1]);
    expect(await rollOf(t, ballot.id)).toEqual([paid.id]);
  });

  it('applies votingMinMembershipDays at its boundary: 30 days before the record date is enough, 29 is not', async () => {
    const coop = await givenCooperative(t, { bylaws: { votingMinMembershipDays: 30 } });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const thirty = await givenActiveMember(t, coop, sec, { name: 'Thirty days' }, '2021-05-31');
    await givenActiveMember(t, coop, sec, { name: 'Twenty-nine days' }, '2021-06-01');
    const ballot = await givenBallot(t, coop, sec, { recordDate: '2021-06-30' });
    const opened = await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`);
    expect([opened.status, opened.body.electorateSize]).toEqual([200, 1]);
    expect(await rollOf(t, ballot.id)).toEqual([thirty.id]);
    const [audit] = await t.query<{ summary: { votingConditions: object } }>(
      `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'ballot.opened'`,
      [ballot.id],
    );
    expect(audit.summary.votingConditions).toEqual({ minMembershipDays: 30, paidShares: 'not_required' });
  });

  it("computes in SQL the library's fingerprint of thousands of ids", async () => {
    const [{ ids, fingerprint }] = await t.query<{ ids: string[]; fingerprint: string }>(
      `WITH roll AS (SELECT gen_random_uuid() AS member_id FROM generate_series(1, 5000))
       SELECT (SELECT array_agg(member_id::text) FROM roll) AS ids,
              (SELECT ${FINGERPRINT_SQL} FROM roll) AS fingerprint`,
    );
    expect(fingerprint).toBe(electorateFingerprint([...ids].sort()));
  });
});

// These replace the stand-in provider of the removed VOTING_CONDITIONS port: what it recorded being asked (the SQL
// references of the opening statement) is now what the statement passes to share capital's builder.
describe('voting conditions in the one opening statement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startConformingApp();
  });
  afterAll(() => t.close());

  const bylaws = { votingMinMembershipDays: 0, minSharesForMembership: 2, shareParValue: '10.0000' };
  const refs = { cooperativeId: '$1::uuid', date: '$3::date' };

  it("freezes only members meeting share capital's condition, in the one opening statement", async () => {
    const coop = await givenCooperative(t, {
      bylaws: { votingRequiresPaidShares: true, minSharesForMembership: 1, shareParValue: '10.00' },
    });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const treasurer = (await givenUser(t, coop, ['treasurer'])).accessToken;
    const paid = await givenActiveMember(t, coop, sec, { name: 'Paid Up', occupation: 'paid' });
    await givenActiveMember(t, coop, sec, { name: 'Not Paid', occupation: 'farmer' });
    const payment = await as(t, treasurer).post(`/v1/cooperatives/${coop}/share-payments`, {
      memberId: paid.id,
      amount: '10.00',
      effectiveDate: '2021-03-01',
    });
    expect(payment.status).toBe(201);
    const ballot = await givenBallot(t, coop, sec);
    const opened = await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`);
    expect([opened.status, opened.body.electorateSize]).toEqual([200, 1]);
    expect(await rollOf(t, ballot.id)).toEqual([paid.id]);
    const eligible = eligibleMembersSql(
      votingRulesOf({ ...bylaws, votingRequiresPaidShares: true }),
      ['c', 'b', 'd'],
      refs,
    );
    expect(eligible.sql).toContain(paidUpOnSql({ ...refs, members: undefined }));
    expect(eligible.params).toEqual(['c', 'b', 'd', '20']);
  });

  it('leaves cooperatives that do not require paid shares alone', async () => {
    const coop = await givenCooperative(t);
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    await givenActiveMember(t, coop, sec, { occupation: 'farmer' });
    const ballot = await givenBallot(t, coop, sec);
    expect((await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`)).body.electorateSize).toBe(1);
    const eligible = eligibleMembersSql(
      votingRulesOf({ ...bylaws, votingRequiresPaidShares: false }),
      ['c', 'b', 'd'],
      refs,
    );
    expect(eligible.sql).not.toContain(paidUpOnSql(refs));
    expect(eligible.params).toEqual(['c', 'b', 'd']);
  });
});
