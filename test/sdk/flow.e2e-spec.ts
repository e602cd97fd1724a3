/**
 * The SDK (clients/typescript) against the real app on a real port: the whole flow of test/sdk/flow.ts, typed from
 * the generated schema, with exact figures. A contract change that breaks the flow's types fails `npm run check`;
 * one that breaks its behaviour fails here.
 */
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { createCoopClient } from '../../clients/typescript/src/index.js';
import { SUPERADMIN, startTestApp, type TestApp } from '../support/test-app.js';
import { runFlow } from './flow.js';

// Seven logins and three invitations (argon2 hashing each) on a small machine.
jest.setTimeout(120_000);

describe('the TypeScript SDK', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('runs a cooperative through its first year: members, shares, a ballot, a surplus plan executed', async () => {
    const flow = await runFlow({ baseUrl, superadmin: SUPERADMIN });
    const rows = await t.query<{ kind: string; amount: string }>(
      `SELECT kind, amount::text FROM credit_fund_entries WHERE cooperative_id = $1`,
      [flow.cooperativeId],
    );
    expect(rows).toEqual([{ kind: 'surplus_allocation', amount: '500.0000' }]);
  });

  it('authenticates with a token function or an API key, and types the problem of a refused call', async () => {
    const login = await createCoopClient({ baseUrl }).POST('/v1/auth/login', { body: SUPERADMIN });
    const root = createCoopClient({ baseUrl, token: () => login.data?.accessToken });
    const coop = await root.POST('/v1/cooperatives', { body: { name: 'Cooperative with an accounting sync' } });
    const key = await root.POST('/v1/cooperatives/{cooperativeId}/api-clients', {
      params: { path: { cooperativeId: coop.data!.id } },
      body: { name: 'accounting sync', scopes: ['members:read'] },
    });
    const me = await createCoopClient({ baseUrl, apiKey: key.data!.key }).GET('/v1/me');
    expect([me.data?.kind, me.data?.id, me.data?.scopes]).toEqual(['api_client', key.data!.id, ['members:read']]);

    const refused = await createCoopClient({ baseUrl, token: 'not-a-token' }).GET('/v1/me');
    expect([refused.data, refused.response.status, refused.error?.code]).toEqual([undefined, 401, 'UNAUTHENTICATED']);
  });
});
