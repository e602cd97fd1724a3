/**
 * The HTTP layer's answers before and around the routes: 415 for a body its route cannot read, 405 with Allow for a
 * wrong method on a known path, the request id on every answer and every problem (also those raised before Nest's
 * pipeline), WWW-Authenticate on 401, Retry-After on 429 and 503.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import pg from 'pg';
import { routeTableOf, routesOf } from '../../src/common/http/route-table.js';
import { ModulesContainer } from '@nestjs/core';
import { givenApiKey, givenCooperative, givenSuperadmin, givenUser } from '../support/factories.js';
import { ballotAction, givenBallot } from '../support/governance.factories.js';
import { SUPERADMIN, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.0 request written byte for byte (supertest and node:http add a Content-Type or Content-Length); 1.0 so
 * that the answer comes whole, not chunked, and the server closes the connection after it.
 */
async function raw(t: TestApp, head: string[], body = ''): Promise<RawResponse> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      // Not end(): Node's server drops a request whose client half-closes before the answer.
      socket.write([...head, 'Host: localhost', '', body].join('\r\n'));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
  const [top, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = top.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/** The problem document every error answer carries, with the request id of the answer. */
const problem = (status: number, code: string, detail: string, instance: string, requestId: string) => ({
  type: `/problems/${code.toLowerCase().replaceAll('_', '-')}`,
  title: code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' '),
  status,
  detail,
  code,
  instance,
  requestId,
});

const JSON_ONLY = 'Send the request body as application/json (the Content-Type header).';
const CHALLENGE = 'Bearer realm="coop-api"';
const WITH_KEY = 'ApiKey realm="coop-api", header="X-API-Key"';
const INVALID = 'error="invalid_token"';
const UNAUTHENTICATED = 'Authentication is required: send a bearer token or an X-API-Key.';

describe('the HTTP layer', () => {
  let t: TestApp;
  let coop: string;
  let root: string;
  beforeAll(async () => {
    t = await startTestApp({ bodyLimit: '10kb' });
    coop = await givenCooperative(t);
    root = await givenSuperadmin(t);
  });
  afterAll(() => t.close());

  describe('415 for a body its route cannot read', () => {
    it('refuses text/plain and form bodies on JSON routes, before authentication', async () => {
      const plain = await t.http().post('/v1/auth/login').set('Content-Type', 'text/plain').send('hello').expect(415);
      expect(plain.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(plain.body).toEqual(
        problem(415, 'UNSUPPORTED_MEDIA_TYPE', JSON_ONLY, '/v1/auth/login', plain.headers['x-request-id']),
      );
      const form = await t.http().post('/v1/cooperatives').type('form').send({ name: 'Coop' }).expect(415);
      expect(form.body).toEqual(
        problem(415, 'UNSUPPORTED_MEDIA_TYPE', JSON_ONLY, '/v1/cooperatives', form.headers['x-request-id']),
      );
      const patch = await t
        .http()
        .patch(`/v1/cooperatives/${coop}/bylaws`)
        .auth(root, { type: 'bearer' })
        .set('Content-Type', 'application/xml')
        .send('<bylaws/>')
        .expect(415);
      expect(patch.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a body sent with no Content-Type', async () => {
      const res = await raw(t, ['POST /v1/auth/login HTTP/1.0', 'Content-Length: 5'], 'hello');
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body)).toEqual(
        problem(415, 'UNSUPPORTED_MEDIA_TYPE', JSON_ONLY, '/v1/auth/login', res.headers['x-request-id']),
      );
    });

    it('still reads JSON, with or without a charset', async () => {
      const login = JSON.stringify({ email: SUPERADMIN.email, password: SUPERADMIN.password });
      await t
        .http()
        .post('/v1/auth/login')
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(login)
        .expect(200);
    });

    it('lets a CSV route take text/csv, and names text/csv when it gets another type', async () => {
      const treasurer = await givenUser(t, coop, ['treasurer']);
      const path = `/v1/cooperatives/${coop}/fiscal-years/00000000-0000-4000-8000-000000000000/patronage/import.csv`;
      const csv = await t
        .http()
        .post(path)
        .auth(treasurer.accessToken, { type: 'bearer' })
        .set('Content-Type', 'text/csv')
        .send('member_number,value\n1,7.00\n');
      expect([csv.status, csv.body.code]).toEqual([404, 'FISCAL_YEAR_NOT_FOUND']);
      const plain = await t
        .http()
        .post(path)
        .auth(treasurer.accessToken, { type: 'bearer' })
        .set('Content-Type', 'text/plain')
        .send('member_number,value\n1,7.00\n')
        .expect(415);
      expect(plain.body.detail).toBe('Send the request body as text/csv (the Content-Type header).');
    });

    it('lets a POST without a body go without a Content-Type (an action route)', async () => {
      const secretary = await givenUser(t, coop, ['secretary']);
      const ballot = await givenBallot(t, coop, secretary.accessToken);
      const open = await raw(t, [
        `POST /v1/cooperatives/${coop}/ballots/${ballot.id}/open HTTP/1.0`,
        `Authorization: Bearer ${secretary.accessToken}`,
      ]);
      expect([open.status, JSON.parse(open.body).status]).toEqual([200, 'open']);
      // An empty body declared with a type is no body either.
      const close = await t
        .http()
        .post(`/v1/cooperatives/${coop}/ballots/${ballot.id}/close`)
        .auth(secretary.accessToken, { type: 'bearer' })
        .set('Content-Type', 'text/plain')
        .set('Content-Length', '0');
      expect([close.status, close.body.status]).toEqual([200, 'closed']);
      await ballotAction(t, coop, secretary.accessToken, ballot.id, 'publish');
    });

    it('ignores the body of a GET, as before', async () => {
      await t.http().get('/health').set('Content-Type', 'text/plain').send('hello').expect(200, { status: 'ok' });
    });
  });

  describe('the request id on every answer and in every problem', () => {
    it('is in the 413, malformed-JSON and too-deep problems raised before the routes', async () => {
      const big = await t
        .http()
        .post('/v1/auth/login')
        .set('Content-Type', 'application/json')
        .set('X-Request-Id', 'big-1')
        .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(20_000) }))
        .expect(413);
      expect(big.headers['x-request-id']).toBe('big-1');
      expect(big.headers['x-content-type-options']).toBe('nosniff');
      expect(big.body).toEqual(
        problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 10240 bytes.', '/v1/auth/login', 'big-1'),
      );
      const malformed = await t
        .http()
        .post('/v1/auth/refresh?x=1')
        .set('Content-Type', 'application/json')
        .send('{"refreshToken":')
        .expect(400);
      expect(malformed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(malformed.body).toEqual(
        problem(
          400,
          'VALIDATION_FAILED',
          'The request body is not valid JSON: Unexpected end of JSON input',
          '/v1/auth/refresh',
          malformed.headers['x-request-id'],
        ),
      );
      const deep = await t
        .http()
        .post('/v1/auth/refresh')
        .set('Content-Type', 'application/json')
        .send('['.repeat(40) + ']'.repeat(40))
        .expect(400);
      expect(deep.body).toEqual(
        problem(
          400,
          'VALIDATION_FAILED',
          'The request body nests deeper than 32 levels.',
          '/v1/auth/refresh',
          deep.headers['x-request-id'],
        ),
      );
    });

    it('is in the 404 of an unknown route and on answers that are not problems', async () => {
      const missing = await t.http().get('/v1/nothing-here').set('X-Request-Id', 'nf-1').expect(404);
      expect(missing.headers['x-request-id']).toBe('nf-1');
      expect(missing.body).toEqual(
        problem(404, 'ROUTE_NOT_FOUND', 'Cannot GET /v1/nothing-here', '/v1/nothing-here', 'nf-1'),
      );
      const ok = await t.http().get('/health').expect(200);
      expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const options = await t.http().options('/health').set('X-Request-Id', 'opt-1').expect(204);
      expect(options.headers['x-request-id']).toBe('opt-1');
    });
  });

  describe('405 for a wrong method on a known path', () => {
    it('answers 405 with the methods the path has in Allow', async () => {
      const path = `/v1/cooperatives/${coop}/bylaws`;
      const res = await t.http().delete(path).auth(root, { type: 'bearer' }).expect(405);
      expect(res.headers.allow).toBe('GET, HEAD, PATCH, OPTIONS');
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.body).toEqual(
        problem(
          405,
          'METHOD_NOT_ALLOWED',
          'This path does not take DELETE; see the Allow header.',
          path,
          res.headers['x-request-id'],
        ),
      );
      const health = await t.http().put('/health/').expect(405);
      expect(health.headers.allow).toBe('GET, HEAD, OPTIONS');
      const members = await t.http().delete(`/v1/cooperatives/${coop}/members`).expect(405);
      expect(members.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    });

    it('keeps 404 ROUTE_NOT_FOUND, without Allow, for a path no route has', async () => {
      for (const res of [
        await t.http().delete('/v1/nothing-here').expect(404),
        await t.http().delete(`/v1/cooperatives/${coop}/bylaws/extra`).expect(404),
        await t.http().options('/v1/nothing-here').expect(404),
      ]) {
        expect([res.body.code, res.headers.allow]).toEqual(['ROUTE_NOT_FOUND', undefined]);
      }
    });

    it('answers OPTIONS on a known path with 204 and Allow', async () => {
      const res = await t.http().options(`/v1/cooperatives/${coop}/bylaws`).expect(204);
      expect([res.headers.allow, res.text]).toEqual(['GET, HEAD, PATCH, OPTIONS', '']);
    });

    it('reads the same routes Express serves', () => {
      const table = routeTableOf(t.app.get(ModulesContainer));
      const stack = (
        t.app.getHttpAdapter().getInstance() as {
          router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
        }
      ).router.stack;
      const served = stack
        .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => [m, layer.route!.path]) : []))
        // `{/*splat}` routes are Nest's middleware (request id, logger); /docs is Swagger UI's.
        .filter(([, path]) => !path.startsWith('/docs') && !path.includes('*'));
      expect(served.length).toBe(routesOf(t.app.get(ModulesContainer)).length);
      for (const [method, path] of served) {
        const concrete = path.replace(/:\w+/g, 'x1');
        expect([method, path, table.route(method.toUpperCase(), concrete) !== undefined]).toEqual([method, path, true]);
      }
    });
  });

  describe('WWW-Authenticate on 401', () => {
    const bylaws = () => `/v1/cooperatives/${coop}/bylaws`;

    it('challenges Bearer, and ApiKey where a key is accepted, with no error when nothing was sent', async () => {
      const res = await t.http().get(bylaws()).expect(401);
      expect(res.headers['www-authenticate']).toBe(`${CHALLENGE}, ${WITH_KEY}`);
      expect(res.body).toEqual(problem(401, 'UNAUTHENTICATED', UNAUTHENTICATED, bylaws(), res.headers['x-request-id']));
      expect((await t.http().get('/v1/me').expect(401)).headers['www-authenticate']).toBe(`${CHALLENGE}, ${WITH_KEY}`);
      // Creating a cooperative is for the superadmin: no API key can.
      const superadminOnly = await t.http().post('/v1/cooperatives').send({ name: 'Coop' }).expect(401);
      expect(superadminOnly.headers['www-authenticate']).toBe(CHALLENGE);
    });

    it('says invalid_token for a refused bearer token, forged or expired', async () => {
      const forged = await t.http().get(bylaws()).auth('not-a-jwt', { type: 'bearer' }).expect(401);
      expect(forged.headers['www-authenticate']).toBe(`${CHALLENGE}, ${INVALID}, ${WITH_KEY}`);
      const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign({
        sub: '00000000-0000-4000-8000-000000000000',
        typ: 'access',
        exp: Math.floor(Date.now() / 1000) - 60,
      });
      const late = await t.http().post('/v1/cooperatives').auth(expired, { type: 'bearer' }).send({}).expect(401);
      expect([late.body.code, late.headers['www-authenticate']]).toEqual(['TOKEN_EXPIRED', `${CHALLENGE}, ${INVALID}`]);
    });

    it('says invalid_token on the ApiKey challenge for a refused key', async () => {
      await givenApiKey(t, coop, ['bylaws:read']);
      const res = await t.http().get(bylaws()).set('X-API-Key', 'coop_nope_nope').expect(401);
      expect(res.headers['www-authenticate']).toBe(`${CHALLENGE}, ${WITH_KEY}, ${INVALID}`);
    });

    it('challenges Bearer on the 401s of login too (RFC 9110 wants one on every 401)', async () => {
      const res = await t
        .http()
        .post('/v1/auth/login')
        .auth('stale-token', { type: 'bearer' })
        .send({ email: SUPERADMIN.email, password: 'wrong-password!' })
        .expect(401);
      expect([res.body.code, res.headers['www-authenticate']]).toEqual(['INVALID_CREDENTIALS', CHALLENGE]);
    });
  });

  describe('Retry-After on 503', () => {
    it('on readiness when the database does not answer', async () => {
      const dataSource = t.app.get(DataSource);
      const query = dataSource.query.bind(dataSource);
      dataSource.query = () => Promise.reject(new Error('connect ECONNREFUSED'));
      try {
        const res = await t.http().get('/health/ready').expect(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body).toEqual(
          problem(
            503,
            'SERVICE_UNAVAILABLE',
            'The database does not answer.',
            '/health/ready',
            res.headers['x-request-id'],
          ),
        );
      } finally {
        dataSource.query = query;
      }
    });

    it('on any route when the database refuses connections (not a 500)', async () => {
      const driver = t.app.get(DataSource).driver as unknown as { master: pg.Pool };
      const real = driver.master;
      // What node-postgres does when PostgreSQL is down: nothing listens on port 1 of the loopback.
      const down = new pg.Pool({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
      driver.master = down;
      try {
        const res = await t.http().get('/v1/me').auth(root, { type: 'bearer' }).expect(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body).toEqual(
          problem(
            503,
            'SERVICE_UNAVAILABLE',
            'The database is unavailable; try again shortly.',
            '/v1/me',
            res.headers['x-request-id'],
          ),
        );
      } finally {
        driver.master = real;
        await down.end();
      }
      await t.http().get('/v1/me').auth(root, { type: 'bearer' }).expect(200);
    });
  });
});

describe('the HTTP layer with CORS and a login limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ corsOrigins: ['https://app.example.org'], loginRateLimitPerMinute: 2 });
  });
  afterAll(() => t.close());

  it('answers a CORS preflight as before, with a request id', async () => {
    const coop = '00000000-0000-4000-8000-000000000000';
    const res = await t
      .http()
      .options(`/v1/cooperatives/${coop}/bylaws`)
      .set('Origin', 'https://app.example.org')
      .set('Access-Control-Request-Method', 'PATCH')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(res.headers['access-control-allow-methods']).toBe('GET,HEAD,PUT,PATCH,POST,DELETE');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the browser read the problems raised before the routes (CORS headers on a 415)', async () => {
    const res = await t
      .http()
      .post('/v1/auth/login')
      .set('Origin', 'https://app.example.org')
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.org');
  });

  it('answers the login limit with 429 and Retry-After in seconds', async () => {
    const attempt = () =>
      t.http().post('/v1/auth/login').send({ email: 'limit@test.local', password: 'wrong-password!' });
    expect([(await attempt()).status, (await attempt()).status]).toEqual([401, 401]);
    const limited = await attempt().expect(429);
    const seconds = Number(limited.headers['retry-after']);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(seconds).toBeGreaterThanOrEqual(1);
    // The window slides: 3 attempts against a limit of 2 fade below it 60 * (1 - 2/3) = 20 s into the next minute.
    expect(seconds).toBeLessThanOrEqual(80);
    expect(limited.body).toEqual({
      ...problem(
        429,
        'RATE_LIMITED',
        `Too many login attempts; wait ${seconds} s and try again.`,
        '/v1/auth/login',
        limited.headers['x-request-id'],
      ),
      retryAfterSeconds: seconds,
    });
  });
});
