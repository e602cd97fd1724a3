/**
 * The bylaws' voting conditions. votingMinMembershipDays is applied from membership data, at its boundary.
 * votingRequiresPaidShares comes through the VOTING_CONDITIONS port: the real one reads the share-capital ledger;
 * a stand-in (overriding the provider) shows its SQL condition is part of the one statement that freezes the roll. And the SQL fingerprint equals the library's
 * recipe on thousands of ids.
 */
import { Injectable } from '@nestjs/common';
import { jest } from '@jest/globals';
import { FINGERPRINT_SQL } from '../../src/governance/electorate.sql.js';
import {
  VOTING_CONDITIONS,
  type VotingConditionRefs,
  type VotingConditionsPort,
} from '../../src/governance/governance.ports.js';
import { electorateFingerprint } from '../../src/governance/tally.rules.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import { as, ballotsPath, givenActiveMember, givenBallot } from '../support/governance.factories.js';
import { startTestApp, type TestApp, startTestAppWith } from '../support/test-app.js';

jest.setTimeout(120_000);

/** Stands in for share capital: a member has "paid up" when their occupation says so. */
@Injectable()
class FakePaidShares implements VotingConditionsPort {
  readonly asked: VotingConditionRefs[] = [];

  paidSharesCondition(refs: VotingConditionRefs): string {
    this.asked.push(refs);
    return `EXISTS (SELECT 1 FROM members x WHERE x.cooperative_id = ${refs.cooperativeId} AND x.id = ${refs.memberId}
              AND x.occupation = 'paid' AND ${refs.recordDate} >= DATE '2000-01-01')`;
  }
}

async function startAppWithPort(): Promise<{ t: TestApp; fake: FakePaidShares }> {
  const fake = new FakePaidShares();
  const t = await startTestAppWith((b) => b.overrideProvider(VOTING_CONDITIONS).useValue(fake));
  return { t, fake };
}

const rollOf = async (t: TestApp, ballotId: string) =>
  (await t.query<{ member_id: string }>(`SELECT member_id FROM ballot_electorate WHERE ballot_id = $1`, [ballotId]))
    .map((r) => r.member_id)
    .sort();

describe('voting conditions from the share-capital ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
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

describe('voting conditions from a share-capital provider', () => {
  let t: TestApp;
  let fake: FakePaidShares;
  beforeAll(async () => {
    ({ t, fake } = await startAppWithPort());
  });
  afterAll(() => t.close());

  it("freezes only members meeting the provider's condition, in the one opening statement", async () => {
    const coop = await givenCooperative(t, { bylaws: { votingRequiresPaidShares: true } });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const paid = await givenActiveMember(t, coop, sec, { name: 'Paid Up', occupation: 'paid' });
    await givenActiveMember(t, coop, sec, { name: 'Not Paid', occupation: 'farmer' });
    const ballot = await givenBallot(t, coop, sec);
    const opened = await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`);
    expect([opened.status, opened.body.electorateSize]).toEqual([200, 1]);
    expect(await rollOf(t, ballot.id)).toEqual([paid.id]);
    expect(fake.asked).toEqual([
      { cooperativeId: '$1::uuid', memberId: 'm.id', recordDate: '$3::date', members: undefined },
    ]);
  });

  it('leaves cooperatives that do not require paid shares alone', async () => {
    const coop = await givenCooperative(t);
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    await givenActiveMember(t, coop, sec, { occupation: 'farmer' });
    const ballot = await givenBallot(t, coop, sec);
    const before = fake.asked.length;
    expect((await as(t, sec).post(`${ballotsPath(coop)}/${ballot.id}/open`)).body.electorateSize).toBe(1);
    expect(fake.asked).toHaveLength(before);
  });
});
