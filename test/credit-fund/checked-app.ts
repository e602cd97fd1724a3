/**
 * The test app of the credit fund's specs, with every response checked against openapi.yaml (test/support/contract.ts):
 * its status, its body's schema, a problem's code among those the operation lists, the Location a 201 promises. The
 * factories get it too, so the setup's responses are checked as well.
 */
import { conformingHttp } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export async function startCheckedApp(): Promise<TestApp> {
  const t = await startTestApp();
  return { ...t, http: conformingHttp(t.http) };
}
