/**
 * Bad input is a 400 problem+json naming each field, and changes nothing: mass assignment of status, number or
 * ownership, unknown fields, bad dates, oversized or control-character text, wrong types.
 */
import { jest } from '@jest/globals';
import { givenCooperative, givenUser } from '../support/factories.js';
import { givenApplicant, givenMemberIn, type MemberBody, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

const valid = { kind: 'natural_person', name: 'Valid Name', appliedOn: '2020-01-01' };

describe('input validation of the register', () => {
  let t: TestApp;
  let coop: string;
  let token: string;
  let active: MemberBody;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t);
    token = (await givenUser(t, coop, ['secretary'])).accessToken;
    active = await givenMemberIn(t, coop, token, 'active', { name: 'Already Active' });
  });
  afterAll(() => t.close());

  const count = async () => (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM members`))[0].n;
  const rowOf = async (id: string) =>
    (await t.query(`SELECT to_jsonb(m) AS row FROM members m WHERE id = $1`, [id]))[0];

  function expect400(
    res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    fields: string[],
  ) {
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', type: '/problems/validation-failed' });
    const listed = [...new Set((res.body.errors as { field: string }[]).map((e) => e.field))].sort();
    expect(listed).toEqual([...fields].sort());
  }

  const create = (body: object) => t.http().post(membersPath(coop)).auth(token, { type: 'bearer' }).send(body);

  describe('mass assignment is refused', () => {
    it.each([
      ['status', 'active'],
      ['memberNumber', 1],
      ['admittedOn', '2020-01-01'],
      ['userId', '00000000-0000-4000-8000-000000000000'],
      ['cooperativeId', '00000000-0000-4000-8000-000000000000'],
      ['id', '00000000-0000-4000-8000-000000000000'],
    ])('on creation: %s', async (field, value) => {
      const before = await count();
      const res = await create({ ...valid, [field]: value });
      expect400(res, [field]);
      expect(res.body.errors).toEqual([{ field, message: `property ${field} should not exist` }]);
      expect(await count()).toBe(before);
    });

    it.each([['status'], ['memberNumber'], ['kind'], ['ceasedOn']])('on correction: %s', async (field) => {
      const before = await rowOf(active.id);
      const res = await t
        .http()
        .patch(`${membersPath(coop)}/${active.id}`)
        .auth(token, { type: 'bearer' })
        .send({ phone: '+1 555 0199', [field]: field === 'memberNumber' ? 99 : 'ceased' });
      expect400(res, [field]);
      expect(await rowOf(active.id)).toEqual(before);
    });

    it('on a transition: a number or status in the body', async () => {
      const applicant = await givenApplicant(t, coop, token);
      const res = await t
        .http()
        .post(`${membersPath(coop)}/${applicant.id}/admit`)
        .auth(token, { type: 'bearer' })
        .send({ effectiveDate: '2021-01-01', memberNumber: 7, status: 'active' });
      expect400(res, ['memberNumber', 'status']);
      expect((await rowOf(applicant.id)).row).toMatchObject({ status: 'applicant', member_number: null });
    });
  });

  describe('dates', () => {
    const badDates = [
      '2023-02-29',
      '2021-13-01',
      '2021-00-10',
      '2021-04-31',
      '21-01-01',
      '2021-1-1',
      '2021-01-01T00:00:00Z',
      'yesterday',
      '',
      '1799-12-31',
      '2999-01-01',
      20210101,
      null,
    ];

    it.each(badDates)('appliedOn %j', async (value) => {
      const before = await count();
      if (value === null) {
        // null is "not given" for an optional field: the default (today) applies.
        expect((await create({ ...valid, appliedOn: value })).status).toBe(201);
        return;
      }
      expect400(await create({ ...valid, appliedOn: value }), ['appliedOn']);
      expect(await count()).toBe(before);
    });

    it.each(badDates.filter((d) => d !== null))('dateOfBirth %j', async (value) => {
      expect400(await create({ ...valid, dateOfBirth: value }), ['dateOfBirth']);
    });

    it.each(badDates)('effectiveDate %j', async (value) => {
      const applicant = await givenApplicant(t, coop, token);
      const res = await t
        .http()
        .post(`${membersPath(coop)}/${applicant.id}/admit`)
        .auth(token, { type: 'bearer' })
        .send({ effectiveDate: value });
      expect400(res, ['effectiveDate']);
      expect((await rowOf(applicant.id)).row).toMatchObject({ status: 'applicant' });
    });

    it('accepts 29 February of a leap year', async () => {
      expect((await create({ ...valid, appliedOn: '2024-02-29', dateOfBirth: '1960-02-29' })).status).toBe(201);
    });

    it.each([
      ['admittedFrom=2021-02-30', 'admittedFrom'],
      ['admittedTo=soon', 'admittedTo'],
    ])('in a query: %s', async (query, field) => {
      const res = await t
        .http()
        .get(`${membersPath(coop)}?${query}`)
        .auth(token, { type: 'bearer' });
      expect400(res, [field]);
    });
  });

  describe('unknown fields, types and sizes', () => {
    it('an unknown field is named', async () => {
      const res = await create({ ...valid, favouriteColour: 'green' });
      expect400(res, ['favouriteColour']);
    });

    it('every bad field is listed at once', async () => {
      const res = await create({ kind: 'robot', name: 'x'.repeat(201), email: 'not-an-email', extra: 1 });
      expect400(res, ['kind', 'name', 'email', 'extra']);
    });

    it.each([
      ['name', 'x'.repeat(201)],
      ['community', 'x'.repeat(101)],
      ['occupation', 'x'.repeat(101)],
      ['email', `${'x'.repeat(250)}@example.org`],
      ['phone', '1'.repeat(41)],
      ['address', 'x'.repeat(501)],
    ])('oversized %s', async (field, value) => {
      const before = await count();
      expect400(await create({ ...valid, [field]: value }), [field]);
      expect(await count()).toBe(before);
    });

    it('the longest allowed values are accepted', async () => {
      const res = await create({
        ...valid,
        name: 'N'.repeat(200),
        community: 'c'.repeat(100),
        occupation: 'o'.repeat(100),
        phone: '+' + '1'.repeat(39),
        address: 'a'.repeat(500),
      });
      expect(res.status).toBe(201);
    });

    it.each([
      ['decisionReference', 'x'.repeat(201)],
      ['reason', 'x'.repeat(1001)],
      ['decisionReference', 'two\nlines'],
      ['reason', 'nul\u0000'],
    ])('transition %s %#', async (field, value) => {
      const res = await t
        .http()
        .post(`${membersPath(coop)}/${active.id}/suspend`)
        .auth(token, { type: 'bearer' })
        .send({ effectiveDate: '2021-01-01', [field]: value });
      expect400(res, [field]);
    });

    it.each([
      ['name', 'Two\nLines'],
      ['name', '   '],
      ['name', 'Nul\u0000'],
      ['name', 'Escape\u001b[31m'],
      ['name', 123],
      ['name', null],
      ['kind', 'robot'],
      ['gender', 'unknown'],
      ['community', 'Tab\there'],
      ['address', 'Nul\u0000'],
      ['email', 'maria@'],
      ['phone', 'call me'],
    ])('refuses %s = %j', async (field, value) => {
      expect400(await create({ ...valid, [field]: value }), [field]);
    });

    it('a missing name or kind is named', async () => {
      expect400(await create({ appliedOn: '2020-01-01' }), ['kind', 'name']);
    });

    it('a legal entity has no gender or date of birth', async () => {
      const res = await create({ ...valid, kind: 'legal_entity', gender: 'female', dateOfBirth: '1990-01-01' });
      expect400(res, ['gender', 'dateOfBirth']);
      const entity = await givenApplicant(t, coop, token, { kind: 'legal_entity', name: 'Entity' });
      const patch = await t
        .http()
        .patch(`${membersPath(coop)}/${entity.id}`)
        .auth(token, { type: 'bearer' })
        .send({ dateOfBirth: '1990-01-01' });
      expect400(patch, ['dateOfBirth']);
    });

    it('a correction cannot blank the name', async () => {
      const res = await t
        .http()
        .patch(`${membersPath(coop)}/${active.id}`)
        .auth(token, { type: 'bearer' })
        .send({ name: null });
      expect400(res, ['name']);
    });

    it('an unknown cessation reason is named', async () => {
      const res = await t
        .http()
        .post(`${membersPath(coop)}/${active.id}/cease`)
        .auth(token, { type: 'bearer' })
        .send({ effectiveDate: '2021-01-01', cessationReason: 'retired' });
      expect400(res, ['cessationReason']);
    });

    it.each([
      ['status=bogus', 'status'],
      ['status=active,bogus', 'status'],
      ['sort=age', 'sort'],
      ['kind=robot', 'kind'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['unknown=1', 'unknown'],
    ])('list query %s', async (query, field) => {
      expect400(
        await t
          .http()
          .get(`${membersPath(coop)}?${query}`)
          .auth(token, { type: 'bearer' }),
        [field],
      );
    });

    it('a malformed id is a 400, a malformed body too', async () => {
      const res = await t
        .http()
        .get(`${membersPath(coop)}/not-a-uuid`)
        .auth(token, { type: 'bearer' });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const json = await t
        .http()
        .post(membersPath(coop))
        .auth(token, { type: 'bearer' })
        .set('content-type', 'application/json')
        .send('{"kind":');
      expect([json.status, json.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('a malformed Idempotency-Key is a 400 and changes nothing', async () => {
      const before = await count();
      const res = await t
        .http()
        .post(membersPath(coop))
        .auth(token, { type: 'bearer' })
        .set('Idempotency-Key', 'x'.repeat(256))
        .send(valid);
      expect400(res, ['Idempotency-Key']);
      expect(await count()).toBe(before);
    });
  });
});
