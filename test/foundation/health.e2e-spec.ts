import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health, docs and HTTP hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ bodyLimit: '10kb' });
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    await t.http().get('/health').expect(200, { status: 'ok' });
    await t.http().get('/health/ready').expect(200, { status: 'ok' });
  });

  it('serves Swagger UI and the document at /docs', async () => {
    const ui = await t.http().get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
    const doc = await t.http().get('/docs/openapi.json').expect(200);
    expect(doc.body.info.title).toBe('Cooperative API');
  });

  it('sets security headers and echoes a safe request id', async () => {
    const res = await t.http().get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-request-id']).toBe('abc-123');
    const unsafe = await t.http().get('/health').set('X-Request-Id', 'bad id\twith spaces').expect(200);
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with problem+json 404', async () => {
    const res = await t.http().get('/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND', type: '/problems/route-not-found' });
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t
      .http()
      .post('/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(20_000) }))
      .expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400 problem+json', async () => {
    const res = await t.http().post('/v1/auth/refresh').set('content-type', 'application/json').send('{"refreshToken":').expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
