/**
 * The JSON log stream as the real app writes it (src/common/logging/logging.ts): one line per request with its id,
 * and the lines a Nest `Logger` writes while handling a request carry that same id, even with requests interleaved.
 */
import { Controller, Get, Logger, Module, Query } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { Public } from '../../src/common/access/access.decorator.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createTestDatabase, dropTestDatabase, TEST_JWT_SECRET } from '../support/test-app.js';

type LogLine = Record<string, any>;

@Controller('test-probe')
class ProbeController {
  private readonly logger = new Logger('Probe');

  /** Logs after an await, so the line is written from a later turn of the event loop than the request's start. */
  @Get()
  @Public()
  async probe(@Query('wait') wait = '0'): Promise<{ ok: true }> {
    await new Promise((resolve) => setTimeout(resolve, Number(wait)));
    this.logger.log('inside the request');
    this.logger.warn({ detail: 42 }, 'with fields');
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('logs', () => {
  const lines: LogLine[] = [];
  let databaseUrl: string;
  let app: NestExpressApplication;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    const config = loadConfig({ LOG_LEVEL: 'info', ADMIN_EMAIL: 'log@test.local', ADMIN_PASSWORD: 'log-password-123' });
    const logDestination = { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) };
    app = await createApp({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET, logDestination }, [ProbeModule]);
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await dropTestDatabase(databaseUrl);
  });

  const linesOf = (requestId: string) => lines.filter((line) => line.req?.id === requestId);

  it('writes the Nest startup lines with their context and no request', () => {
    const started = lines.find((line) => line.msg === 'Nest application successfully started');
    expect(started).toMatchObject({ level: 30, context: 'NestApplication' });
    expect(started?.req).toBeUndefined();
  });

  it("gives a request's own log lines the request's id, and one completion line with its status", async () => {
    const res = await request(app.getHttpServer())
      .get('/test-probe')
      .set('X-Request-Id', 'probe-1')
      .set('Authorization', 'Bearer secret-token')
      .expect(200);
    expect(res.headers['x-request-id']).toBe('probe-1');
    const mine = linesOf('probe-1');
    expect(mine.map((line) => [line.level, line.context, line.msg])).toEqual([
      [30, 'Probe', 'inside the request'],
      [40, 'Probe', 'with fields'],
      [30, undefined, 'request completed'],
    ]);
    expect(mine[1].detail).toBe(42);
    expect(mine[2]).toMatchObject({ service: 'coop-api', res: { statusCode: 200 } });
    // The request is named, never its headers: no credential, no 1.5 kB of response headers on each line.
    expect(mine[2].req).toEqual({
      id: 'probe-1',
      method: 'GET',
      url: '/test-probe',
      remoteAddress: expect.any(String),
    });
    expect(mine[2].res).toEqual({ statusCode: 200 });
    expect(mine.map((line) => JSON.stringify(line)).filter((line) => line.includes('secret-token'))).toEqual([]);
  });

  it('keeps interleaved requests apart', async () => {
    const server = app.getHttpServer();
    // The slow one starts first and logs last: its line must still carry its own id.
    await Promise.all([
      request(server).get('/test-probe?wait=150').set('X-Request-Id', 'slow').expect(200),
      request(server).get('/test-probe?wait=0').set('X-Request-Id', 'fast').expect(200),
    ]);
    const inside = lines.filter((line) => line.msg === 'inside the request' && ['slow', 'fast'].includes(line.req?.id));
    expect(inside.map((line) => line.req.id)).toEqual(['fast', 'slow']);
  });

  it('logs a request that a middleware refuses before any route (invalid JSON)', async () => {
    await request(app.getHttpServer())
      .post('/v1/auth/login')
      .set('X-Request-Id', 'bad-json')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(linesOf('bad-json').map((line) => [line.msg, line.res?.statusCode])).toEqual([['request completed', 400]]);
  });
});
