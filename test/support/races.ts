/**
 * Firing concurrent requests across the two API instances of `startTwinApps()`: request i goes to instance i % 2,
 * all are sent before any answer is awaited. A module's race test reads:
 *
 *   const responses = await fireAcross(twins, 200, (http, i) =>
 *     http().post(`/v1/cooperatives/${coop}/ballots/${ballot}/votes`).auth(token, { type: 'bearer' }).send(vote));
 *   expect(statusCounts(responses)).toEqual({ 201: 1, 409: 199 });
 *   await assertInvariants(twins.databaseUrl);
 */
import type { Response } from 'supertest';
import type { TestApp, TwinApps } from './test-app.js';

export async function fireAcross(
  twins: TwinApps,
  count: number,
  send: (http: TestApp['http'], index: number) => PromiseLike<Response>,
): Promise<Response[]> {
  const pending = Array.from({ length: count }, (_, i) => send(twins.apps[i % 2].http, i));
  return Promise.all(pending);
}

/** `{ 200: 1, 401: 9 }`: how many responses had each status. */
export function statusCounts(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1;
  return counts;
}
