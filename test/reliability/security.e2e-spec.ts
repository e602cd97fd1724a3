/**
 * Security (OWASP API2, API3, API4, API8): CORS, security headers, forged tokens, page-size and body limits, and
 * secrets never in responses nor in logs. The per-operation checks are generated from openapi.yaml.
 */
import { jest } from '@jest/globals';
import { createHmac, randomUUID } from 'node:crypto';
import { startApiProcess } from '../../scripts/support/api-process.js';
import { conformingHttp, ResponseLog } from '../support/contract.js';
import { buildPath, dummyPathValues, dummyQueryValues, openApiDocument, queryString } from '../support/openapi.js';
import { appRoutes } from '../support/routes.js';
import {
  createTestDatabase,
  dropTestDatabase,
  startTestApp,
  SUPERADMIN,
  TEST_JWT_SECRET,
  type TestApp,
} from '../support/test-app.js';
import { givenWorld, type World } from '../support/world.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

const document = openApiDocument();
const ALLOWED_ORIGIN = 'https://app.example.coop';

describe('CORS', () => {
  let withOrigins: TestApp;
  let closed: TestApp;
  beforeAll(async () => {
    withOrigins = await startTestApp({ corsOrigins: [ALLOWED_ORIGIN] });
    closed = await startTestApp();
  });
  afterAll(async () => {
    await withOrigins?.close();
    await closed?.close();
  });

  const preflight = (t: TestApp, origin: string) =>
    t
      .http()
      .options('/v1/auth/login')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,authorization');

  it('answers a preflight from an allowed origin with that origin, never a wildcard', async () => {
    const res = await preflight(withOrigins, ALLOWED_ORIGIN);
    expect(res.status).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    const simple = await withOrigins.http().get('/health').set('Origin', ALLOWED_ORIGIN).expect(200);
    expect(simple.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
  });

  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['a look-alike origin', 'https://app.example.coop.evil.example'],
    ['the null origin', 'null'],
  ])('gives %s no Access-Control-Allow-Origin', async (_name, origin) => {
    const res = await preflight(withOrigins, origin);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await withOrigins.http().get('/health').set('Origin', origin);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no origin at all when CORS_ORIGINS is empty (the default)', async () => {
    const res = await preflight(closed, ALLOWED_ORIGIN);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('headers, tokens and limits on every operation', () => {
  let t: TestApp;
  let world: World;
  let http: TestApp['http'];
  const log = new ResponseLog();
  beforeAll(async () => {
    t = await startTestApp();
    world = await givenWorld(t);
    http = conformingHttp(t.http, log);
  });
  afterAll(() => t?.close());

  const request = (operation: (typeof document.operations)[number], query = '') => {
    const path = buildPath(operation.path, dummyPathValues(operation, world.coopA)) + query;
    const req = http()[operation.method](path);
    return operation.requestBody ? req.send({}) : req;
  };

  it('sets the security headers on every answer, success or problem, and never X-Powered-By', async () => {
    const missing: string[] = [];
    for (const operation of document.operations) {
      const res = await request(operation);
      const expected: Record<string, RegExp> = {
        'x-content-type-options': /^nosniff$/,
        'x-frame-options': /^SAMEORIGIN$/,
        'strict-transport-security': /max-age=\d+/,
        'content-security-policy': /default-src 'self'/,
        'referrer-policy': /no-referrer/,
        'cross-origin-opener-policy': /same-origin/,
      };
      for (const [header, pattern] of Object.entries(expected)) {
        if (!pattern.test(String(res.headers[header] ?? ''))) missing.push(`${operation.operationId}: ${header}`);
      }
      if (res.headers['x-powered-by']) missing.push(`${operation.operationId}: x-powered-by`);
    }
    expect(missing).toEqual([]);
  });

  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const sign = (payload: object, header: object = { alg: 'HS256', typ: 'JWT' }, secret = TEST_JWT_SECRET) => {
    const unsigned = `${base64url(header)}.${base64url(payload)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  };

  it('refuses a forged, unsigned or expired access token on every secured operation with 401', async () => {
    const me = await t.http().get('/v1/me').auth(world.root, { type: 'bearer' }).expect(200);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: me.body.id, typ: 'access', exp: now + 300 };
    const forged = {
      'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`,
      'wrong key': sign(claims, undefined, 'another-secret-that-is-long-enough-for-hs256'),
      expired: sign({ ...claims, exp: now - 10 }),
      'HS512 with the right key': (() => {
        const unsigned = `${base64url({ alg: 'HS512', typ: 'JWT' })}.${base64url(claims)}`;
        return `${unsigned}.${createHmac('sha512', TEST_JWT_SECRET).update(unsigned).digest('base64url')}`;
      })(),
      garbage: 'not.a.token',
    };
    const accepted: string[] = [];
    const secured = document.operations.filter((o) => o.security.length > 0);
    expect(secured.length).toBeGreaterThan(10);
    for (const operation of secured) {
      await Promise.all(
        Object.entries(forged).map(async ([name, token]) => {
          const res = await request(operation).set('Authorization', `Bearer ${token}`);
          if (res.status !== 401) accepted.push(`${operation.operationId} with ${name}: ${res.status}`);
        }),
      );
    }
    expect(accepted).toEqual([]);
  });

  it('caps the page size at 200 on every paginated list', async () => {
    const lists = document.operations.filter((o) => o.queryParams.some((p) => p.name === 'limit'));
    expect(lists.length).toBeGreaterThan(0);
    const rules = new Map(appRoutes(t.app).map((r) => [r.handler, r.rule!]));
    for (const operation of lists) {
      const headers = await world.authorisedHeaders(rules.get(operation.operationId)!);
      const query = (limit: number) => '?' + queryString({ ...dummyQueryValues(operation), limit: String(limit) });
      const over = await request(operation, query(201)).set(headers);
      const fields = (over.body.errors ?? []).map((e: { field: string }) => e.field);
      expect([operation.operationId, over.status, fields]).toEqual([operation.operationId, 400, ['limit']]);
      // The largest page is accepted (the dummy ids may still make it a 404).
      const max = await request(operation, query(200)).set(headers);
      expect([operation.operationId, max.status === 400 || max.status >= 500]).toEqual([operation.operationId, false]);
    }
  });

  it('refuses a body over the limit (1mb by default) with 413', async () => {
    const res = await t
      .http()
      .post('/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['nested 10,000 levels deep', '['.repeat(10_000) + ']'.repeat(10_000), /nests deeper/],
    ['holding an unpaired surrogate', '{"email":"\\ud800@example.org","password":"long-enough-password"}', /Unicode/],
    ['that is an array', '[{"email":"a@example.org","password":"x"}]', /invalid/],
  ])('refuses a JSON body %s with 400, not 500', async (_name, body, detail) => {
    const res = await t.http().post('/v1/auth/login').set('content-type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.detail).toMatch(detail);
  });

  it('refuses a NUL character in a stored text with 400, and stores nothing', async () => {
    const res = await http()
      .post('/v1/cooperatives')
      .auth(world.root, { type: 'bearer' })
      .send({ name: 'Nul\u0000Coop' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await t.query(`SELECT 1 FROM cooperatives WHERE name LIKE 'Nul%'`)).toEqual([]);
  });

  it('never shows a stored secret in any response above', async () => {
    const hashes = [
      ...(await t.query<{ h: string }>('SELECT password_hash AS h FROM users WHERE password_hash IS NOT NULL')),
      ...(await t.query<{ h: string }>('SELECT secret_hash AS h FROM refresh_tokens')),
      ...(await t.query<{ h: string }>('SELECT secret_hash AS h FROM api_clients')),
    ].map((r) => r.h);
    expect(log.entries.length).toBeGreaterThan(50);
    expect(log.leaking(hashes)).toEqual([]);
  });
});

describe('secrets never in logs', () => {
  it('logs requests at trace level without passwords, tokens, API keys or the JWT key', async () => {
    const databaseUrl = await createTestDatabase();
    const jwtSecret = `log-test-${randomUUID()}-${randomUUID()}`;
    const api = await startApiProcess({
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'trace',
      JWT_SECRET: jwtSecret,
      ADMIN_EMAIL: SUPERADMIN.email,
      ADMIN_PASSWORD: SUPERADMIN.password,
    });
    const secrets: string[] = [SUPERADMIN.password, jwtSecret];
    try {
      const call = async (
        method: string,
        path: string,
        init: { body?: unknown; headers?: Record<string, string> } = {},
      ) => {
        const res = await fetch(api.baseUrl + path, {
          method,
          headers: { 'content-type': 'application/json', ...init.headers },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
        return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> };
      };
      await call('POST', '/v1/auth/login', { body: { email: SUPERADMIN.email, password: 'a-wrong-password-123' } });
      secrets.push('a-wrong-password-123');
      const tokens = (await call('POST', '/v1/auth/login', { body: SUPERADMIN })).body;
      expect(tokens.accessToken).toBeDefined();
      const bearer = { Authorization: `Bearer ${tokens.accessToken}` };
      await call('GET', '/v1/me', { headers: bearer });
      const refreshed = (await call('POST', '/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } })).body;
      const coop = (await call('POST', '/v1/cooperatives', { headers: bearer, body: { name: 'Log Coop' } })).body;
      const userPassword = `user-password-${randomUUID()}`;
      const invitation = (
        await call('POST', `/v1/cooperatives/${coop.id}/users`, {
          headers: bearer,
          body: { email: 'logged@test.local', roles: ['member'] },
        })
      ).body;
      secrets.push(invitation.token);
      await call('POST', `/v1/cooperatives/${coop.id}/user-invitations/accept`, {
        body: { token: invitation.token, password: userPassword },
      });
      const key = (
        await call('POST', `/v1/cooperatives/${coop.id}/api-clients`, {
          headers: bearer,
          body: { name: 'log app', scopes: ['bylaws:read'] },
        })
      ).body.key as string;
      await call('GET', `/v1/cooperatives/${coop.id}/bylaws`, { headers: { 'X-API-Key': key } });
      await call('GET', `/v1/cooperatives/${coop.id}/bylaws`, { headers: { 'X-API-Key': `${key}x` } });
      await call('POST', '/v1/auth/logout', { body: { refreshToken: refreshed.refreshToken } });
      await call('POST', '/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
      secrets.push(
        userPassword,
        tokens.accessToken,
        tokens.refreshToken,
        tokens.refreshToken.split('.')[1],
        refreshed.accessToken,
        refreshed.refreshToken.split('.')[1],
        key,
        // The key's secret part: after `coop_` and the 12-character prefix.
        key.slice('coop_'.length + 13),
        // The JWT's signature alone is enough to replay it.
        tokens.accessToken.split('.')[2],
      );
    } finally {
      await api.stop();
      await dropTestDatabase(databaseUrl);
    }
    const output = api.output();
    expect(secrets.filter((secret) => output.includes(secret))).toEqual([]);
    // The check means something only if requests were logged; their lines name them, never their headers.
    expect(output.match(/"url":"\/v1\//g)?.length ?? 0).toBeGreaterThan(8);
    expect(output).not.toMatch(/"headers"|authorization|x-api-key/i);
  });
});
