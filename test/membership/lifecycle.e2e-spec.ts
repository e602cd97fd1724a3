/**
 * The member lifecycle over HTTP: every status x action pair (legal: the new status and one history row;
 * illegal: 409 ILLEGAL_TRANSITION and nothing changed), the input rules of each transition, rejoining with the
 * old number, the history, the register's refusal to forget anyone admitted, and the record's version (ETag and
 * If-Match on its GET and PATCH, moved on by every change).
 */
import { jest } from '@jest/globals';
import { MEMBER_ACTIONS, MEMBER_STATUSES, type MemberStatus } from '../../src/membership/member-lifecycle.rules.js';
import { givenCooperative, givenUser, type LoggedIn } from '../support/factories.js';
import { ACTION_ROUTES, act, givenApplicant, givenMemberIn, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

/** The contract, written out independently of the rules' table. */
const LEGAL: Record<string, MemberStatus> = {
  'applicant:admit': 'active',
  'applicant:reject': 'rejected',
  'applicant:withdraw_application': 'rejected',
  'active:suspend': 'suspended',
  'suspended:reinstate': 'active',
  'active:cease': 'ceased',
  'suspended:cease': 'ceased',
  'ceased:rejoin': 'applicant',
  'rejected:rejoin': 'applicant',
};

describe('member lifecycle over HTTP', () => {
  let t: TestApp;
  let coop: string;
  let secretary: LoggedIn;
  let token: string;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t);
    secretary = await givenUser(t, coop, ['secretary']);
    token = secretary.accessToken;
  });
  afterAll(() => t.close());

  /** Everything a transition could touch: the row, its history, its audit entries and the number counter. */
  async function snapshot(memberId: string) {
    const [member] = await t.query(`SELECT to_jsonb(m) AS row FROM members m WHERE id = $1`, [memberId]);
    const [counts] = await t.query<{ transitions: number; audit: number; counter: number }>(
      `SELECT (SELECT count(*) FROM member_transitions WHERE member_id = $1)::int AS transitions,
              (SELECT count(*) FROM audit_log WHERE target_id = $1::text)::int AS audit,
              (SELECT coalesce(max(last_number), 0) FROM member_number_counters WHERE cooperative_id = $2)::int AS counter`,
      [memberId, coop],
    );
    return { member: member.row, ...counts };
  }

  const post = (memberId: string, route: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`${membersPath(coop)}/${memberId}/${route}`)
      .auth(token, { type: 'bearer' })
      .send(body);

  describe('every status x action pair', () => {
    const pairs = MEMBER_STATUSES.flatMap((from) => MEMBER_ACTIONS.map((action) => [from, action] as const));

    it('covers 35 pairs, 9 legal', () => {
      expect(pairs).toHaveLength(35);
      expect(pairs.filter(([from, action]) => `${from}:${action}` in LEGAL)).toHaveLength(9);
    });

    it.each(pairs)('%s --%s-->', async (from, action) => {
      const member = await givenMemberIn(t, coop, token, from);
      expect(member.status).toBe(from);
      const before = await snapshot(member.id);
      const body = { effectiveDate: '2021-01-01', ...(action === 'cease' ? { cessationReason: 'withdrawn' } : {}) };
      const res = await post(member.id, ACTION_ROUTES[action], body);
      const expected = LEGAL[`${from}:${action}`];
      if (expected === undefined) {
        expect(res.status).toBe(409);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).toMatchObject({
          status: 409,
          code: 'ILLEGAL_TRANSITION',
          type: '/problems/illegal-transition',
        });
        expect(res.body.detail).toBe(`A member in status '${from}' cannot '${action}'.`);
        expect(await snapshot(member.id)).toEqual(before);
      } else {
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: member.id, status: expected, statusSince: '2021-01-01' });
        const after = await snapshot(member.id);
        expect(after.transitions).toBe(before.transitions + 1);
        expect(after.audit).toBe(before.audit + 1);
        const [row] = await t.query(
          `SELECT action, from_status, to_status, effective_date::text AS effective_date, recorded_by_type, recorded_by
             FROM member_transitions WHERE member_id = $1 ORDER BY id DESC LIMIT 1`,
          [member.id],
        );
        expect(row).toEqual({
          action,
          from_status: from,
          to_status: expected,
          effective_date: '2021-01-01',
          recorded_by_type: 'user',
          recorded_by: secretary.userId,
        });
      }
    });
  });

  describe('transition input', () => {
    it('an expulsion needs the board decision reference (422, nothing changed) and records the right of appeal', async () => {
      const member = await givenMemberIn(t, coop, token, 'active');
      const before = await snapshot(member.id);
      const refused = await post(member.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'expelled' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('DECISION_REFERENCE_REQUIRED');
      expect(await snapshot(member.id)).toEqual(before);

      const expelled = await post(member.id, 'cease', {
        effectiveDate: '2021-01-01',
        cessationReason: 'expelled',
        decisionReference: 'Board minute 2020-12, item 4',
        reason: 'Sold the cooperative’s coffee to a middleman twice.',
      });
      expect(expelled.status).toBe(200);
      expect(expelled.body).toMatchObject({ status: 'ceased', ceasedOn: '2021-01-01', cessationReason: 'expelled' });
      const history = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/history`)
        .auth(token, { type: 'bearer' });
      expect(history.status).toBe(200);
      expect(history.body.items.at(-1)).toMatchObject({
        action: 'cease',
        fromStatus: 'active',
        toStatus: 'ceased',
        effectiveDate: '2021-01-01',
        cessationReason: 'expelled',
        decisionReference: 'Board minute 2020-12, item 4',
        reason: 'Sold the cooperative’s coffee to a middleman twice.',
        rightOfAppeal: true,
        recordedByType: 'user',
        recordedBy: secretary.userId,
      });
    });

    it('other cessations carry no right of appeal', async () => {
      const member = await givenMemberIn(t, coop, token, 'ceased');
      const history = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/history`)
        .auth(token, { type: 'bearer' });
      expect(history.body.items.map((h: { rightOfAppeal: boolean }) => h.rightOfAppeal)).toEqual([false, false]);
    });

    it("'deceased' is for people and 'dissolved' for legal entities (422 INVALID_CESSATION_REASON)", async () => {
      const person = await givenMemberIn(t, coop, token, 'active');
      const entity = await givenMemberIn(t, coop, token, 'active', {
        kind: 'legal_entity',
        name: 'Cooperativa Vecina',
      });
      const a = await post(person.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'dissolved' });
      const b = await post(entity.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'deceased' });
      expect([a.status, a.body.code]).toEqual([422, 'INVALID_CESSATION_REASON']);
      expect([b.status, b.body.code]).toEqual([422, 'INVALID_CESSATION_REASON']);
      expect(
        (await post(person.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'deceased' })).status,
      ).toBe(200);
      expect(
        (await post(entity.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'dissolved' })).status,
      ).toBe(200);
    });

    it('an effective date may not precede the previous transition (same day allowed)', async () => {
      const member = await givenMemberIn(t, coop, token, 'active'); // admitted 2020-02-01
      const before = await snapshot(member.id);
      const early = await post(member.id, 'suspend', { effectiveDate: '2020-01-31' });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('EFFECTIVE_DATE_OUT_OF_ORDER');
      expect(await snapshot(member.id)).toEqual(before);
      expect((await post(member.id, 'suspend', { effectiveDate: '2020-02-01' })).status).toBe(200);
    });

    it('an admission may not precede the application', async () => {
      const applicant = await givenApplicant(t, coop, token, { appliedOn: '2020-05-10' });
      const res = await post(applicant.id, 'admit', { effectiveDate: '2020-05-09' });
      expect([res.status, res.body.code]).toEqual([422, 'EFFECTIVE_DATE_OUT_OF_ORDER']);
      expect((await post(applicant.id, 'admit', { effectiveDate: '2020-05-10' })).status).toBe(200);
    });

    it('refuses an effective date in the future, or none (400, the field named)', async () => {
      const member = await givenApplicant(t, coop, token);
      const future = await post(member.id, 'admit', { effectiveDate: '2999-01-01' });
      expect(future.status).toBe(400);
      expect(future.body.code).toBe('VALIDATION_FAILED');
      expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveDate']);
      const none = await post(member.id, 'admit', {});
      expect(none.status).toBe(400);
      expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveDate']);
    });

    it('an unknown member is 404 MEMBER_NOT_FOUND', async () => {
      const res = await post('00000000-0000-4000-8000-000000000000', 'admit', { effectiveDate: '2021-01-01' });
      expect([res.status, res.body.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    });
  });

  describe('member numbers across rejoining', () => {
    it('a former member who rejoins keeps the number; nobody else ever gets it', async () => {
      const fresh = await givenCooperative(t);
      const sec = (await givenUser(t, fresh, ['secretary'])).accessToken;
      const first = await givenMemberIn(t, fresh, sec, 'active');
      const second = await givenMemberIn(t, fresh, sec, 'active');
      expect([first.memberNumber, second.memberNumber]).toEqual([1, 2]);

      await act(t, fresh, sec, first.id, 'cease', { effectiveDate: '2021-01-01', cessationReason: 'withdrawn' });
      const rejoined = await act(t, fresh, sec, first.id, 'rejoin', { effectiveDate: '2022-01-01' });
      expect(rejoined).toMatchObject({ status: 'applicant', memberNumber: 1 });
      const readmitted = await act(t, fresh, sec, first.id, 'admit', { effectiveDate: '2022-02-01' });
      expect(readmitted).toMatchObject({
        status: 'active',
        memberNumber: 1,
        firstAdmittedOn: '2020-02-01',
        admittedOn: '2022-02-01',
        ceasedOn: null,
        cessationReason: null,
      });

      const third = await givenMemberIn(t, fresh, sec, 'active');
      expect(third.memberNumber).toBe(3);
      const [counter] = await t.query(`SELECT last_number FROM member_number_counters WHERE cooperative_id = $1`, [
        fresh,
      ]);
      expect(counter).toEqual({ last_number: 3 });
    });

    it('a refused applicant who applies again and is admitted gets the next number', async () => {
      const fresh = await givenCooperative(t);
      const sec = (await givenUser(t, fresh, ['secretary'])).accessToken;
      const refused = await givenMemberIn(t, fresh, sec, 'rejected');
      expect(refused.memberNumber).toBeNull();
      await givenMemberIn(t, fresh, sec, 'active'); // No. 1
      await act(t, fresh, sec, refused.id, 'rejoin', { effectiveDate: '2021-01-01' });
      const admitted = await act(t, fresh, sec, refused.id, 'admit', { effectiveDate: '2021-02-01' });
      expect(admitted.memberNumber).toBe(2);
    });

    it('two concurrent admissions of one applicant: one succeeds, the other is 409, one number drawn', async () => {
      const fresh = await givenCooperative(t);
      const sec = (await givenUser(t, fresh, ['secretary'])).accessToken;
      const applicant = await givenApplicant(t, fresh, sec);
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          t
            .http()
            .post(`${membersPath(fresh)}/${applicant.id}/admit`)
            .auth(sec, { type: 'bearer' })
            .send({ effectiveDate: '2021-01-01' }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const [row] = await t.query(
        `SELECT (SELECT count(*) FROM member_transitions WHERE member_id = $1)::int AS transitions,
                (SELECT last_number FROM member_number_counters WHERE cooperative_id = $2) AS counter`,
        [applicant.id, fresh],
      );
      expect(row).toEqual({ transitions: 1, counter: 1 });
    });
  });

  describe('the register forgets no one', () => {
    it('has no delete route', async () => {
      const member = await givenMemberIn(t, coop, token, 'applicant');
      const res = await t
        .http()
        .delete(`${membersPath(coop)}/${member.id}`)
        .auth(token, { type: 'bearer' });
      expect([res.status, res.body.code, res.headers.allow]).toEqual([
        405,
        'METHOD_NOT_ALLOWED',
        'GET, HEAD, PATCH, OPTIONS',
      ]);
    });

    it('a withdrawn application is kept as rejected, with the reason withdrawn', async () => {
      const member = await givenApplicant(t, coop, token);
      const res = await post(member.id, 'withdraw-application', { effectiveDate: '2020-01-15', reason: 'Moved away.' });
      expect(res.body.status).toBe('rejected');
      const history = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/history`)
        .auth(token, { type: 'bearer' });
      expect(history.body.items).toEqual([
        expect.objectContaining({
          action: 'withdraw_application',
          rejectionReason: 'withdrawn',
          reason: 'Moved away.',
        }),
      ]);
    });

    it('the database refuses to delete an admitted member, change a number or rewrite history', async () => {
      const member = await givenMemberIn(t, coop, token, 'ceased');
      await expect(t.query(`DELETE FROM members WHERE id = $1`, [member.id])).rejects.toThrow(/stays on the register/);
      await expect(t.query(`UPDATE members SET member_number = 999999 WHERE id = $1`, [member.id])).rejects.toThrow(
        /never change/,
      );
      await expect(t.query(`DELETE FROM member_transitions WHERE member_id = $1`, [member.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(
        t.query(`UPDATE member_number_counters SET last_number = 0 WHERE cooperative_id = $1`, [coop]),
      ).rejects.toThrow(/never reused/);
    });
  });

  describe('history and audit', () => {
    it('lists transitions oldest first with keyset pages, and every audit entry about the member', async () => {
      const member = await givenMemberIn(t, coop, token, 'suspended');
      await act(t, coop, token, member.id, 'reinstate', { effectiveDate: '2020-03-15', decisionReference: 'Board 7' });
      const page1 = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/history?limit=2`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(page1.body.items.map((h: { action: string }) => h.action)).toEqual(['admit', 'suspend']);
      const page2 = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/history?limit=2&cursor=${page1.body.nextCursor}`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(page2.body.items).toEqual([
        expect.objectContaining({ action: 'reinstate', effectiveDate: '2020-03-15', decisionReference: 'Board 7' }),
      ]);
      expect(page2.body.nextCursor).toBeNull();

      const audit = await t
        .http()
        .get(`${membersPath(coop)}/${member.id}/audit-log`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
        'member.reinstated',
        'member.suspended',
        'member.admitted',
        'member.applied',
      ]);
      const admitted = audit.body.items[2];
      expect(admitted.summary).toMatchObject({
        from: 'applicant',
        to: 'active',
        effectiveDate: '2020-02-01',
        memberNumber: member.memberNumber,
        minimumSharesCheck: 'passed',
      });
    });

    it('a correction is audited with the values before and after', async () => {
      const member = await givenApplicant(t, coop, token, { phone: '+504 1111 2222' });
      const res = await t
        .http()
        .patch(`${membersPath(coop)}/${member.id}`)
        .auth(token, { type: 'bearer' })
        .send({ phone: '+504 3333 4444', community: 'El Rosario', occupation: null });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ phone: '+504 3333 4444', community: 'El Rosario', occupation: null });
      const [entry] = await t.query(
        `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'member.updated'`,
        [member.id],
      );
      expect(entry.summary).toEqual({
        by: 'staff',
        before: { phone: '+504 1111 2222', community: null },
        after: { phone: '+504 3333 4444', community: 'El Rosario' },
      });
    });
  });

  describe('optimistic concurrency: the record’s version as ETag, If-Match on a correction', () => {
    const path = (memberId: string) => `${membersPath(coop)}/${memberId}`;
    const read = (memberId: string) => t.http().get(path(memberId)).auth(token, { type: 'bearer' }).expect(200);
    const correct = (memberId: string, body: object, ifMatch?: string) => {
      const req = t.http().patch(path(memberId)).auth(token, { type: 'bearer' });
      return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
    };

    it('GET answers ETag "n" for version n; a PATCH with If-Match "n" applies and the record moves to n+1', async () => {
      const member = await givenApplicant(t, coop, token);
      const first = await read(member.id);
      expect([first.body.version, first.headers.etag]).toEqual([1, '"1"']);
      const res = await correct(member.id, { occupation: 'coffee grower' }, '"1"');
      expect(res.status).toBe(200);
      expect([res.body.version, res.headers.etag, res.body.occupation]).toEqual([2, '"2"', 'coffee grower']);
      expect((await read(member.id)).headers.etag).toBe('"2"');
    });

    it('a stale If-Match is 412 PRECONDITION_FAILED and changes nothing', async () => {
      const member = await givenApplicant(t, coop, token, { phone: '+504 1111 2222' });
      await correct(member.id, { community: 'El Rosario' }, '"1"').expect(200); // another secretary's correction
      const before = await snapshot(member.id);
      const res = await correct(member.id, { phone: '+504 5555 6666' }, '"1"');
      expect([res.status, res.body.code]).toEqual([412, 'PRECONDITION_FAILED']);
      expect(res.body.detail).toBe('The resource changed since it was read: version 2 now, If-Match named 1.');
      expect(await snapshot(member.id)).toEqual(before);
      expect((await read(member.id)).body).toMatchObject({ version: 2, phone: '+504 1111 2222' });
    });

    it('without If-Match (or with *) a correction applies to whatever is stored now', async () => {
      const member = await givenApplicant(t, coop, token);
      await correct(member.id, { occupation: 'baker' }).expect(200);
      const res = await correct(member.id, { occupation: 'miller' }, '*').expect(200);
      expect([res.body.version, res.headers.etag, res.body.occupation]).toEqual([3, '"3"', 'miller']);
    });

    it('a correction that changes nothing keeps the version', async () => {
      const member = await givenApplicant(t, coop, token, { occupation: 'baker' });
      const res = await correct(member.id, { occupation: 'baker' }, '"1"').expect(200);
      expect([res.body.version, res.headers.etag]).toEqual([1, '"1"']);
    });

    it('every transition moves the version on, so a tag read before it is stale', async () => {
      const member = await givenApplicant(t, coop, token);
      const admitted = await act(t, coop, token, member.id, 'admit', { effectiveDate: '2020-02-01' });
      const suspended = await act(t, coop, token, member.id, 'suspend', { effectiveDate: '2020-03-01' });
      expect([member.version, admitted.version, suspended.version]).toEqual([1, 2, 3]);
      const res = await correct(member.id, { occupation: 'baker' }, '"2"');
      expect([res.status, res.body.code]).toEqual([412, 'PRECONDITION_FAILED']);
    });

    it('a tag that is not the one this resource gave (weak, a list, garbage) is 412', async () => {
      const member = await givenApplicant(t, coop, token);
      for (const tag of ['W/"1"', '"1", "2"', '1', 'abc']) {
        const res = await correct(member.id, { occupation: 'baker' }, tag);
        expect([tag, res.status, res.body.code]).toEqual([tag, 412, 'PRECONDITION_FAILED']);
      }
      expect((await read(member.id)).body).toMatchObject({ version: 1, occupation: null });
    });
  });
});
