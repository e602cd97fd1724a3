import { createHmac } from 'node:crypto';
import { givenCooperative, givenUser, login } from '../support/factories.js';
import {
  startTestApp,
  startTwinApps,
  SUPERADMIN,
  TEST_JWT_SECRET,
  type TestApp,
  type TwinApps,
} from '../support/test-app.js';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signJwt(payload: object, header: object = { alg: 'HS256', typ: 'JWT' }, secret = TEST_JWT_SECRET): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs in with email and password and returns a token pair', async () => {
    const res = await t
      .http()
      .post('/v1/auth/login')
      .send({ email: 'ROOT@test.local', password: SUPERADMIN.password })
      .expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const me = await t.http().get('/v1/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({ kind: 'user', email: SUPERADMIN.email, isSuperadmin: true, cooperatives: [] });
    expect(JSON.stringify(me.body)).not.toContain('password');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await t
      .http()
      .post('/v1/auth/login')
      .send({ email: SUPERADMIN.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/v1/auth/login')
      .send({ email: 'nobody@test.local', password: 'whatever-password' })
      .expect(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'The email or password is wrong.' });
    expect(unknown.body).toEqual({ ...wrong.body, requestId: unknown.body.requestId });
  });

  it('refuses a login without credentials with 400', async () => {
    const res = await t.http().post('/v1/auth/login').send({ email: SUPERADMIN.email }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('rotates refresh tokens; reusing an old one revokes the whole chain', async () => {
    const first = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    const second = (await t.http().post('/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200))
      .body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http().get('/v1/me').auth(second.accessToken, { type: 'bearer' }).expect(200);

    const reuse = await t.http().post('/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newer token died with the chain.
    const after = await t.http().post('/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_INVALID');
    const [row] = await t.query<{ live: string }>(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL) AS live FROM refresh_tokens WHERE id = $1`,
      [second.refreshToken.split('.')[0]],
    );
    expect(row.live).toBe('0');
  });

  it('refuses at once every access token of a session ended by a reused refresh token (theft detected)', async () => {
    const first = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    const second = (await t.http().post('/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200))
      .body;
    const other = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    for (const token of [first.accessToken, second.accessToken]) {
      await t.http().get('/v1/me').auth(token, { type: 'bearer' }).expect(200);
    }
    await t.http().post('/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    for (const token of [first.accessToken, second.accessToken]) {
      const res = await t.http().get('/v1/me').auth(token, { type: 'bearer' }).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
    // Another session of the same user is not touched.
    await t.http().get('/v1/me').auth(other.accessToken, { type: 'bearer' }).expect(200);
  });

  it('refuses a forged or malformed refresh token', async () => {
    const { refreshToken } = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    const [id] = refreshToken.split('.');
    for (const token of [`${id}.${'A'.repeat(43)}`, 'garbage', `${id}`]) {
      const res = await t.http().post('/v1/auth/refresh').send({ refreshToken: token }).expect(401);
      expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
    }
  });

  it('logs out: the refresh token stops working', async () => {
    const { refreshToken } = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    await t.http().post('/v1/auth/logout').send({ refreshToken }).expect(204);
    const res = await t.http().post('/v1/auth/refresh').send({ refreshToken }).expect(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('logs out: the access token of the session is refused on the next request', async () => {
    const { accessToken, refreshToken } = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    const other = await login(t, SUPERADMIN.email, SUPERADMIN.password);
    await t.http().get('/v1/me').auth(accessToken, { type: 'bearer' }).expect(200);
    await t.http().post('/v1/auth/logout').send({ refreshToken }).expect(204);
    const res = await t.http().get('/v1/me').auth(accessToken, { type: 'bearer' }).expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('UNAUTHENTICATED');
    // Another session of the same user is not touched.
    await t.http().get('/v1/me').auth(other.accessToken, { type: 'bearer' }).expect(200);
  });

  describe('access tokens', () => {
    let userId: string;
    let sessionId: string;
    beforeAll(async () => {
      const { accessToken } = await login(t, SUPERADMIN.email, SUPERADMIN.password);
      userId = (await t.http().get('/v1/me').auth(accessToken, { type: 'bearer' })).body.id;
      sessionId = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid;
    });
    const now = () => Math.floor(Date.now() / 1000);
    /** The claims of a token the API issues (iss and aud are the defaults: JWT_ISSUER unset). */
    const claims = (changes: Record<string, unknown> = {}) => {
      const all: Record<string, unknown> = {
        sub: userId,
        typ: 'access',
        sid: sessionId,
        iss: 'coop-api',
        aud: 'coop-api',
        iat: now(),
        exp: now() + 60,
        ...changes,
      };
      return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
    };

    it('accepts a well-signed token', async () => {
      await t.http().get('/v1/me').auth(signJwt(claims()), { type: 'bearer' }).expect(200);
    });

    it('issues tokens that carry the claims it requires', async () => {
      const { accessToken } = await login(t, SUPERADMIN.email, SUPERADMIN.password);
      const [header, payload] = accessToken
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
      expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(payload).toEqual({
        sub: userId,
        typ: 'access',
        sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        iss: 'coop-api',
        aud: 'coop-api',
        iat: expect.any(Number),
        exp: payload.iat + 900,
      });
      expect(Math.abs(payload.iat - now())).toBeLessThanOrEqual(5);
    });

    it('refuses an expired token with TOKEN_EXPIRED', async () => {
      const res = await t
        .http()
        .get('/v1/me')
        .auth(signJwt(claims({ exp: now() - 5 })), { type: 'bearer' })
        .expect(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
    });

    it.each([
      ['a wrong signature', () => signJwt(claims(), undefined, 'another-secret-of-sufficient-length')],
      ['alg none', () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`],
      [
        'a tampered payload',
        () => {
          const [h, , s] = signJwt(claims()).split('.');
          return `${h}.${base64url(claims({ exp: now() + 9999 }))}.${s}`;
        },
      ],
      ['a refresh-type token', () => signJwt(claims({ typ: 'refresh' }))],
      ['an unknown user', () => signJwt(claims({ sub: '00000000-0000-4000-8000-000000000000' }))],
      // Signed with the real key, but not as the API issues them: each claim it relies on is required.
      ['a token without exp (valid for ever)', () => signJwt(claims({ exp: undefined }))],
      ['a token without iat', () => signJwt(claims({ iat: undefined }))],
      ['a token issued in the future', () => signJwt(claims({ iat: now() + 3600 }))],
      ['a token of another issuer', () => signJwt(claims({ iss: 'another-deployment' }))],
      ['a token without an issuer', () => signJwt(claims({ iss: undefined }))],
      ['a token for another audience', () => signJwt(claims({ aud: 'another-api' }))],
      ['a token without an audience', () => signJwt(claims({ aud: undefined }))],
      ['a token without a session', () => signJwt(claims({ sid: undefined }))],
      ['a token of an unknown session', () => signJwt(claims({ sid: '00000000-0000-4000-8000-000000000000' }))],
      ['a token whose session is not a uuid', () => signJwt(claims({ sid: 'not-a-session' }))],
    ])('refuses %s with 401 UNAUTHENTICATED', async (_name, token) => {
      const res = await t.http().get('/v1/me').auth(token(), { type: 'bearer' }).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a request with no credentials', async () => {
      const res = await t.http().get('/v1/me').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });

  it('lists my cooperatives and roles in /v1/me', async () => {
    const cooperativeId = await givenCooperative(t, { name: 'Cafetaleros Unidos' });
    const user = await givenUser(t, cooperativeId, ['secretary', 'board']);
    const me = await t.http().get('/v1/me').auth(user.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toEqual({
      kind: 'user',
      id: user.userId,
      email: user.email,
      isSuperadmin: false,
      cooperatives: [{ id: cooperativeId, name: 'Cafetaleros Unidos', roles: ['board', 'secretary'] }],
    });
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ loginRateLimitPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('allows 3 attempts a minute per email, then answers 429 with Retry-After', async () => {
    const attempt = () =>
      t.http().post('/v1/auth/login').send({ email: SUPERADMIN.email, password: 'wrong-password!' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt().expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The window slides: 4 attempts against a limit of 3 fade below it 60 * (1 - 3/4) = 15 s into the next minute.
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(75);
    // Even the right password is refused until the window passes.
    await t.http().post('/v1/auth/login').send({ email: SUPERADMIN.email, password: SUPERADMIN.password }).expect(429);
  });
});

describe('sessions across API instances', () => {
  let twins: TwinApps;
  beforeAll(async () => {
    twins = await startTwinApps({ loginRateLimitPerMinute: 1000 });
  });
  afterAll(() => twins.close());

  it('a logout on one instance refuses the access token on the other at its next request', async () => {
    const [a, b] = twins.apps;
    const { accessToken, refreshToken } = await login(a, SUPERADMIN.email, SUPERADMIN.password);
    await a.http().get('/v1/me').auth(accessToken, { type: 'bearer' }).expect(200);
    await b.http().post('/v1/auth/logout').send({ refreshToken }).expect(204);
    const res = await a.http().get('/v1/me').auth(accessToken, { type: 'bearer' }).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
