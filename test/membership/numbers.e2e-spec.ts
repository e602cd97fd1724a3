/**
 * Member numbers under concurrency, and Idempotency-Key retries of admissions and applications.
 */
import { jest } from '@jest/globals';
import { givenCooperative, givenUser } from '../support/factories.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { givenApplicant, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

describe('member numbers and idempotent admissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startConformingApp();
  });
  afterAll(() => t.close());

  async function secretaryOfNewCooperative() {
    const coop = await givenCooperative(t);
    return { coop, token: (await givenUser(t, coop, ['secretary'])).accessToken };
  }

  it('100 concurrent admissions yield the numbers 1..100, no gap, no duplicate', async () => {
    const { coop, token } = await secretaryOfNewCooperative();
    const applicants: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) => givenApplicant(t, coop, token, { name: `Applicant ${batch * 10 + i}` })),
      );
      applicants.push(...created.map((a) => a.id));
    }
    const results = await Promise.all(
      applicants.map((id) =>
        t
          .http()
          .post(`${membersPath(coop)}/${id}/admit`)
          .auth(token, { type: 'bearer' })
          .send({ effectiveDate: '2021-03-01' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(100).fill(200));
    const numbers = results.map((r) => r.body.memberNumber as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    const [db] = await t.query(
      `SELECT count(*)::int AS members, count(DISTINCT member_number)::int AS numbers,
              min(member_number) AS min, max(member_number) AS max,
              (SELECT last_number FROM member_number_counters WHERE cooperative_id = $1) AS counter
         FROM members WHERE cooperative_id = $1`,
      [coop],
    );
    expect(db).toEqual({ members: 100, numbers: 100, min: 1, max: 100, counter: 100 });
  });

  it('numbers are per cooperative', async () => {
    const a = await secretaryOfNewCooperative();
    const b = await secretaryOfNewCooperative();
    for (const { coop, token } of [a, b]) {
      const applicant = await givenApplicant(t, coop, token);
      const res = await t
        .http()
        .post(`${membersPath(coop)}/${applicant.id}/admit`)
        .auth(token, { type: 'bearer' })
        .send({ effectiveDate: '2021-03-01' })
        .expect(200);
      expect(res.body.memberNumber).toBe(1);
    }
  });

  it('a refused admission draws no number: the next admission gets 1', async () => {
    const { coop, token } = await secretaryOfNewCooperative();
    const applicant = await givenApplicant(t, coop, token, { appliedOn: '2021-01-10' });
    // Refused by the rules (before its application date): nothing is drawn.
    await t
      .http()
      .post(`${membersPath(coop)}/${applicant.id}/admit`)
      .auth(token, { type: 'bearer' })
      .send({ effectiveDate: '2021-01-09' })
      .expect(422);
    const res = await t
      .http()
      .post(`${membersPath(coop)}/${applicant.id}/admit`)
      .auth(token, { type: 'bearer' })
      .send({ effectiveDate: '2021-01-10' })
      .expect(200);
    expect(res.body.memberNumber).toBe(1);
  });

  describe('Idempotency-Key', () => {
    it('a retried admission posts once and replays the first response', async () => {
      const { coop, token } = await secretaryOfNewCooperative();
      const applicant = await givenApplicant(t, coop, token);
      const send = () =>
        t
          .http()
          .post(`${membersPath(coop)}/${applicant.id}/admit`)
          .auth(token, { type: 'bearer' })
          .set('Idempotency-Key', 'admit-ana-2021')
          .send({ effectiveDate: '2021-03-01', decisionReference: 'Board 3' });
      const first = await send();
      const retry = await send();
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(first.body).toMatchObject({ status: 'active', memberNumber: 1 });

      const [db] = await t.query(
        `SELECT (SELECT count(*) FROM member_transitions WHERE member_id = $1)::int AS transitions,
                (SELECT count(*) FROM audit_log WHERE target_id = $1::text AND action = 'member.admitted')::int AS audit,
                (SELECT last_number FROM member_number_counters WHERE cooperative_id = $2) AS counter`,
        [applicant.id, coop],
      );
      expect(db).toEqual({ transitions: 1, audit: 1, counter: 1 });
    });

    it('concurrent retries with one key: one effect; the others replay it or get 409, then replay', async () => {
      const { coop, token } = await secretaryOfNewCooperative();
      const applicant = await givenApplicant(t, coop, token);
      const admit = () =>
        t
          .http()
          .post(`${membersPath(coop)}/${applicant.id}/admit`)
          .auth(token, { type: 'bearer' })
          .set('Idempotency-Key', 'same-key')
          .send({ effectiveDate: '2021-03-01' });
      const results = await Promise.all(Array.from({ length: 5 }, admit));
      const { first, replays } = await settleIdempotentBurst(results, 200, admit);
      expect(new Set([first, ...replays].map((r) => r.body.memberNumber))).toEqual(new Set([1]));
      const [db] = await t.query(`SELECT count(*)::int AS n FROM member_transitions WHERE member_id = $1`, [
        applicant.id,
      ]);
      expect(db).toEqual({ n: 1 });
    });

    it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
      const { coop, token } = await secretaryOfNewCooperative();
      const applicant = await givenApplicant(t, coop, token);
      const path = `${membersPath(coop)}/${applicant.id}/admit`;
      await t
        .http()
        .post(path)
        .auth(token, { type: 'bearer' })
        .set('Idempotency-Key', 'k1')
        .send({ effectiveDate: '2021-03-01' })
        .expect(200);
      const other = await t
        .http()
        .post(path)
        .auth(token, { type: 'bearer' })
        .set('Idempotency-Key', 'k1')
        .send({ effectiveDate: '2021-03-02' });
      expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      const [db] = await t.query(`SELECT count(*)::int AS n FROM member_transitions WHERE member_id = $1`, [
        applicant.id,
      ]);
      expect(db).toEqual({ n: 1 });
    });

    it('a retried application creates one applicant', async () => {
      const { coop, token } = await secretaryOfNewCooperative();
      const send = () =>
        t
          .http()
          .post(membersPath(coop))
          .auth(token, { type: 'bearer' })
          .set('Idempotency-Key', 'apply-once')
          .send({ kind: 'natural_person', name: 'Rosa Idempotente', appliedOn: '2021-01-01' });
      const first = await send();
      const retry = await send();
      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.body.id).toBe(first.body.id);
      const [db] = await t.query(`SELECT count(*)::int AS n FROM members WHERE cooperative_id = $1`, [coop]);
      expect(db).toEqual({ n: 1 });
    });

    it('an illegal transition under a key stores nothing: the key can be used again once legal', async () => {
      const { coop, token } = await secretaryOfNewCooperative();
      const applicant = await givenApplicant(t, coop, token);
      const path = `${membersPath(coop)}/${applicant.id}/suspend`;
      const refused = await t
        .http()
        .post(path)
        .auth(token, { type: 'bearer' })
        .set('Idempotency-Key', 'k-illegal')
        .send({ effectiveDate: '2021-03-01' });
      expect(refused.status).toBe(409);
      const [db] = await t.query(`SELECT count(*)::int AS n FROM idempotency_records WHERE key = 'k-illegal'`);
      expect(db).toEqual({ n: 0 });
    });
  });
});
