/**
 * The share-capital specs' app: every HTTP answer is checked against openapi.yaml (test/support/contract.ts), the
 * factories' too, since they call `t.http` as well. A response that breaks the contract fails the test at the request.
 */
import { conformingHttp } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export async function startConformingApp(...args: Parameters<typeof startTestApp>): Promise<TestApp> {
  const t = await startTestApp(...args);
  return { ...t, http: conformingHttp(t.http) };
}
