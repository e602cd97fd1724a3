import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      workers: 1,
      workerHeapLimitMb: 128,
      dataDir: './.data',
      jwtAccessTtlSeconds: 900,
      bodyLimit: '1mb',
      idempotencyRetentionHours: 24,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/db',
      CORS_ORIGINS: 'https://a, https://b',
      WEB_CONCURRENCY: '4',
      IDEMPOTENCY_RETENTION_HOURS: '48',
    });
    expect(config.port).toBe(8080);
    expect(config.workers).toBe(4);
    expect(config.idempotencyRetentionHours).toBe(48);
    expect(config.databaseUrl).toBe('postgres://u@h/db');
    expect(config.corsOrigins).toEqual(['https://a', 'https://b']);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
    expect(() => loadConfig({ IDEMPOTENCY_RETENTION_HOURS: '0' })).toThrow(/IDEMPOTENCY_RETENTION_HOURS/);
    expect(() => loadConfig({ IDEMPOTENCY_RETENTION_HOURS: '1.5' })).toThrow(/IDEMPOTENCY_RETENTION_HOURS/);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL must be a postgres');
      expect(message).toContain('JWT_SECRET must be at least 32 characters');
    }
  });
});
