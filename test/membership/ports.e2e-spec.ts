/**
 * Membership's ports: the module above it (share capital) fills membership's MembershipHooks registry when the
 * app starts; here a stand-in replaces its admission check and holdings. Admission then asks it inside the
 * transaction (a refusal changes nothing and draws no number), and the CSV export fills the share columns from it.
 */
import { jest } from '@jest/globals';
import type { TxContext } from '../../src/common/context/request-context.js';
import {
  type AdmissionRequirementsPort,
  type MemberHoldings,
  type MemberHoldingsPort,
  MembershipHooks,
} from '../../src/membership/membership.ports.js';
import { ShareCapitalError } from '../../src/share-capital/share-capital.errors.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import { act, givenApplicant, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

/** Stands in for the share-capital module: applicants named "No shares..." have subscribed nothing. */
class FakeShareCapital implements AdmissionRequirementsPort, MemberHoldingsPort {
  readonly asked: string[] = [];

  /** Runs inside the admission transaction: `ctx.manager` is that transaction's. */
  async assertAdmissible(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string },
  ): Promise<void> {
    this.asked.push(input.memberId);
    const [row] = await ctx.manager.query<{ name: string }[]>(`SELECT name FROM members WHERE id = $1`, [
      input.memberId,
    ]);
    if (row.name.startsWith('No shares')) {
      // One of the port's declared refusals (ADMISSION_REFUSALS), as the real check throws it.
      throw new ShareCapitalError('MINIMUM_SHARES_REQUIRED', 'The minimum shares are not subscribed.');
    }
  }

  async holdingsOf(ctx: TxContext, cooperativeId: string, memberIds: readonly string[]) {
    const rows: { id: string; member_number: number }[] = await ctx.manager.query(
      `SELECT id, member_number FROM members WHERE cooperative_id = $1 AND id = ANY($2::uuid[]) AND member_number IS NOT NULL`,
      [cooperativeId, memberIds],
    );
    return new Map<string, MemberHoldings>(
      rows.map((r) => [r.id, { sharesHeld: r.member_number * 2, paidUpCapital: `${r.member_number * 20}.00` }]),
    );
  }
}

describe('share-capital ports', () => {
  let t: TestApp;
  let fake: FakeShareCapital;
  let coop: string;
  let token: string;

  beforeAll(async () => {
    t = await startConformingApp();
    // The app's share-capital module filled the registry at start; the fake replaces its admission and holdings.
    const hooks = t.app.get(MembershipHooks);
    fake = new FakeShareCapital();
    hooks.provide({ admission: fake, holdings: fake, cessation: hooks.cessation });
    coop = await givenCooperative(t);
    token = (await givenUser(t, coop, ['secretary'])).accessToken;
  });
  afterAll(() => t.close());

  it('admission asks the port; a refusal changes nothing and draws no number', async () => {
    const refused = await givenApplicant(t, coop, token, { name: 'No shares Pérez' });
    const res = await t
      .http()
      .post(`${membersPath(coop)}/${refused.id}/admit`)
      .auth(token, { type: 'bearer' })
      .send({ effectiveDate: '2021-01-01' });
    expect([res.status, res.body.code]).toEqual([422, 'MINIMUM_SHARES_REQUIRED']);
    expect(fake.asked).toEqual([refused.id]);
    const [row] = await t.query(
      `SELECT m.status, m.member_number,
              (SELECT count(*)::int FROM member_transitions WHERE member_id = m.id) AS transitions,
              (SELECT count(*)::int FROM member_number_counters WHERE cooperative_id = m.cooperative_id) AS counters
         FROM members m WHERE m.id = $1`,
      [refused.id],
    );
    expect(row).toEqual({ status: 'applicant', member_number: null, transitions: 0, counters: 0 });

    const accepted = await givenApplicant(t, coop, token, { name: 'Subscribed Gómez' });
    const admitted = await act(t, coop, token, accepted.id, 'admit', { effectiveDate: '2021-01-01' });
    expect(admitted.memberNumber).toBe(1);
    const [audit] = await t.query(
      `SELECT summary->>'minimumSharesCheck' AS check FROM audit_log WHERE target_id = $1 AND action = 'member.admitted'`,
      [accepted.id],
    );
    expect(audit).toEqual({ check: 'passed' });
  });

  it('the export fills shares held and paid-up capital from the holdings port', async () => {
    const second = await givenApplicant(t, coop, token, { name: 'Second Socio' });
    await act(t, coop, token, second.id, 'admit', { effectiveDate: '2021-02-01' });
    const res = await t
      .http()
      .get(`${membersPath(coop)}/export.csv`)
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(res.text.split('\r\n')).toEqual([
      'member_number,name,status,admission_date,cessation_date,cessation_reason,shares_held,paid_up_capital',
      '1,Subscribed Gómez,active,2021-01-01,,,2,20.00',
      '2,Second Socio,active,2021-02-01,,,4,40.00',
      ',No shares Pérez,applicant,,,,,',
      '',
    ]);
  });
});
