/**
 * Contract conformance: a representative flow of the foundation (log in, create a cooperative, bylaws, users and
 * roles, API clients, the audit log, log out) goes through `conformingHttp`, so each response is checked against
 * openapi.yaml; then no response carries a stored secret. The validator itself is shown to refuse what it must.
 */
import { jest } from '@jest/globals';
import type { Response } from 'supertest';
import { conformingHttp, contractViolations, ResponseLog } from '../support/contract.js';
import { openApiDocument } from '../support/openapi.js';
import { SchemaValidator } from '../support/openapi-schema.js';
import { login } from '../support/factories.js';
import { startTestApp, SUPERADMIN, type TestApp } from '../support/test-app.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

describe('the contract validator', () => {
  const REQUEST_ID = 'b6c1d3e0-4f5a-4b7c-8d9e-0a1b2c3d4e5f';
  const cooperativeId = '5b1e6f54-8a8e-4c5f-9a38-1f0c2d3e4a5b';
  const fake = (status: number, body: unknown, contentType = 'application/json', method = 'GET', path?: string) =>
    ({
      status,
      headers: { 'content-type': `${contentType}; charset=utf-8`, 'x-request-id': REQUEST_ID },
      text: body === undefined ? '' : JSON.stringify(body),
      request: { method, url: `http://127.0.0.1${path ?? `/v1/cooperatives/${cooperativeId}`}` },
    }) as unknown as Response;
  const cooperative = {
    id: cooperativeId,
    name: 'A',
    country: null,
    registrationNumber: null,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
  const problem = {
    type: '/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: 'No.',
    code: 'FORBIDDEN',
    requestId: REQUEST_ID,
  };

  it('passes a conforming response', () => {
    expect(contractViolations(fake(200, cooperative))).toEqual([]);
    expect(contractViolations(fake(403, problem, 'application/problem+json'))).toEqual([]);
  });

  it.each([
    ['an undocumented status', fake(418, { ...problem, status: 418 }, 'application/problem+json'), /not documented/],
    ['an error that is not problem+json', fake(403, problem), /not application\/problem\+json/],
    ['a problem whose status differs', fake(404, problem, 'application/problem+json'), /problem.status 403/],
    [
      'a code the operation does not list',
      fake(404, { ...problem, status: 404, code: 'MEMBER_NOT_FOUND' }, 'application/problem+json'),
      /code MEMBER_NOT_FOUND is not among the 404 codes getCooperative documents \(COOPERATIVE_NOT_FOUND\)/,
    ],
    [
      'a problem without the request id',
      fake(403, { ...problem, requestId: undefined }, 'application/problem+json'),
      /problem.requestId undefined != X-Request-Id/,
    ],
    ['a missing required property', fake(200, { ...cooperative, name: undefined }), /required property "name"/],
    ['an undeclared property', fake(200, { ...cooperative, passwordHash: 'x' }), /undeclared property/],
    ['a malformed uuid', fake(200, { ...cooperative, id: 'not-a-uuid' }), /is not a uuid/],
    ['a wrong type', fake(200, { ...cooperative, name: 42 }), /expected a string/],
    ['a null in a non-nullable field', fake(200, { ...cooperative, name: null }), /not nullable/],
    [
      'a server error',
      fake(500, { ...problem, status: 500, code: 'INTERNAL_ERROR' }, 'application/problem+json'),
      /server error/,
    ],
    ['a secret marker', fake(200, { ...cooperative, name: '$argon2id$v=19$...' }), /secret marker/],
    [
      'an undocumented route answering 200',
      fake(200, {}, 'application/json', 'GET', '/v1/secret-admin'),
      /does not document/,
    ],
    [
      'a body on a 204',
      fake(
        204,
        { ok: true },
        'application/json',
        'DELETE',
        `/v1/cooperatives/${cooperativeId}/api-clients/${cooperativeId}`,
      ),
      /no content/,
    ],
  ])('refuses %s', (_name, res, message) => {
    expect(contractViolations(res).join('\n')).toMatch(message);
  });
});

describe('the schema validator', () => {
  const validator = new SchemaValidator({});
  const selection = {
    oneOf: [
      { type: 'string' as const, nullable: true },
      { type: 'array' as const, items: { type: 'string' as const } },
    ],
  };

  it('takes exactly one alternative of a oneOf, at least one of an anyOf', () => {
    expect(validator.validate(selection, 'yes')).toEqual([]);
    expect(validator.validate(selection, ['a', 'b'])).toEqual([]);
    expect(validator.validate(selection, 42)).toEqual(['$: matches 0 of the 2 oneOf alternatives, not exactly one']);
    // A null is taken by the one alternative that is nullable, refused when none is.
    expect(validator.validate(selection, null)).toEqual([]);
    expect(validator.validate({ oneOf: [{ type: 'string' }, { type: 'number' }] }, null)).toEqual([
      '$: matches 0 of the 2 oneOf alternatives, not exactly one',
    ]);
    expect(validator.validate({ anyOf: [{ type: 'string' }, { type: 'number' }] }, true)).toHaveLength(1);
  });

  it('takes a null through an allOf only when its member is nullable (a nullable twin)', () => {
    const twins = new SchemaValidator({
      Gender: { type: 'string', enum: ['female', 'male'] },
      NullableGender: { type: 'string', nullable: true, enum: ['female', 'male', null] },
    });
    const field = (name: string) => ({ allOf: [{ $ref: `#/components/schemas/${name}` }], description: 'Gender.' });
    expect(twins.validate(field('NullableGender'), null)).toEqual([]);
    expect(twins.validate(field('NullableGender'), 'male')).toEqual([]);
    expect(twins.validate(field('NullableGender'), 'other')).toHaveLength(1);
    expect(twins.validate(field('Gender'), null)).toEqual(['$: is null but the schema is not nullable']);
  });

  it('reports a keyword it does not understand instead of ignoring it', () => {
    expect(validator.validate({ type: 'string', not: { type: 'number' } }, 'x').join()).toMatch(/does not understand/);
  });

  it('checks a discriminated oneOf against the one alternative its tag names', () => {
    const tagged = new SchemaValidator({
      A: { type: 'object', required: ['type', 'n'], properties: { type: { type: 'string' }, n: { type: 'integer' } } },
      B: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
    });
    const union = {
      oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
      discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/A', b: '#/components/schemas/B' } },
    };
    expect(tagged.validate(union, { type: 'a', n: 1 })).toEqual([]);
    // B alone would take it; the tag says A, and A refuses.
    expect(tagged.validate(union, { type: 'a' })).toEqual(['$: lacks the required property "n"']);
    expect(tagged.validate(union, { type: 'c' })).toEqual(['$.type: "c" is not one of the discriminator\'s values']);
  });
});

describe('the event catalogue in openapi.yaml', () => {
  const { validator } = openApiDocument();
  const feed = { $ref: '#/components/schemas/EventFeed' };
  const occurredAt = '2026-03-31T09:30:00.000Z';
  const event = (type: string, data: unknown) => ({
    items: [{ id: '7', type, occurredAt, requestId: null, subject: { type: 'x', id: null }, data }],
    nextCursor: 'c',
    hasMore: false,
  });

  it('takes a type without data only with null, and refuses data on a vote', () => {
    expect(validator.validate(feed, event('ballot.vote_cast', null), { closed: true })).toEqual([]);
    expect(validator.validate(feed, event('ballot.vote_cast', { choice: 'yes' }), { closed: true })).toEqual([
      '$.items[0].data: {"choice":"yes"} is not one of [null]',
      '$.items[0].data: has the undeclared property "choice"',
    ]);
  });

  it('checks data against the DTO its type names, and refuses an unknown type', () => {
    expect(validator.validate(feed, event('cooperative.created', null), { closed: true })).toEqual([]);
    const partial = { id: '5b1e6f54-8a8e-4c5f-9a38-1f0c2d3e4a5b', name: 'A' };
    const errors = validator.validate(feed, event('cooperative.created', partial), { closed: true });
    expect(errors).toEqual(['$.items[0].data: matches 0 of the 2 oneOf alternatives, not exactly one']);
    expect(validator.validate(feed, event('member.teleported', null), { closed: true })).toEqual([
      '$.items[0].type: "member.teleported" is not one of the discriminator\'s values',
    ]);
  });
});

describe('a representative flow, every response checked against openapi.yaml', () => {
  let t: TestApp;
  const log = new ResponseLog();
  let http: TestApp['http'];
  beforeAll(async () => {
    t = await startTestApp();
    http = conformingHttp(t.http, log);
  });
  afterAll(() => t.close());

  it('logs in, creates a cooperative, manages bylaws, users, API clients and reads the audit log', async () => {
    await http().get('/health').expect(200);
    await http().get('/health/ready').expect(200);
    await http().post('/v1/auth/login').send({ email: SUPERADMIN.email, password: 'wrong-password' }).expect(401);
    const first = (await http().post('/v1/auth/login').send(SUPERADMIN).expect(200)).body;
    const pair = (await http().post('/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    const root = { Authorization: `Bearer ${pair.accessToken}` };
    await http().get('/v1/me').set(root).expect(200);
    await http().get('/v1/me').expect(401);

    // Cooperatives, with an Idempotency-Key replay and a reused key.
    const body = { name: 'Flow Coop', country: 'HN', bylaws: { currency: 'HNL', shareParValue: '500' } };
    const created = await http().post('/v1/cooperatives').set(root).set('Idempotency-Key', 'flow-1').send(body);
    expect(created.status).toBe(201);
    const replay = await http().post('/v1/cooperatives').set(root).set('Idempotency-Key', 'flow-1').send(body);
    expect(replay.body).toEqual(created.body);
    await http()
      .post('/v1/cooperatives')
      .set(root)
      .set('Idempotency-Key', 'flow-1')
      .send({ ...body, name: 'Other' })
      .expect(422);
    await http().post('/v1/cooperatives').set(root).send({ name: 'Second Coop' }).expect(201);
    await http().post('/v1/cooperatives').set(root).send({ name: '' }).expect(400);
    const coop: string = created.body.id;
    const page = await http().get('/v1/cooperatives?limit=1').set(root).expect(200);
    await http().get(`/v1/cooperatives?limit=1&cursor=${page.body.nextCursor}`).set(root).expect(200);
    await http().get('/v1/cooperatives?cursor=garbage').set(root).expect(400);
    await http().get(`/v1/cooperatives/${coop}`).set(root).expect(200);

    // Bylaws.
    await http().get(`/v1/cooperatives/${coop}/bylaws`).set(root).expect(200);
    await http().patch(`/v1/cooperatives/${coop}/bylaws`).set(root).send({ quorumPercent: '60' }).expect(200);
    await http().patch(`/v1/cooperatives/${coop}/bylaws`).set(root).send({ currency: 'EUR' }).expect(409);
    await http().patch(`/v1/cooperatives/${coop}/bylaws`).set(root).send({ quorumPercent: 'many' }).expect(400);

    // Users and roles.
    const invitation = await http()
      .post(`/v1/cooperatives/${coop}/users`)
      .set(root)
      .send({ email: 'flow-secretary@test.local', roles: ['secretary'] })
      .expect(201);
    await http().get(`/v1/cooperatives/${coop}/user-invitations/${invitation.body.id}`).set(root).expect(200);
    const user = await http()
      .post(`/v1/cooperatives/${coop}/user-invitations/accept`)
      .send({ token: invitation.body.token, password: 'flow-password-123' })
      .expect(200);
    await http().get(`/v1/cooperatives/${coop}/users`).set(root).expect(200);
    await http().put(`/v1/cooperatives/${coop}/users/${user.body.userId}/roles/board`).set(root).expect(200);
    await http().delete(`/v1/cooperatives/${coop}/users/${user.body.userId}/roles/board`).set(root).expect(204);
    await http().delete(`/v1/cooperatives/${coop}/users/${user.body.userId}/roles/board`).set(root).expect(404);
    const secretary = await login(t, 'flow-secretary@test.local', 'flow-password-123');
    await http()
      .patch(`/v1/cooperatives/${coop}/bylaws`)
      .auth(secretary.accessToken, { type: 'bearer' })
      .send({ quorumPercent: '10' })
      .expect(403);

    // API clients.
    const client = await http()
      .post(`/v1/cooperatives/${coop}/api-clients`)
      .set(root)
      .send({ name: 'Flow app', scopes: ['bylaws:read', 'audit:read'] })
      .expect(201);
    await http().get(`/v1/cooperatives/${coop}/api-clients`).set(root).expect(200);
    await http().get(`/v1/cooperatives/${coop}/bylaws`).set('X-API-Key', client.body.key).expect(200);
    await http().get('/v1/me').set('X-API-Key', client.body.key).expect(200);
    await http().get(`/v1/cooperatives/${coop}/users`).set('X-API-Key', client.body.key).expect(403);
    await http().delete(`/v1/cooperatives/${coop}/api-clients/${client.body.id}`).set(root).expect(204);
    await http().delete(`/v1/cooperatives/${coop}/api-clients/${client.body.id}`).set(root).expect(404);
    await http().get(`/v1/cooperatives/${coop}/bylaws`).set('X-API-Key', client.body.key).expect(401);

    // The audit log, filtered and paged.
    const audit = await http().get(`/v1/cooperatives/${coop}/audit-log?limit=2`).set(root).expect(200);
    expect(audit.body.nextCursor).not.toBeNull();
    await http()
      .get(`/v1/cooperatives/${coop}/audit-log?limit=2&cursor=${audit.body.nextCursor}`)
      .set(root)
      .expect(200);
    await http()
      .get(`/v1/cooperatives/${coop}/audit-log?action=role.granted&from=2000-01-01T00:00:00Z`)
      .set(root)
      .expect(200);
    await http().get(`/v1/cooperatives/${coop}/audit-log?limit=0`).set(root).expect(400);

    // Logging out ends the session.
    await http().post('/v1/auth/logout').send({ refreshToken: pair.refreshToken }).expect(204);
    await http().post('/v1/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
    await http().get('/v1/nothing-here').expect(404);
    expect(log.entries.length).toBeGreaterThan(40);
  });

  it('never shows a stored secret: password hashes, refresh token hashes, API key hashes', async () => {
    const hashes = [
      ...(await t.query<{ h: string }>('SELECT password_hash AS h FROM users WHERE password_hash IS NOT NULL')),
      ...(await t.query<{ h: string }>('SELECT secret_hash AS h FROM refresh_tokens')),
      ...(await t.query<{ h: string }>('SELECT secret_hash AS h FROM api_clients')),
    ].map((r) => r.h);
    expect(hashes.length).toBeGreaterThan(5);
    expect(log.leaking(hashes)).toEqual([]);
  });
});
