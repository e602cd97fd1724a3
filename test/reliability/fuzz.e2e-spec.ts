/**
 * Fuzzing, generated from openapi.yaml (fast-check, seeded: FUZZ_SEED to replay, FUZZ_RUNS to change the runs per
 * property). Called as a caller the route's rule allows, every operation gets:
 * - bodies that break its schema for certain (a wrong value, a missing required field, an undeclared field, no
 *   object at all; awkward values elsewhere): a 4xx problem+json, and nothing in the database changes;
 * - type-correct bodies of awkward values (10k strings, emoji, RTL, control characters, extreme numbers, nulls):
 *   whatever the answer, never a 5xx, and a refusal changes nothing;
 * - ids in the path that name nothing (non-UUIDs, SQL-ish text, unknown UUIDs): 4xx, nothing changes;
 * - query strings breaking a documented parameter (limit=-1, limit=1e9, unknown or repeated parameters, ...) and
 *   garbage cursors: 4xx (a garbage cursor may also read as an empty page), nothing changes.
 * Every response is checked against the contract. "Nothing changes" compares a fingerprint of every table except
 * login_attempts and idempotency_records; the audit log is in it.
 */
import { jest } from '@jest/globals';
import fc from 'fast-check';
import type { Response } from 'supertest';
import type { AccessRule } from '../../src/common/access/access.decorator.js';
import { assertInvariants } from '../../src/invariants/invariants.js';
import { contractViolations } from '../support/contract.js';
import { changedTables, DatabaseProbe } from '../support/db-state.js';
import {
  awkwardBody,
  badPathValue,
  edgeCaseBodies,
  garbageCursor,
  invalidBody,
  invalidQuery,
} from '../support/fuzz.js';
import {
  buildPath,
  dummyPathValues,
  dummyQueryValues,
  openApiDocument,
  type Operation,
  queryString,
} from '../support/openapi.js';
import { appRoutes } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { givenWorld, type World } from '../support/world.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

const document = openApiDocument();
const named = (ops: Operation[]) => ops.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const);
const withBody = document.operations.filter((o) => o.requestBody);
const withPathIds = document.operations.filter((o) => o.pathParams.length > 0);
const withQuery = document.operations.filter((o) => o.queryParams.length > 0);
const withCursor = withQuery.filter((o) => o.queryParams.some((p) => p.name === 'cursor'));
const PROPERTIES = 2 * withBody.length + withPathIds.length + withQuery.length + withCursor.length;

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_901);
/**
 * Runs per property: 30, fewer as routes multiply, so `npm test` stays bounded (about FUZZ_BUDGET requests in all,
 * never under 5 per property; the edge-case sweep comes on top). FUZZ_RUNS fixes it for a deeper run: `FUZZ_RUNS=500 FUZZ_SEED=7 npm test -- fuzz`.
 */
const BUDGET = Number(process.env.FUZZ_BUDGET ?? 1000);
const RUNS = Number(process.env.FUZZ_RUNS ?? Math.max(5, Math.min(30, Math.floor(BUDGET / PROPERTIES))));

describe('fuzzing every operation (generated from openapi.yaml)', () => {
  let t: TestApp;
  let world: World;
  let probe: DatabaseProbe;
  let rules: Map<string, AccessRule>;
  let cases = 0;

  beforeAll(async () => {
    t = await startTestApp();
    world = await givenWorld(t);
    probe = new DatabaseProbe(t.databaseUrl);
    rules = new Map(appRoutes(t.app).flatMap((r) => (r.rule ? [[r.handler, r.rule] as const] : [])));
  });
  afterAll(async () => {
    console.log(`fuzzing: ${cases} requests (seed ${SEED}, ${PROPERTIES} properties x ${RUNS} runs)`);
    await probe?.close();
    await t?.close();
  });

  /** Sends as an allowed caller; `body` undefined sends none. Fails on a 5xx or a contract violation. */
  async function send(operation: Operation, path: string, body?: unknown, query?: string): Promise<Response> {
    const rule = rules.get(operation.operationId);
    if (!rule) throw new Error(`${operation.operationId} declares no access rule`);
    let request = t
      .http()
      [operation.method](query ? `${path}?${query}` : path)
      .set(await world.authorisedHeaders(rule));
    if (body !== undefined) request = request.set('content-type', 'application/json').send(JSON.stringify(body));
    const res = await request;
    cases++;
    const violations = contractViolations(res);
    if (violations.length > 0) {
      throw new Error(`${res.status} ${res.text.slice(0, 300)}\ncontract: ${violations.join('; ')}`);
    }
    return res;
  }

  /** The request must be refused with a 4xx and leave every table as it was. */
  async function expectRefusedAndUnchanged(request: () => Promise<Response>): Promise<void> {
    const before = await probe.fingerprint();
    const res = await request();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(changedTables(before, await probe.fingerprint())).toEqual([]);
  }

  const params = { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true };
  const pathOf = (operation: Operation) => buildPath(operation.path, dummyPathValues(operation, world.coopA));

  it.each(named(withBody))('%s: a body breaking the schema is a 4xx and changes nothing', async (_name, operation) => {
    await fc.assert(
      fc.asyncProperty(invalidBody(document, operation.requestBody!), async (body) => {
        await expectRefusedAndUnchanged(() => send(operation, pathOf(operation), body));
      }),
      params,
    );
  });

  it.each(named(withBody))('%s: awkward but well-typed values never earn a 5xx', async (_name, operation) => {
    await fc.assert(
      fc.asyncProperty(awkwardBody(document, operation.requestBody!), async (body) => {
        const before = await probe.fingerprint();
        const res = await send(operation, pathOf(operation), body);
        if (res.status >= 400) expect(changedTables(before, await probe.fingerprint())).toEqual([]);
      }),
      params,
    );
  });

  it.each(named(withBody))(
    '%s: each text field holding NUL, 10k characters, emoji, ... never earns a 5xx',
    async (_name, operation) => {
      const failures: string[] = [];
      for (const { label, body } of edgeCaseBodies(document, operation.requestBody!)) {
        const before = await probe.fingerprint();
        const res = await send(operation, pathOf(operation), body).catch((error: Error) => error);
        if (res instanceof Error) failures.push(`${label}: ${res.message.split('\n')[0]}`);
        else if (res.status >= 400 && changedTables(before, await probe.fingerprint()).length > 0) {
          failures.push(`${label}: refused with ${res.status}, yet the database changed`);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(named(withPathIds))('%s: ids that name nothing are a 4xx and change nothing', async (_name, operation) => {
    const badParam = fc
      .constantFrom(...operation.pathParams)
      .chain((param) => badPathValue(document, param).map((value) => ({ name: param.name, value })));
    await fc.assert(
      fc.asyncProperty(badParam, async ({ name, value }) => {
        const path = buildPath(operation.path, { ...dummyPathValues(operation, world.coopA), [name]: value });
        await expectRefusedAndUnchanged(() => send(operation, path, operation.requestBody ? {} : undefined));
      }),
      params,
    );
  });

  it.each(named(withQuery))(
    '%s: a query breaking a parameter is a 4xx and changes nothing',
    async (_name, operation) => {
      await fc.assert(
        fc.asyncProperty(invalidQuery(document, operation), async (query) => {
          await expectRefusedAndUnchanged(() => send(operation, pathOf(operation), undefined, query));
        }),
        params,
      );
    },
  );

  it.each(named(withCursor))('%s: a garbage cursor is a 400 or a page, never more', async (_name, operation) => {
    // Without a cursor: a page, or a 404 when the dummy ids name nothing. A garbage cursor may only add a 400.
    const path = pathOf(operation);
    const required = queryString(dummyQueryValues(operation));
    const baseline = (await send(operation, path, undefined, required)).status;
    await fc.assert(
      fc.asyncProperty(garbageCursor, async (cursor) => {
        const before = await probe.fingerprint();
        const query = [required, `cursor=${encodeURIComponent(cursor)}`].filter(Boolean).join('&');
        const res = await send(operation, path, undefined, query);
        expect([baseline, 400]).toContain(res.status);
        expect(changedTables(before, await probe.fingerprint())).toEqual([]);
      }),
      params,
    );
  });

  it('leaves the database consistent (invariants)', async () => {
    await assertInvariants(t.databaseUrl);
  });
});
