/**
 * 64 members log in (each its own account), then each reads the bylaws with its bearer token, back to back: JWT
 * check, the user lookup, the cooperative standing (role grants) and the bylaws row, i.e. three primary-key reads
 * per request behind the full HTTP stack.
 */
import { performance } from 'node:perf_hooks';
import { callApi, sampleMemory } from '../api-process.js';
import { runLoad } from '../load.js';
import type { Scenario } from '../scenario.js';
import { percentile, sortedCopy } from '../stats.js';
import { requestFigures } from './request-figures.js';

const CONNECTIONS = 64;

export const loginAndRead: Scenario = {
  name: 'login-and-read',
  description:
    `${CONNECTIONS} members log in at once, then read GET /v1/cooperatives/{id}/bylaws with their bearer tokens, ` +
    `${CONNECTIONS} concurrent clients.`,
  async run(ctx) {
    const { accounts, cooperativeId } = ctx.generated;
    if (!accounts) throw new Error('login-and-read needs the generated member accounts (the users family).');
    const clients = Math.min(CONNECTIONS, accounts.count);
    // Accounts spread over the whole register, not the first few rows.
    const emails = Array.from({ length: clients }, (_, k) =>
      accounts.email(1 + Math.floor((k * accounts.count) / clients)),
    );
    const loginMs: number[] = [];
    const loginsStarted = performance.now();
    const tokens = await Promise.all(
      emails.map(async (email) => {
        const sent = performance.now();
        const { accessToken } = await callApi<{ accessToken: string }>(ctx.api, 'POST', '/v1/auth/login', {
          body: { email, password: accounts.password },
        });
        loginMs.push(performance.now() - sent);
        return accessToken;
      }),
    );
    const loginsSeconds = (performance.now() - loginsStarted) / 1000;
    const path = `/v1/cooperatives/${cooperativeId}/bylaws`;
    const bylaws = await callApi<{ currency: string }>(ctx.api, 'GET', path, { token: tokens[0] });
    if (typeof bylaws.currency !== 'string') throw new Error(`unexpected bylaws response: ${JSON.stringify(bylaws)}`);

    const memory = sampleMemory(ctx.api);
    const load = await runLoad({
      baseUrl: ctx.api.baseUrl,
      connections: clients,
      warmupSeconds: ctx.warmupSeconds,
      durationSeconds: ctx.durationSeconds,
      serverCpuSeconds: () => ctx.api.cpuSeconds(),
      request: (worker) => ({ path, headers: { authorization: `Bearer ${tokens[worker]}` } }),
    });
    const result = requestFigures(
      load,
      memory.stop(),
      { name: 'select-only baseline', tps: ctx.baseline.selectTps },
      clients,
    );
    const sortedLogins = sortedCopy(loginMs);
    result.figures.push(
      {
        key: 'login-p50',
        label: `login p50 (${clients} at once)`,
        value: percentile(sortedLogins, 50),
        unit: 'ms',
        scaling: 'cost',
      },
      {
        key: 'login-p99',
        label: `login p99 (${clients} at once)`,
        value: percentile(sortedLogins, 99),
        unit: 'ms',
        scaling: 'cost',
      },
    );
    result.notes.push(
      `${clients} logins took ${loginsSeconds.toFixed(2)} s in all: each verifies an argon2id hash (19 MiB, t=2), ` +
        'deliberately slow; the API runs with LOGIN_RATE_LIMIT_PER_MINUTE=1000 so logins from one address are not throttled.',
      'No QUALITY.md target covers this read; the nearest, reading one member (p99 < 20 ms), is measured when the ' +
        'member register exists.',
    );
    return result;
  },
};
