/**
 * The authorisation matrix (OWASP API1 BOLA, API5), generated: every operation of openapi.yaml, joined with its
 * handler's AccessRule, is called by every kind of caller with cooperative A in the path. Refused callers get
 * exactly 401 (anonymous), 403 (wrong role or scope) or 404 (another cooperative's caller) as problem+json and change
 * nothing; allowed callers are never refused and never get a 5xx (the dummy ids and `{}` bodies may earn them a
 * 400/404/422). Every response is also checked against the contract.
 *
 * Nothing here names a route: a module's routes join the matrix when its branch is merged.
 */
import { jest } from '@jest/globals';
import type { Response } from 'supertest';
import { applies, CALLERS, type CallerKind, callerName, expectedAccess } from '../support/access-matrix.js';
import { contractViolations, ResponseLog } from '../support/contract.js';
import { givenContribution, givenDisbursedLoan, givenFundBalance } from '../support/credit-fund.factories.js';
import { changedTables, DatabaseProbe } from '../support/db-state.js';
import { buildPath, dummyPathValues, openApiDocument } from '../support/openapi.js';
import { appRoutes, type RouteInfo } from '../support/routes.js';
import { givenActiveMember as givenCapitalMember, givenMemberLogin } from '../support/share-capital.factories.js';
import { ACCESS_POLICY } from './access-policy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capitalCoopOf, creditCoopOf, givenWorld, type World } from '../support/world.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

const document = openApiDocument();

describe('authorisation matrix (generated from openapi.yaml and the routes’ access rules)', () => {
  let t: TestApp;
  let world: World;
  let probe: DatabaseProbe;
  let routes: Map<string, RouteInfo>;
  const log = new ResponseLog();
  let checks = 0;
  /** `RELIABILITY_VERBOSE=1 npm test -- test/reliability` prints every route's row of statuses. */
  const rows: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    world = await givenWorld(t);
    probe = new DatabaseProbe(t.databaseUrl);
    routes = new Map(appRoutes(t.app).map((r) => [r.handler, r]));
  });
  afterAll(async () => {
    if (process.env.RELIABILITY_VERBOSE) console.log(rows.join('\n'));
    console.log(
      `authorisation matrix: ${document.operations.length} operations, ${checks} route x caller checks, ` +
        `${log.entries.length} responses checked against the contract`,
    );
    await probe?.close();
    await t?.close();
  });

  it('joins every documented operation with exactly one handler that declares an access rule, and vice versa', () => {
    const problems: string[] = [];
    const all = appRoutes(t.app);
    const byHandler = new Map<string, RouteInfo[]>();
    for (const route of all) byHandler.set(route.handler, [...(byHandler.get(route.handler) ?? []), route]);
    for (const route of all) {
      if (!route.rule) problems.push(`${route.controller}.${route.handler} declares no access rule`);
      if ((byHandler.get(route.handler) ?? []).length > 1) {
        problems.push(`${route.controller}.${route.handler}: the handler name (operationId) is not unique`);
      }
      const operation = document.operations.find((o) => o.operationId === route.handler);
      if (!operation) problems.push(`${route.method.toUpperCase()} ${route.path} is missing from openapi.yaml`);
      else if (operation.method !== route.method || operation.path !== route.path) {
        problems.push(
          `${route.handler}: the code serves ${route.method.toUpperCase()} ${route.path}, ` +
            `openapi.yaml says ${operation.method.toUpperCase()} ${operation.path}`,
        );
      }
      if (route.rule?.kind === 'cooperative' && !route.path.includes('{cooperativeId}')) {
        problems.push(`${route.handler}: a cooperative rule on a path without {cooperativeId}`);
      }
    }
    for (const operation of document.operations) {
      if (!routes.has(operation.operationId)) problems.push(`${operation.operationId} has no handler`);
    }
    expect(problems).toEqual([]);
  });

  it('declares rules that keep the written access policy (access-policy.ts)', () => {
    const breaches: string[] = [];
    let covered = 0;
    for (const statement of ACCESS_POLICY) {
      for (const operation of document.operations) {
        const rule = routes.get(operation.operationId)?.rule;
        if (!rule || !statement.covers(operation, rule) || statement.exceptions?.[operation.operationId]) continue;
        covered++;
        for (const caller of statement.callers.filter((c) => applies(rule, c))) {
          if (expectedAccess(rule, caller).allowed !== (statement.must === 'allow')) {
            breaches.push(
              `${operation.operationId} lets ${callerName(caller)} ${statement.must === 'allow' ? 'NOT ' : ''}through: ${statement.says}`,
            );
          }
        }
      }
    }
    expect(covered).toBeGreaterThan(0);
    expect(breaches).toEqual([]);
  });

  it.each(document.operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s: refuses exactly whom its rule refuses, lets through whom it allows',
    async (_name, operation) => {
      const rule = routes.get(operation.operationId)?.rule;
      if (!rule) throw new Error(`${operation.operationId} declares no access rule: the route is refused to everyone`);
      const path = buildPath(operation.path, dummyPathValues(operation, world.coopA));
      const callers = CALLERS.filter((caller) => applies(rule, caller));
      const denied = callers.filter((caller) => !expectedAccess(rule, caller).allowed);
      const allowed = callers.filter((caller) => expectedAccess(rule, caller).allowed);
      const mismatches: string[] = [];
      const statuses: string[] = [];
      // Keys are made before the first fingerprint: making one is itself an audited change.
      const headers = new Map<CallerKind, Record<string, string>>();
      for (const caller of callers) headers.set(caller, await world.headersFor(caller, rule));

      const send = async (caller: CallerKind): Promise<Response> => {
        let request = t.http()[operation.method](path).set(headers.get(caller)!);
        if (operation.requestBody) request = request.send({});
        const res = await request;
        log.add(res);
        for (const violation of contractViolations(res)) mismatches.push(`${callerName(caller)}: ${violation}`);
        checks++;
        statuses.push(`${callerName(caller)}=${res.status}`);
        return res;
      };

      const before = await probe.fingerprint();
      const auditBefore = await probe.count('audit_log');
      // Callers of one kind (denied, then allowed) go concurrently: the guard must hold under load too.
      await Promise.all(
        denied.map(async (caller) => {
          const expected = expectedAccess(rule, caller) as { status: number; code: string };
          const res = await send(caller);
          if (res.status !== expected.status || res.body?.code !== expected.code) {
            mismatches.push(
              `${callerName(caller)}: expected ${expected.status} ${expected.code}, got ${res.status} ${res.body?.code}`,
            );
          }
        }),
      );
      expect(await probe.count('audit_log')).toBe(auditBefore);
      expect(changedTables(before, await probe.fingerprint())).toEqual([]);

      await Promise.all(
        allowed.map(async (caller) => {
          const res = await send(caller);
          const refused = res.status === 401 || res.status === 403 || res.body?.code === 'COOPERATIVE_NOT_FOUND';
          if (refused || res.status >= 500) {
            mismatches.push(`${callerName(caller)}: should be let through, got ${res.status} ${res.body?.code}`);
          }
        }),
      );
      rows.push(`${operation.operationId}: ${statuses.join(' ')}`);
      expect(mismatches).toEqual([]);
    },
  );

  it('never showed a stored secret (password, refresh token or API key hashes) to any caller', async () => {
    const hashes = [
      ...(await probe.query<{ h: string }>('SELECT password_hash AS h FROM users WHERE password_hash IS NOT NULL')),
      ...(await probe.query<{ h: string }>('SELECT secret_hash AS h FROM refresh_tokens')),
      ...(await probe.query<{ h: string }>('SELECT secret_hash AS h FROM api_clients')),
    ].map((r) => r.h);
    expect(log.entries.length).toBe(checks);
    expect(log.leaking(hashes)).toEqual([]);
  });

  it('object level (BOLA inside a cooperative): a member asking for another member’s objects gets 404, for their own 200', async () => {
    // Two members of A, each with an account, capital, a fund contribution and a disbursed loan.
    const capital = capitalCoopOf(world);
    const credit = creditCoopOf(world);
    const owners: { token: string; ids: Record<string, string> }[] = [];
    for (const name of ['Alma Owner', 'Bruno Other']) {
      const memberId = await givenCapitalMember(t, capital, { name, shares: 2, paid: '20.00' });
      const { accessToken } = await givenMemberLogin(t, capital, memberId);
      await givenContribution(t, credit, memberId, '50.00');
      await givenFundBalance(t, credit, '100.00');
      const loan = await givenDisbursedLoan(t, credit, memberId, { amount: '100.00', termMonths: 4 });
      owners.push({ token: accessToken, ids: { memberId, loanId: loan.id } });
    }
    const [own, other] = owners;

    // Generated: every GET a member may call that names an object by id. Ballots and assemblies belong to the whole
    // cooperative (every member reads them); any other id is one member's object, and this test must know how to
    // fill it.
    const COOPERATIVE_WIDE = ['ballotId', 'assemblyId'];
    const QUERY_VALUES: Record<string, string> = { asOf: '2025-03-01' };
    const idsOf = (path: string) =>
      [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'cooperativeId');
    const objectRoutes = appRoutes(t.app).filter(
      (r) =>
        r.method === 'get' &&
        r.rule?.kind === 'cooperative' &&
        r.rule.roles.includes('member') &&
        idsOf(r.path).some((p) => !COOPERATIVE_WIDE.includes(p)),
    );
    expect(objectRoutes.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const route of objectRoutes) {
      const unknown = idsOf(route.path).filter((p) => !(p in own.ids));
      const query = document.byId(route.handler).queryParams.filter((p) => p.required);
      const unfilled = query.filter((p) => !(p.name in QUERY_VALUES)).map((p) => p.name);
      if (unknown.length > 0 || unfilled.length > 0) {
        problems.push(`${route.handler}: this test cannot fill ${[...unknown, ...unfilled].join(', ')}: add it here`);
        continue;
      }
      const search = new URLSearchParams(query.map((p): [string, string] => [p.name, QUERY_VALUES[p.name]])).toString();
      const pathFor = (ids: Record<string, string>) =>
        buildPath(route.path, { cooperativeId: world.coopA, ...ids }) + (search ? `?${search}` : '');
      for (const [whose, ids, expected] of [
        ['own', own.ids, 200],
        ['another member’s', other.ids, 404],
      ] as const) {
        const res = await t
          .http()
          .get(pathFor(ids))
          .set({ Authorization: `Bearer ${own.token}` });
        for (const violation of contractViolations(res)) problems.push(`${route.handler} (${whose}): ${violation}`);
        if (res.status !== expected) {
          problems.push(`${route.handler} (${whose}): expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
    console.log(
      `object level: ${objectRoutes.length} routes naming one member's object, asked for own and another's: ` +
        objectRoutes.map((r) => r.handler).join(', '),
    );
  });
});
