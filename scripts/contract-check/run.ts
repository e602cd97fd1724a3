/**
 * `npm run contract:check`: openapi.yaml checked by tools that are not ours, against the running API.
 *
 * 1. An independent validator (@seriousme/openapi-schema-validator) validates the document against the OpenAPI
 *    3.0 schema (Redocly's lint runs in the contract test already).
 * 2. The API starts on a fresh embedded PostgreSQL; Stoplight Prism runs in front of it as a validating proxy
 *    (`prism proxy openapi.yaml <api> --errors`): it validates each request against the contract, forwards it,
 *    validates the answer, and reports each violation in an `sl-violations` header (with --errors, a response
 *    violation becomes a 500 problem from Prism, and an invalid request is refused before it reaches the API).
 * 3. The SDK flow of test/sdk/flow.ts runs through the proxy, then requests that the API must refuse with
 *    401, 403, 404, 409, 412, 413, 415, 422 and 429 (and a 400). Requests invalid on purpose (a text/plain body,
 *    a field out of range) go through a second Prism that does not validate requests, only the answers.
 * Any violation Prism reports, any answer from Prism instead of the API, any other status or code fails the check.
 *
 * `--report`: Prism without --errors, so nothing stops at the first violation: every violation of the whole run is
 * listed (the way to survey a contract), and the exit code is still 1 when there is any.
 * The tools are not in the root package.json: `npm ci --prefix scripts/contract-check` installs them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres.js';
import { runFlow, type FlowResult } from '../../test/sdk/flow.js';
import { startApiProcess } from '../support/api-process.js';

const TOOLS = 'scripts/contract-check/node_modules';
const PRISM = `${TOOLS}/@stoplight/prism-cli/dist/index.js`;
const VALIDATOR = `${TOOLS}/@seriousme/openapi-schema-validator/bin/validate-api-cli.js`;
const SUPERADMIN = { email: 'contract-check@coop.local', password: 'contract-check-password' };
const LOGIN_LIMIT = 10;
const REPORT = process.argv.includes('--report');

interface Violation {
  location?: string[];
  severity?: string;
  code?: string | number;
  message?: string;
}

/** One request through a proxy and what Prism said about it. */
interface Exchange {
  step: string;
  method: string;
  path: string;
  status: number;
  violations: Violation[];
  /** Prism answered itself (a refused request, or --errors turning a response violation into a 500). */
  prismError?: string;
}

const exchanges: Exchange[] = [];
let step = 'flow';

const log = (line: string) => console.log(`[contract-check] ${line}`);
const anonymise = (path: string) =>
  path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}').replace(/\?.*$/, '');

/** fetch that records each exchange's violations (the `sl-violations` header) and Prism's own errors. */
async function recordingFetch(input: Request): Promise<Response> {
  const response = await fetch(input);
  const url = new URL(input.url);
  const exchange: Exchange = {
    step,
    method: input.method,
    path: anonymise(url.pathname + url.search),
    status: response.status,
    violations: parseViolations(response.headers.get('sl-violations')),
  };
  if (response.headers.get('content-type')?.includes('json')) {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { type?: string; detail?: string; validation?: Violation[] } | null;
    if (body?.type?.startsWith('https://stoplight.io/prism/errors#')) {
      exchange.prismError = `${body.type.split('#')[1]}: ${body.detail ?? ''}`;
      // The header lists the same violations when Prism sets it.
      if (exchange.violations.length === 0) exchange.violations.push(...(body.validation ?? []));
    }
  }
  exchanges.push(exchange);
  return response;
}

function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  try {
    return JSON.parse(header) as Violation[];
  } catch {
    return [{ message: header.slice(0, 500) }];
  }
}

interface Proxy {
  url: string;
  output(): string;
  stop(): void;
}

async function startPrism(upstream: string, flags: string[]): Promise<Proxy> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM, 'proxy', 'openapi.yaml', upstream, '--host', '127.0.0.1', '--port', String(port), ...flags],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const chunks: string[] = [];
  child.stdout!.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const output = () => chunks.join('');
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited:\n${output().slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Prism was not ready in time:\n${output().slice(-3000)}`);
    }
    const ready = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output, stop: () => child.kill('SIGTERM') };
}

/** A raw request (the SDK would not send the odd ones), recorded like the SDK's. */
async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; headers?: Record<string, string>; json?: unknown; body?: string } = {},
): Promise<{ response: Response; body: Record<string, unknown> | null }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await recordingFetch(new Request(`${base}${path}`, { method, headers, body }));
  const text = await response.text();
  return { response, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

interface Case {
  name: string;
  status: number;
  code: string;
  /** 'lenient': the request is invalid on purpose; only the answer is validated. */
  via?: 'lenient';
  send(base: string): Promise<{ response: Response; body: Record<string, unknown> | null }>;
  /** Further expectations on the answer; each returned string is a failure. */
  check?(answer: { response: Response; body: Record<string, unknown> | null }): Promise<string[]> | string[];
}

/** The refusals a client must be able to rely on, each on the cooperative the flow built. */
function refusals(flow: FlowResult, directUrl: string): Case[] {
  const { tokens } = flow;
  let before = '';
  const coop = `/v1/cooperatives/${flow.cooperativeId}`;
  const [ana] = flow.members;
  const requestId = ({ body }: { body: Record<string, unknown> | null }) =>
    typeof body?.requestId === 'string' ? [] : ['the problem has no requestId'];
  return [
    {
      name: '401 an invalid access token',
      status: 401,
      code: 'UNAUTHENTICATED',
      send: (base) => call(base, 'GET', '/v1/me', { token: 'not-a-token' }),
      check: ({ response }) =>
        /^Bearer\b/.test(response.headers.get('www-authenticate') ?? '') ? [] : ['no WWW-Authenticate: Bearer header'],
    },
    {
      name: '403 a secretary posting a share payment (treasurer only)',
      status: 403,
      code: 'FORBIDDEN',
      send: (base) =>
        call(base, 'POST', `${coop}/share-payments`, {
          token: tokens.secretary,
          json: { memberId: ana.id, amount: '10.00', effectiveDate: '2025-01-02' },
        }),
    },
    {
      name: '404 a member that does not exist',
      status: 404,
      code: 'MEMBER_NOT_FOUND',
      send: (base) => call(base, 'GET', `${coop}/members/${randomUUID()}`, { token: tokens.secretary }),
    },
    {
      name: '409 admitting an active member',
      status: 409,
      code: 'ILLEGAL_TRANSITION',
      send: (base) =>
        call(base, 'POST', `${coop}/members/${ana.id}/admit`, {
          token: tokens.secretary,
          json: { effectiveDate: '2025-01-02' },
        }),
    },
    {
      name: '412 bylaws changed with a stale If-Match',
      status: 412,
      code: 'PRECONDITION_FAILED',
      async send(base) {
        before = JSON.stringify((await call(directUrl, 'GET', `${coop}/bylaws`, { token: tokens.superadmin })).body);
        return call(base, 'PATCH', `${coop}/bylaws`, {
          token: tokens.superadmin,
          headers: { 'If-Match': '"0"' },
          json: { quorumPercent: '60' },
        });
      },
      async check() {
        const after = JSON.stringify(
          (await call(directUrl, 'GET', `${coop}/bylaws`, { token: tokens.superadmin })).body,
        );
        return after === before ? [] : [`the bylaws changed: ${before} -> ${after}`];
      },
    },
    {
      name: '413 a 2 MB JSON body',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      send: (base) =>
        call(base, 'POST', '/v1/cooperatives', {
          token: tokens.superadmin,
          json: { name: 'Too large', padding: 'x'.repeat(2 * 1024 * 1024) },
        }),
      check: requestId,
    },
    {
      name: '415 a text/plain body on a JSON route',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      via: 'lenient',
      send: (base) =>
        call(base, 'POST', '/v1/cooperatives', {
          token: tokens.superadmin,
          headers: { 'Content-Type': 'text/plain' },
          body: 'name=Plain text cooperative',
        }),
      check: requestId,
    },
    {
      name: '400 a field out of range (shares: 0)',
      status: 400,
      code: 'VALIDATION_FAILED',
      via: 'lenient',
      send: (base) =>
        call(base, 'POST', `${coop}/share-subscriptions`, {
          token: tokens.treasurer,
          json: { memberId: ana.id, shares: 0, effectiveDate: '2025-01-02' },
        }),
      check: ({ body }) =>
        JSON.stringify(body?.errors ?? []).includes('shares') ? [] : ['no error names the field shares'],
    },
    {
      name: '422 an Idempotency-Key reused with another body',
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      async send(base) {
        const key = `reused-${randomUUID()}`;
        const apply = (name: string) =>
          call(base, 'POST', `${coop}/members`, {
            token: tokens.secretary,
            headers: { 'Idempotency-Key': key },
            json: { kind: 'natural_person', name, appliedOn: '2025-01-02' },
          });
        const first = await apply('Dora Díaz');
        if (first.response.status !== 201) return first;
        return apply('Dora Díaz de León');
      },
    },
    {
      name: `429 login attempt ${LOGIN_LIMIT + 1} in a minute for one email`,
      status: 429,
      code: 'RATE_LIMITED',
      async send(base) {
        const attempt = () =>
          call(base, 'POST', '/v1/auth/login', { json: { email: 'nobody@coop.local', password: 'wrong-password' } });
        for (let i = 0; i < LOGIN_LIMIT; i++) await attempt();
        return attempt();
      },
      check: ({ response }) =>
        /^\d+$/.test(response.headers.get('retry-after') ?? '') ? [] : ['no Retry-After header'],
    },
  ];
}

async function main(): Promise<number> {
  if (!existsSync(PRISM) || !existsSync(VALIDATOR)) {
    log(`the tools are missing: run \`npm ci --prefix scripts/contract-check\` first`);
    return 2;
  }
  const failures: string[] = [];

  log('1. independent validation of openapi.yaml (@seriousme/openapi-schema-validator)');
  try {
    execFileSync(process.execPath, [VALIDATOR, 'openapi.yaml'], { stdio: 'pipe' });
    log('   valid');
  } catch (error) {
    failures.push(`openapi.yaml is not valid OpenAPI: ${String((error as { stdout?: Buffer }).stdout ?? error)}`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'coop-contract-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must reach its folder
  const proxies: Proxy[] = [];
  const api = await startApiProcess(
    {
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ADMIN_EMAIL: SUPERADMIN.email,
      ADMIN_PASSWORD: SUPERADMIN.password,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
      BODY_LIMIT: '1mb',
    },
    { readyTimeoutMs: 120_000 },
  );
  try {
    const errors = REPORT ? [] : ['--errors'];
    const strict = await startPrism(api.baseUrl, errors);
    const lenient = await startPrism(api.baseUrl, [...errors, '--validate-request=false']);
    proxies.push(strict, lenient);
    log(`2. the API on ${api.baseUrl}; Prism ${errors.join(' ') || '(report mode)'} on ${strict.url}`);

    log('3. the SDK flow through Prism');
    let flow: FlowResult | undefined;
    try {
      flow = await runFlow({ baseUrl: strict.url, superadmin: SUPERADMIN, fetch: recordingFetch });
      log(`   passed (${exchanges.length} requests)`);
    } catch (error) {
      failures.push(`the flow failed: ${error instanceof Error ? error.message : String(error)}`);
    }

    if (flow) {
      log('4. refusals through Prism');
      for (const c of refusals(flow, api.baseUrl)) {
        step = c.name;
        const answer = await c.send(c.via === 'lenient' ? lenient.url : strict.url);
        const problems: string[] = [];
        const got = [answer.response.status, answer.body?.code];
        if (got[0] !== c.status || got[1] !== c.code) problems.push(`got ${got.join(' ').trim()}`);
        if (problems.length === 0 && c.check) problems.push(...(await c.check(answer)));
        log(
          `   ${problems.length === 0 ? 'ok  ' : 'FAIL'} ${c.name}${problems.length ? `: ${problems.join('; ')}` : ''}`,
        );
        for (const p of problems) failures.push(`${c.name}: ${p}`);
      }
    }
  } finally {
    for (const proxy of proxies) proxy.stop();
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const reported = exchanges.flatMap((e) =>
    (e.violations.length || !e.prismError ? e.violations : [{ message: e.prismError }]).map((v) => ({ e, v })),
  );
  const grouped = new Map<string, number>();
  for (const { e, v } of reported) {
    const key = `${e.method} ${e.path} -> ${e.status}: ${(v.location ?? []).join('.')} ${v.message ?? ''}`;
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  log(`5. Prism: ${reported.length} violations in ${exchanges.length} requests`);
  for (const [line, count] of grouped) log(`   ${count > 1 ? `${count} x ` : ''}${line}`);
  if (reported.length > 0) failures.push(`Prism reported ${reported.length} violations`);

  if (failures.length > 0) {
    log(`FAILED:\n  - ${failures.join('\n  - ')}`);
    return 1;
  }
  log('passed: the contract validates, and Prism found no violation over the flow and the refusals');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
