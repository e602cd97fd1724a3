/**
 * Rate limits for every route (issue 15, 7d): per user, per API key and, without credentials, per client address,
 * counted in PostgreSQL so every API process shares one count, answered with the RateLimit-* headers and, past the
 * limit, 429 RATE_LIMITED with Retry-After and nothing changed. Logins slide their window across the minute.
 */
import { jest } from '@jest/globals';
import type { Response } from 'supertest';
import { givenApiKey, givenCooperative, givenSuperadmin, givenUser } from '../support/factories.js';
import { membersPath } from '../support/member-factories.js';
import { SUPERADMIN, startTestApp, startTwinApps, type TestApp, type TwinApps } from '../support/test-app.js';

jest.setTimeout(60_000);

const limits = (perUser: number, perApiKey: number, perAddress = 1_000_000) => ({
  rateLimits: { windowSeconds: 60, perUser, perApiKey, perAddress },
});

const expectCounted = (res: Response, limit: number, remaining: number) => {
  expect(res.headers['ratelimit-limit']).toBe(String(limit));
  expect(res.headers['ratelimit-remaining']).toBe(String(remaining));
  expect(res.headers['ratelimit-policy']).toBe(`${limit};w=60`);
  const reset = Number(res.headers['ratelimit-reset']);
  expect(reset).toBeGreaterThanOrEqual(1);
  expect(reset).toBeLessThanOrEqual(60);
};

const expectLimited = (res: Response, limit: number) => {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe('RATE_LIMITED');
  expectCounted(res, limit, 0);
  expect(res.headers['retry-after']).toBe(res.headers['ratelimit-reset']);
  expect(res.body.retryAfterSeconds).toBe(Number(res.headers['retry-after']));
  expect(res.body.detail).toBe(
    `Too many requests: ${limit} are allowed every 60 s; wait ${res.headers['retry-after']} s.`,
  );
};

describe('rate limits per user and per API key', () => {
  let t: TestApp;
  let cooperativeId: string;
  beforeAll(async () => {
    t = await startTestApp(limits(5, 4));
    cooperativeId = await givenCooperative(t);
  });
  afterAll(() => t?.close());

  it('serves a user 5 requests a minute, counting down, then refuses the 6th (a write) and changes nothing', async () => {
    const secretary = await givenUser(t, cooperativeId, ['secretary']);
    const other = await givenUser(t, cooperativeId, ['secretary']);
    for (let i = 0; i < 5; i++) {
      const res = await t.http().get(membersPath(cooperativeId)).auth(secretary.accessToken, { type: 'bearer' });
      expect(res.status).toBe(200);
      expectCounted(res, 5, 4 - i);
    }
    const refused = await t
      .http()
      .post(membersPath(cooperativeId))
      .auth(secretary.accessToken, { type: 'bearer' })
      .send({ kind: 'natural_person', name: 'Too Late', appliedOn: '2020-01-01' });
    expectLimited(refused, 5);
    const rows = await t.query(`SELECT count(*)::int AS n FROM members WHERE name = 'Too Late'`);
    expect(rows).toEqual([{ n: 0 }]);
    // Another user of the same cooperative and address has a count of their own.
    const res = await t.http().get(membersPath(cooperativeId)).auth(other.accessToken, { type: 'bearer' });
    expect(res.status).toBe(200);
    expectCounted(res, 5, 4);
  });

  it('serves an API key its own limit of 4, then 429', async () => {
    const key = await givenApiKey(t, cooperativeId, ['members:read']);
    for (let i = 0; i < 4; i++) {
      const res = await t.http().get(membersPath(cooperativeId)).set('X-API-Key', key);
      expect(res.status).toBe(200);
      expectCounted(res, 4, 3 - i);
    }
    expectLimited(await t.http().get(membersPath(cooperativeId)).set('X-API-Key', key), 4);
  });
});

describe('rate limit per client address without credentials', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(limits(1_000_000, 1_000_000, 2));
  });
  afterAll(() => t?.close());

  it('counts public routes per address and never the health probes', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.http().get('/health').expect(200);
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    }
    await t.http().get('/health/ready').expect(200);
    const attempt = () =>
      t.http().post('/v1/auth/login').send({ email: 'who@test.local', password: 'wrong-password!' });
    const first = await attempt();
    expect(first.status).toBe(401);
    expectCounted(first, 2, 1);
    expect((await attempt()).status).toBe(401);
    expectLimited(await attempt(), 2);
  });
});

describe('rate limits across API processes', () => {
  let twins: TwinApps;
  beforeAll(async () => {
    twins = await startTwinApps(limits(4, 1_000_000));
  });
  afterAll(() => twins?.close());

  it('shares one count: 2 requests on each instance use up a limit of 4 on both', async () => {
    const [a, b] = twins.apps;
    const cooperativeId = await givenCooperative(a);
    const user = await givenUser(a, cooperativeId, ['secretary']);
    const get = (app: TestApp) => app.http().get(membersPath(cooperativeId)).auth(user.accessToken, { type: 'bearer' });
    const remaining: string[] = [];
    for (const app of [a, b, a, b]) {
      const res = await get(app);
      expect(res.status).toBe(200);
      remaining.push(res.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);
    expectLimited(await get(a), 4);
    expectLimited(await get(b), 4);
  });
});

describe('login window', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ loginRateLimitPerMinute: 3 });
  });
  afterAll(() => t?.close());

  const attempt = () => t.http().post('/v1/auth/login').send({ email: SUPERADMIN.email, password: 'wrong-password!' });
  /** As if every attempt so far had been made `minutes` clock minutes earlier. */
  const age = (minutes: number) =>
    t.query(`UPDATE login_attempts SET window_start = window_start - make_interval(mins => $1)`, [minutes]);

  it('slides: attempts made before the minute turned still count, and fade out within the next minute', async () => {
    // Twelve attempts in the previous minute weigh 12 * (1 - s/60) at s seconds into this one: over 3 until s = 50.
    const [{ s }]: { s: number }[] = await t.query(
      `SELECT extract(epoch FROM now() - date_trunc('minute', now()))::float8 AS s`,
    );
    if (s > 40) await new Promise((resolve) => setTimeout(resolve, (61 - s) * 1000));
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, ...Array(9).fill(429)]);
    await age(1);
    // A window that reset with the clock would let this one through (one attempt in the new minute).
    const still = await attempt();
    expect(still.status).toBe(429);
    const wait = Number(still.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(50);
    expect(still.body.detail).toBe(`Too many login attempts; wait ${wait} s and try again.`);
    // Ten minutes back they are out of the sliding minute: the right password logs in.
    await age(10);
    await t.http().post('/v1/auth/login').send({ email: SUPERADMIN.email, password: SUPERADMIN.password }).expect(200);
    expect(await givenSuperadmin(t)).toMatch(/^ey/);
  });
});
