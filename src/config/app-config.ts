/**
 * Configuration, read once from the environment and validated at boot. An invalid value stops the process with a
 * message naming the variable (see main.ts); nothing reads process.env anywhere else.
 */
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class EnvironmentVariables {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * API worker processes sharing the port (node:cluster); 1 serves from the main process. Each has its own pool of
   * database connections; everything they share is in PostgreSQL.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY = 1;

  /**
   * With WEB_CONCURRENCY > 1, each worker's V8 old-space limit in MB (`--max-old-space-size`), unless the command or
   * NODE_OPTIONS already gives one; 0 leaves V8's default. Without a limit V8 lets garbage pile up to 300-390 MB
   * per process under load although what a request keeps is small (docs/performance.md, "Memory").
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65536)
  WORKER_HEAP_LIMIT_MB = 128;

  /** Folder of the embedded PostgreSQL cluster, used only when DATABASE_URL is unset. */
  @IsString()
  DATA_DIR = './.data';

  /**
   * With the embedded PostgreSQL: when it dies under the running API it is started again with backoff; if it is not
   * back within this many seconds, the API exits non-zero (so it is restarted) instead of answering 503 for ever.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  EMBEDDED_DB_RESTART_GRACE_SECONDS = 60;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Signs access tokens. When unset, a random secret is generated once and kept in the database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * Master secret of secret ballots' seals (docs/governance.md): kept outside the database. When unset, JWT_SECRET;
   * when that is unset too, a random secret in <DATA_DIR>/ballot-seal.key (created 0600 at the first start).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'BALLOT_SEAL_SECRET must be at least 32 characters' })
  BALLOT_SEAL_SECRET?: string;
  /** `iss` of the access tokens: tokens of another issuer (another deployment sharing the secret) are refused. */
  @IsString()
  @MinLength(1, { message: 'JWT_ISSUER must not be empty' })
  JWT_ISSUER = 'coop-api';

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86400;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  /** Login attempts allowed per email (and, times five, per client address) in one minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  /** The window of the per-caller limits below, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Requests a logged-in user may make in one window, across every API process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_USER = 3000;

  /** Requests an API key may make in one window (integrations sync in bursts). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_API_KEY = 12000;

  /** Requests without credentials (login, invitations) one client address may make in one window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 1200;

  /**
   * How long an Idempotency-Key is remembered: a retry within it replays the first response; after it the key is
   * new again, and a background sweep deletes the record.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(8760)
  IDEMPOTENCY_RETENTION_HOURS = 24;

  @IsString()
  @Matches(/^\d+(kb|mb)$/, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Comma-separated origins allowed by CORS; empty means no cross-origin browser access. */
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Webhook hosts (names or IP addresses, comma-separated) exempt from the outbound rules: they may be http:// and
   * resolve to loopback or private addresses (an in-house receiver). Empty: every endpoint is https and public.
   */
  @IsString()
  WEBHOOK_ALLOWED_HOSTS = '';

  /** Each webhook delivery attempt is abandoned (and retried later) after this many milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** How often each API process looks for events to fan out and deliveries that are due, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  WEBHOOK_POLL_MS = 1000;

  /**
   * How often each API process looks for loan instalments that fell due unpaid, to record `loan.instalment_overdue`
   * once for each (src/credit-fund/loan-overdue.job.ts); 0: never on a timer.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1440)
  LOAN_OVERDUE_CHECK_MINUTES = 10;
}

export type AppConfig = Readonly<{
  port: number;
  workers: number;
  /** MB; 0: V8's default. */
  workerHeapLimitMb: number;
  dataDir: string;
  embeddedRestartGraceSeconds: number;
  databaseUrl?: string;
  jwtSecret?: string;
  ballotSealSecret?: string;
  jwtIssuer: string;
  jwtAccessTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  loginRateLimitPerMinute: number;
  rateLimits: RateLimitSettings;
  idempotencyRetentionHours: number;
  bodyLimit: string;
  logLevel: string;
  corsOrigins: string[];
  webhooks: WebhookSettings;
  /** Milliseconds between the checks for overdue instalments; 0: none on a timer. */
  loanOverdueCheckMs: number;
}>;

/** The webhook worker's settings (src/webhooks/, docs/events.md). */
export type WebhookSettings = Readonly<{
  /** Hosts exempt from https and the public-address rule, lower case. */
  allowedHosts: readonly string[];
  timeoutMs: number;
  pollMs: number;
  /**
   * The wait after each failed attempt, in milliseconds (before jitter); after the last, the delivery has failed
   * and its endpoint is disabled. Not an environment variable: the standard schedule of webhook-retry.rules.ts,
   * shortened by tests.
   */
  retryScheduleMs: readonly number[];
  /**
   * Whether this process runs the delivery worker on its timer. With WEB_CONCURRENCY > 1 the main process does
   * (src/delivery-process.ts) and the workers, busy serving requests, do not; a single process delivers itself.
   */
  deliver: boolean;
}>;

/** About three days of retries: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h, 24 h (12 attempts). */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  5,
  30,
  120,
  600,
  1800,
  3600,
  3 * 3600,
  6 * 3600,
  12 * 3600,
  24 * 3600,
  24 * 3600,
].map((seconds) => seconds * 1000);

/** Requests allowed per caller in one window, shared by every API process (auth/rate-limits.service.ts). */
export type RateLimitSettings = Readonly<{
  windowSeconds: number;
  perUser: number;
  perApiKey: number;
  perAddress: number;
}>;

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError listing every invalid variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env }, { exposeDefaultValues: true });
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    port: vars.PORT,
    workers: vars.WEB_CONCURRENCY,
    workerHeapLimitMb: vars.WORKER_HEAP_LIMIT_MB,
    dataDir: vars.DATA_DIR,
    embeddedRestartGraceSeconds: vars.EMBEDDED_DB_RESTART_GRACE_SECONDS,
    databaseUrl: vars.DATABASE_URL,
    jwtSecret: vars.JWT_SECRET,
    ballotSealSecret: vars.BALLOT_SEAL_SECRET,
    jwtIssuer: vars.JWT_ISSUER,
    jwtAccessTtlSeconds: vars.JWT_ACCESS_TTL_SECONDS,
    refreshTokenTtlSeconds: vars.REFRESH_TOKEN_TTL_SECONDS,
    adminEmail: vars.ADMIN_EMAIL,
    adminPassword: vars.ADMIN_PASSWORD,
    loginRateLimitPerMinute: vars.LOGIN_RATE_LIMIT_PER_MINUTE,
    rateLimits: {
      windowSeconds: vars.RATE_LIMIT_WINDOW_SECONDS,
      perUser: vars.RATE_LIMIT_PER_USER,
      perApiKey: vars.RATE_LIMIT_PER_API_KEY,
      perAddress: vars.RATE_LIMIT_PER_ADDRESS,
    },
    idempotencyRetentionHours: vars.IDEMPOTENCY_RETENTION_HOURS,
    loanOverdueCheckMs: vars.LOAN_OVERDUE_CHECK_MINUTES * 60_000,
    bodyLimit: vars.BODY_LIMIT,
    logLevel: vars.LOG_LEVEL,
    corsOrigins: vars.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    webhooks: {
      allowedHosts: vars.WEBHOOK_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      timeoutMs: vars.WEBHOOK_TIMEOUT_MS,
      pollMs: vars.WEBHOOK_POLL_MS,
      retryScheduleMs: WEBHOOK_RETRY_SCHEDULE_MS,
      deliver: true,
    },
  };
}
