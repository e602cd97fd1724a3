/**
 * What share capital gives the register: admission needs the bylaws' minimum shares (subscribed by the admission
 * date; paid too when the bylaws say so), and the CSV export shows shares held and paid-up capital.
 */
import { act, membersPath } from '../support/member-factories.js';
import {
  type CapitalCoop,
  givenCapitalApplicant,
  givenCapitalCooperative,
  pay,
  subscribe,
} from '../support/share-capital.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('share capital and the register', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const admit = (c: CapitalCoop, id: string, effectiveDate: string) =>
    t
      .http()
      .post(`${membersPath(c.coop)}/${id}/admit`)
      .auth(c.secretary, { type: 'bearer' })
      .send({ effectiveDate });
  const expectProblem = (res: { status: number; body: { code: string } }, status: number, code: string) =>
    expect([res.status, res.body.code]).toEqual([status, code]);

  it('refuses admission without the minimum shares subscribed by the admission date; writes nothing', async () => {
    const c = await givenCapitalCooperative(t, { minSharesForMembership: 3, maxSharesPerMember: 10 });
    const id = await givenCapitalApplicant(t, c, 'Sin Acciones');
    expectProblem(await admit(c, id, '2023-03-01'), 422, 'MINIMUM_SHARES_REQUIRED');
    await subscribe(t, c, id, 2, '2023-02-01');
    expectProblem(await admit(c, id, '2023-03-01'), 422, 'MINIMUM_SHARES_REQUIRED');
    await subscribe(t, c, id, 1, '2023-03-05');
    // Subscribed after the admission date asked: not yet a holder of the minimum on that day.
    expectProblem(await admit(c, id, '2023-03-01'), 422, 'MINIMUM_SHARES_REQUIRED');
    const [before] = await t.query(
      `SELECT status, member_number, (SELECT count(*) FROM member_transitions WHERE member_id = $1)::int AS transitions
         FROM members WHERE id = $1`,
      [id],
    );
    expect(before).toEqual({ status: 'applicant', member_number: null, transitions: 0 });
    const admitted = await admit(c, id, '2023-03-05');
    expect([admitted.status, admitted.body.memberNumber]).toEqual([200, 1]);
    const [audit] = await t.query(
      `SELECT summary->>'minimumSharesCheck' AS check FROM audit_log WHERE target_id = $1 AND action = 'member.admitted'`,
      [id],
    );
    expect(audit).toEqual({ check: 'passed' });
  });

  it('with admissionRequiresPaidShares, the minimum must be paid up too', async () => {
    const c = await givenCapitalCooperative(t, { minSharesForMembership: 2, admissionRequiresPaidShares: true });
    const id = await givenCapitalApplicant(t, c);
    await subscribe(t, c, id, 2, '2023-02-01');
    await pay(t, c, id, '19.99', '2023-02-01');
    expectProblem(await admit(c, id, '2023-02-02'), 422, 'MINIMUM_SHARES_NOT_PAID');
    await pay(t, c, id, '0.01', '2023-02-02');
    expect((await admit(c, id, '2023-02-02')).status).toBe(200);
  });

  it('the register CSV shows shares held and paid-up capital', async () => {
    const c = await givenCapitalCooperative(t, { shareParValue: '25.00' });
    const first = await givenCapitalApplicant(t, c, 'Primera Socia');
    await subscribe(t, c, first, 4, '2023-01-02');
    await pay(t, c, first, '62.50', '2023-01-03');
    await act(t, c.coop, c.secretary, first, 'admit', { effectiveDate: '2023-01-03' });
    const second = await givenCapitalApplicant(t, c, 'Segundo Socio');
    await subscribe(t, c, second, 1, '2023-01-02');
    await act(t, c.coop, c.secretary, second, 'admit', { effectiveDate: '2023-01-04' });
    await givenCapitalApplicant(t, c, 'Solicitante Sin Capital');
    const res = await t
      .http()
      .get(`${membersPath(c.coop)}/export.csv`)
      .auth(c.secretary, { type: 'bearer' })
      .expect(200);
    expect(res.text.split('\r\n')).toEqual([
      'member_number,name,status,admission_date,cessation_date,cessation_reason,shares_held,paid_up_capital',
      '1,Primera Socia,active,2023-01-03,,,4,62.50',
      '2,Segundo Socio,active,2023-01-04,,,1,0.00',
      ',Solicitante Sin Capital,applicant,,,,,',
      '',
    ]);
  });
});
