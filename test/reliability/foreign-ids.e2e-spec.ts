/**
 * Another cooperative's ids in bodies and filters (issue 15, item 5), generated from openapi.yaml: every operation
 * under /v1/cooperatives/{cooperativeId}/ whose JSON body carries an id of another resource (a property named `…Id`
 * or `…Ids`, or of format uuid, at any depth: $refs, nested objects, arrays) is called by a caller of cooperative B
 * allowed by the route's rule (a user holding one of its roles, and an API key of B holding its scope), with B's
 * real resources in the path and a body that is otherwise valid, each id field in turn set to a REAL id of
 * cooperative A. The answer must be a documented 4xx problem (the field's `*_NOT_FOUND`, or a 403/409/422 this table
 * accepts for it), nothing may change in the database, and no byte of A's data (names, emails, other ids) may come
 * back; an id that exists nowhere gets the very same answer (no oracle of A's ids). Then the same body with B's own
 * ids must be accepted: the refusal was the foreign id's, not the body's.
 * List filters naming an id (`?memberId=`) answer an empty page or a 404 for A's id, never A's rows.
 *
 * Nothing is skipped silently: an operation or a field this file cannot fill fails the first test with what to add.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Response } from 'supertest';
import type { AccessRule } from '../../src/common/access/access.decorator.js';
import type { Role } from '../../src/common/access/role.js';
import { contractViolations } from '../support/contract.js';
import { givenApplication, givenContribution } from '../support/credit-fund.factories.js';
import { changedTables, DatabaseProbe } from '../support/db-state.js';
import { givenUser, type LoggedIn } from '../support/factories.js';
import { ballotAction, givenBallot } from '../support/governance.factories.js';
import { buildPath, openApiDocument, type OpenApiDocument, type Operation, resolved } from '../support/openapi.js';
import type { SchemaObject } from '../support/openapi-schema.js';
import { appRoutes, type RouteInfo } from '../support/routes.js';
import {
  type CapitalCoop,
  coopPath,
  givenActiveMember,
  givenMemberLogin,
  post,
} from '../support/share-capital.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capitalCoopOf, creditCoopOf, givenWorld, type World } from '../support/world.js';

// Apps, databases and a two-cooperative world take their time on a loaded machine.
jest.setTimeout(120_000);

const document = openApiDocument();
const COOPERATIVE_ROUTE = '/v1/cooperatives/{cooperativeId}/';

/** A property or parameter that names another resource. */
const isIdName = (name: string) => /Ids?$/.test(name);

/** The id fields of a request body, as paths (`memberId`, `guarantors[].memberId`), $refs and compositions followed. */
function idFieldsOf(doc: OpenApiDocument, schema: SchemaObject | undefined, prefix = '', depth = 0): string[] {
  if (!schema || depth > 8) return [];
  const s = resolved(doc, schema);
  const found: string[] = [];
  for (const part of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    found.push(...idFieldsOf(doc, part, prefix, depth + 1));
  }
  if (s.items) found.push(...idFieldsOf(doc, s.items, `${prefix}[]`, depth + 1));
  for (const [name, property] of Object.entries(s.properties ?? {})) {
    const p = resolved(doc, property);
    const list = p.items !== undefined;
    const uuid = (list ? resolved(doc, p.items!) : p).format === 'uuid';
    const path = prefix ? `${prefix}.${name}` : name;
    // A list of ids (`memberIds`) is filled element by element: `memberIds[]`.
    if (isIdName(name) || uuid) found.push(list ? `${path}[]` : path);
    else found.push(...idFieldsOf(doc, property, path, depth + 1));
  }
  return [...new Set(found)];
}

const cooperativeOperations = document.operations.filter((o) => o.path.startsWith(COOPERATIVE_ROUTE));
const BODY_CASES = cooperativeOperations
  .map((operation) => ({ operation, fields: idFieldsOf(document, operation.requestBody) }))
  .filter((c) => c.fields.length > 0);
const QUERY_CASES = cooperativeOperations.flatMap((operation) =>
  operation.queryParams
    .filter((p) => isIdName(p.name) || resolved(document, p.schema).format === 'uuid')
    .map((param) => ({ operation, param: param.name })),
);

/** `body` with the field at `path` (`guarantors[].memberId`: in every element) set to `value`. */
function withField(body: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const set = (target: any, segments: string[]): void => {
    const [head, ...rest] = segments;
    const array = head.endsWith('[]');
    const key = array ? head.slice(0, -2) : head;
    if (rest.length === 0 && !array) {
      target[key] = value;
      return;
    }
    if (array) {
      const items = target[key];
      if (!Array.isArray(items) || items.length === 0) {
        throw new Error(`the valid body has no element in ${key}[] to put the foreign id in (${path})`);
      }
      target[key] = items.map((item: any) => {
        if (rest.length === 0) return value;
        set(item, rest);
        return item;
      });
      return;
    }
    target[key] ??= {};
    set(target[key], rest);
  };
  set(copy, path.split('.'));
  return copy;
}

/** Cooperative A's real resources, whose ids B's callers send. */
interface ForeignWorld {
  member: string;
  otherMember: string;
  assembly: string;
  ballot: string;
  proxy: string;
  contributionPlan: string;
  loan: string;
  user: string;
  /** Everything of A that must never come back to B: ids, names, emails. */
  secrets: string[];
}

/** Cooperative B's real resources and callers. */
interface HomeWorld {
  usersOf: Partial<Record<Role, LoggedIn>>;
  /** bHolder's own account: the caller of the member routes. */
  memberLogin: LoggedIn;
  holder: string;
  grantor: string;
  other: string;
  fourth: string;
  assembly: string;
  assemblyProxy: string;
  ballot: string;
  rollCallBallot: string;
  pendingMotion: string;
  /** A draft ballot no one holds a proxy on. */
  proxyBallot: string;
  contributionPlan: string;
  distributionPlan: string;
}

/** `guarantors[].memberId` -> `memberId`, `memberIds[]` -> `memberId`. */
const leafOf = (field: string) => field.split('.').pop()!.replace('[]', '').replace(/Ids$/, 'Id');

/** Which of A's ids a field or filter of that name receives; a name missing here fails the coverage test. */
function foreignIdFor(name: string, a: ForeignWorld): string | undefined {
  const leaf = leafOf(name);
  if (/^memberId$|MemberId$/.test(leaf)) return a.member;
  const byName: Record<string, string> = {
    ballotId: a.ballot,
    assemblyId: a.assembly,
    proxyId: a.proxy,
    planId: a.contributionPlan,
    loanId: a.loan,
    actorId: a.user,
    targetId: a.member,
  };
  return byName[leaf];
}

/** The problem codes a foreign id in a field of that name answers by default (its resource's 404). */
function notFoundCodesFor(field: string): string[] {
  const leaf = leafOf(field);
  if (/^memberId$|MemberId$/.test(leaf)) return ['MEMBER_NOT_FOUND'];
  const byName: Record<string, string> = {
    ballotId: 'BALLOT_NOT_FOUND',
    assemblyId: 'ASSEMBLY_NOT_FOUND',
    proxyId: 'PROXY_NOT_FOUND',
    planId: 'CONTRIBUTION_PLAN_NOT_FOUND',
    loanId: 'LOAN_NOT_FOUND',
  };
  return byName[leaf] ? [byName[leaf]] : [];
}

interface BodySpec {
  /** B's real ids for the path's parameters (other than cooperativeId). */
  path?: Record<string, string>;
  /** A body valid in B (with B's ids); `field` says which field is about to be replaced, for bodies that differ. */
  body(field: string | undefined): Record<string, unknown>;
  /** Codes accepted besides the field's `*_NOT_FOUND`, with why. */
  alsoAccepted?: Record<string, string[]>;
  /** The status of the valid body sent last (the control), or why there is none. */
  control: number | { none: string };
}

const TODAY = new Date().toISOString().slice(0, 10);

/** How to make a valid body for each operation with an id in its body. An operation missing here fails the test. */
function bodySpecs(b: HomeWorld): Record<string, BodySpec> {
  return {
    recordAttendance: {
      path: { assemblyId: b.assembly },
      body: () => ({ memberId: b.grantor, mode: 'proxy', proxyId: b.assemblyProxy }),
      control: 201,
    },
    createBallot: {
      body: () => ({
        title: 'Elect the auditor',
        kind: 'motion',
        mode: 'in_assembly',
        inAssemblyMethod: 'counts',
        assemblyId: b.assembly,
        agendaItem: 2,
        secret: false,
        recordDate: '2024-06-30',
      }),
      control: 201,
    },
    recordRollCallVote: {
      path: { ballotId: b.rollCallBallot },
      body: () => ({ memberId: b.holder, selection: 'yes' }),
      // Looked up on the attendance register of B's assembly, where A's member is not (nor any unknown id).
      alsoAccepted: { memberId: ['NOT_ATTENDING'] },
      control: 200,
    },
    castVote: {
      path: { ballotId: b.ballot },
      body: () => ({ selection: 'yes', onBehalfOfMemberId: b.other }),
      // Looked up on the electorate of B's ballot, where A's member is not (nor any unknown id).
      alsoAccepted: { onBehalfOfMemberId: ['PROXY_NOT_FOUND', 'NOT_IN_ELECTORATE'] },
      control: 201,
    },
    createContributionPlan: {
      body: () => ({ memberId: b.other, amount: '5.00', frequency: 'monthly', startsOn: '2025-01-01' }),
      control: 200,
    },
    postContribution: {
      body: () => ({ memberId: b.holder, amount: '10.00', contributedOn: TODAY, planId: b.contributionPlan }),
      control: 200,
    },
    applyForOwnLoan: {
      body: () => ({
        amount: '30.00',
        purpose: 'Seeds',
        termMonths: 6,
        method: 'annuity',
        guarantors: [{ memberId: b.grantor, amount: '10.00' }],
      }),
      // Guarantors are looked up among B's active members: "is not an active member of this cooperative".
      alsoAccepted: { 'guarantors[].memberId': ['GUARANTOR_NOT_ELIGIBLE'] },
      control: 201,
    },
    proposeDistributionPlan: {
      path: { planId: b.distributionPlan },
      body: () => ({ ballotId: b.pendingMotion }),
      control: 200,
    },
    createLoanApplication: {
      body: () => ({
        memberId: b.other,
        amount: '30.00',
        purpose: 'Tools',
        termMonths: 6,
        method: 'annuity',
        appliedOn: TODAY,
        guarantors: [{ memberId: b.grantor, amount: '10.00' }],
      }),
      alsoAccepted: { 'guarantors[].memberId': ['GUARANTOR_NOT_ELIGIBLE'] },
      control: 201,
    },
    // The caller (bHolder) holds proxies at the assembly and on b.ballot: they appoint one on a ballot of their own.
    appointMyProxy: {
      body: (field) =>
        field === 'assemblyId'
          ? { assemblyId: b.assembly, holderMemberId: b.other }
          : { ballotId: b.proxyBallot, holderMemberId: b.other },
      control: 201,
    },
    createProxy: {
      body: (field) =>
        field === 'ballotId'
          ? { grantorMemberId: b.grantor, holderMemberId: b.fourth, ballotId: b.proxyBallot }
          : { grantorMemberId: b.other, holderMemberId: b.fourth, assemblyId: b.assembly },
      control: 201,
    },
    createShareSubscription: {
      body: () => ({ memberId: b.other, shares: 1, effectiveDate: TODAY }),
      control: 201,
    },
    createSharePayment: {
      body: () => ({ memberId: b.other, amount: '10.00', effectiveDate: TODAY }),
      control: 201,
    },
    createShareAllocation: {
      body: () => ({ memberId: b.fourth, amount: '10.00', effectiveDate: TODAY }),
      control: 201,
    },
    requestShareRedemption: {
      body: () => ({ memberId: b.grantor, shares: 1, requestedOn: TODAY }),
      control: 201,
    },
    requestShareTransfer: {
      body: () => ({ fromMemberId: b.holder, toMemberId: b.other, shares: 1, requestedOn: TODAY }),
      control: 201,
    },
  };
}

type Headers = Record<string, string>;
const bearer = (user: LoggedIn): Headers => ({ Authorization: `Bearer ${user.accessToken}` });

describe('another cooperative’s ids in bodies and filters (generated from openapi.yaml)', () => {
  let t: TestApp;
  let world: World;
  let probe: DatabaseProbe;
  let routes: Map<string, RouteInfo>;
  let a: ForeignWorld;
  let b: HomeWorld;
  let specs: Record<string, BodySpec>;
  const rows: string[] = [];
  let requests = 0;

  /** Any request; fails the setup with the answer unless it is `expected`. */
  async function send(headers: Headers, method: Operation['method'], path: string, body?: object): Promise<Response> {
    let request = t.http()[method](path).set(headers);
    if (body !== undefined) request = request.send(body);
    return request;
  }
  async function must(headers: Headers, path: string, body: object, expected: number): Promise<any> {
    const res = await send(headers, 'post', path, body);
    if (res.status !== expected) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** An assembly of `coop` in session, convened for 2024 (members admitted 2023 are its electorate). */
  async function givenAssemblyInSession(coop: string, secretary: Headers): Promise<string> {
    const assembly = await must(
      secretary,
      `${coopPath(coop)}/assemblies`,
      {
        kind: 'annual',
        title: 'Annual general assembly 2024',
        meetingDate: '2024-07-10',
        recordDate: '2024-06-30',
        notice: 'Members are convened to the annual general assembly.',
        agenda: [{ title: 'Accounts' }, { title: 'Auditor' }],
      },
      201,
    );
    await must(secretary, `${coopPath(coop)}/assemblies/${assembly.id}/open`, {}, 200);
    return assembly.id as string;
  }

  async function givenForeignWorld(): Promise<ForeignWorld> {
    const u = world.usersOfA;
    const capital = capitalCoopOf(world);
    const credit = creditCoopOf(world);
    const names = ['Alma Foreignwood', 'Arno Foreignwood'];
    const member = await givenActiveMember(t, capital, { name: names[0], shares: 2, paid: '20.00' });
    const otherMember = await givenActiveMember(t, capital, { name: names[1], shares: 2, paid: '20.00' });
    const login = await givenMemberLogin(t, capital, member);
    const secretary = bearer(u.secretary);
    const assembly = await givenAssemblyInSession(world.coopA, secretary);
    const proxy = await must(
      secretary,
      `${coopPath(world.coopA)}/proxies`,
      { grantorMemberId: otherMember, holderMemberId: member, assemblyId: assembly },
      201,
    );
    const ballot = await givenBallot(t, world.coopA, u.secretary.accessToken, { recordDate: '2024-06-30' });
    await ballotAction(t, world.coopA, u.secretary.accessToken, ballot.id, 'open');
    await givenContribution(t, credit, member, '500.00');
    const plan = await must(
      bearer(u.treasurer),
      `${coopPath(world.coopA)}/credit-fund/contribution-plans`,
      { memberId: member, amount: '5.00', frequency: 'monthly', startsOn: '2024-01-01' },
      200,
    );
    const loan = await givenApplication(t, credit, member, { amount: '100.00', termMonths: 6 });
    const ids = [world.coopA, member, otherMember, assembly, proxy.id, ballot.id, plan.id, loan.id];
    const users = Object.values(u);
    return {
      member,
      otherMember,
      assembly,
      ballot: ballot.id,
      proxy: proxy.id as string,
      contributionPlan: plan.id as string,
      loan: loan.id,
      user: u.secretary.userId,
      secrets: [
        ...ids,
        ...names,
        ...users.flatMap((user) => [user.userId, user.email]),
        login.userId,
        login.email,
        'Cooperative A',
      ],
    };
  }

  async function givenHomeWorld(): Promise<HomeWorld> {
    const coop = world.coopB;
    const usersOf: Partial<Record<Role, LoggedIn>> = { admin: world.adminOfB };
    for (const role of ['secretary', 'treasurer', 'board', 'credit_committee'] as const) {
      usersOf[role] = await givenUser(t, coop, [role]);
    }
    const capital: CapitalCoop = {
      coop,
      secretary: usersOf.secretary!.accessToken,
      treasurer: usersOf.treasurer!.accessToken,
      board: usersOf.board!.accessToken,
    };
    const holder = await givenActiveMember(t, capital, { name: 'Bea Homefield', shares: 2, paid: '20.00' });
    const grantor = await givenActiveMember(t, capital, { name: 'Bo Homefield', shares: 2, paid: '20.00' });
    // Three shares, two paid: the payment's control has one to pay.
    const other = await givenActiveMember(t, capital, { name: 'Bruna Homefield', shares: 3, paid: '20.00' });
    const fourth = await givenActiveMember(t, capital, { name: 'Bianca Homefield', shares: 2, paid: '20.00' });
    const memberLogin = await givenMemberLogin(t, capital, holder);
    const secretary = bearer(usersOf.secretary!);
    const treasurer = bearer(usersOf.treasurer!);

    const assembly = await givenAssemblyInSession(coop, secretary);
    await must(
      secretary,
      `${coopPath(coop)}/assemblies/${assembly}/attendance`,
      { memberId: holder, mode: 'in_person' },
      201,
    );
    const assemblyProxy = await must(
      secretary,
      `${coopPath(coop)}/proxies`,
      { grantorMemberId: grantor, holderMemberId: holder, assemblyId: assembly },
      201,
    );
    const ballot = await givenBallot(t, coop, capital.secretary, { recordDate: '2024-06-30' });
    await must(
      secretary,
      `${coopPath(coop)}/proxies`,
      { grantorMemberId: other, holderMemberId: holder, ballotId: ballot.id },
      201,
    );
    await ballotAction(t, coop, capital.secretary, ballot.id, 'open');
    const rollCall = await givenBallot(t, coop, capital.secretary, {
      mode: 'in_assembly',
      inAssemblyMethod: 'roll_call',
      assemblyId: assembly,
      agendaItem: 1,
      secret: false,
      recordDate: '2024-06-30',
    });
    await ballotAction(t, coop, capital.secretary, rollCall.id, 'open');
    const pendingMotion = await givenBallot(t, coop, capital.secretary, {
      mode: 'in_assembly',
      inAssemblyMethod: 'counts',
      assemblyId: assembly,
      agendaItem: 1,
      secret: false,
      recordDate: '2024-06-30',
    });
    const proxyBallot = await givenBallot(t, coop, capital.secretary, { recordDate: '2024-06-30' });

    await must(
      treasurer,
      `${coopPath(coop)}/credit-fund/contributions`,
      { memberId: holder, amount: '500.00', contributedOn: '2024-12-01' },
      200,
    );
    const contributionPlan = await must(
      treasurer,
      `${coopPath(coop)}/credit-fund/contribution-plans`,
      { memberId: holder, amount: '10.00', frequency: 'monthly', startsOn: '2024-01-01' },
      200,
    );

    const fiscalYear = await must(
      treasurer,
      `${coopPath(coop)}/fiscal-years`,
      { startDate: '2023-01-01', endDate: '2023-12-31' },
      201,
    );
    const surplus = await send(treasurer, 'put', `${coopPath(coop)}/fiscal-years/${fiscalYear.id}/net-surplus`, {
      netSurplus: '100.00',
    });
    if (surplus.status !== 200) throw new Error(`net surplus: ${surplus.status} ${JSON.stringify(surplus.body)}`);
    const distributionPlan = await post(
      t,
      usersOf.treasurer!.accessToken,
      `${coopPath(coop)}/fiscal-years/${fiscalYear.id}/distribution-plans`,
      { reservePercent: '95', interestRatePercent: '0' },
    );
    return {
      usersOf,
      memberLogin,
      holder,
      grantor,
      other,
      fourth,
      assembly,
      assemblyProxy: assemblyProxy.id,
      ballot: ballot.id,
      rollCallBallot: rollCall.id,
      pendingMotion: pendingMotion.id,
      proxyBallot: proxyBallot.id,
      contributionPlan: contributionPlan.id,
      distributionPlan: distributionPlan.id,
    };
  }

  /** B's callers the route's rule lets in: a user holding one of its roles, and B's key holding its scope. */
  async function callersOf(rule: AccessRule | undefined): Promise<{ name: string; headers: Headers }[]> {
    if (rule?.kind !== 'cooperative') throw new Error(`not a cooperative rule: ${JSON.stringify(rule)}`);
    const callers: { name: string; headers: Headers }[] = [];
    const role = rule.roles.find((r) => r !== 'member' && b.usersOf[r]);
    if (role) callers.push({ name: `${role} of B`, headers: bearer(b.usersOf[role]!) });
    else if (rule.roles.includes('member')) callers.push({ name: 'member of B', headers: bearer(b.memberLogin) });
    if (rule.scope)
      callers.push({
        name: `key of B (${rule.scope})`,
        headers: { 'X-API-Key': await world.key(world.coopB, [rule.scope]) },
      });
    if (callers.length === 0) throw new Error(`no caller of B for ${JSON.stringify(rule)}`);
    return callers;
  }

  /** A's data in a response, except the id that was sent. */
  const leaks = (res: Response, sent: string) => a.secrets.filter((s) => s !== sent && (res.text ?? '').includes(s));

  beforeAll(async () => {
    t = await startTestApp();
    world = await givenWorld(t);
    probe = new DatabaseProbe(t.databaseUrl);
    routes = new Map(appRoutes(t.app).map((r) => [r.handler, r]));
    a = await givenForeignWorld();
    b = await givenHomeWorld();
    specs = bodySpecs(b);
  }, 600_000);
  afterAll(async () => {
    if (process.env.RELIABILITY_VERBOSE) console.log(rows.join('\n'));
    console.log(
      `foreign ids: ${BODY_CASES.length} operations with ${BODY_CASES.reduce((n, c) => n + c.fields.length, 0)} ` +
        `id fields in their bodies, ${QUERY_CASES.length} id filters, ${requests} requests with A's ids`,
    );
    await probe?.close();
    await t?.close();
  });

  it('finds the ids in bodies and filters, and knows how to fill every one (nothing skipped silently)', () => {
    const problems: string[] = [];
    for (const { operation, fields } of BODY_CASES) {
      const spec = specs[operation.operationId];
      if (!spec) {
        problems.push(
          `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}) has id fields ` +
            `${fields.join(', ')} in its body: add how to make a valid body for it to bodySpecs()`,
        );
        continue;
      }
      for (const field of fields) {
        if (!foreignIdFor(field, a))
          problems.push(`${operation.operationId}.${field}: foreignIdFor() has no id of A for it`);
        if (notFoundCodesFor(field).length + (spec.alsoAccepted?.[field]?.length ?? 0) === 0) {
          problems.push(
            `${operation.operationId}.${field}: no accepted problem code (notFoundCodesFor / alsoAccepted)`,
          );
        }
      }
      const named = operation.pathParams.filter((p) => p.name !== 'cooperativeId' && !spec.path?.[p.name]);
      if (named.length > 0) {
        problems.push(`${operation.operationId}: bodySpecs() gives no B id for ${named.map((p) => p.name).join(', ')}`);
      }
    }
    for (const operationId of Object.keys(specs)) {
      if (!BODY_CASES.some((c) => c.operation.operationId === operationId)) {
        problems.push(`bodySpecs() names ${operationId}, which has no id in its body (any more): remove it`);
      }
    }
    for (const { operation, param } of QUERY_CASES) {
      if (!foreignIdFor(param, a))
        problems.push(`${operation.operationId}?${param}: foreignIdFor() has no id of A for it`);
    }
    expect(problems).toEqual([]);
    expect(BODY_CASES.length).toBeGreaterThanOrEqual(16);
    expect(QUERY_CASES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BODY_CASES.map((c) => [`${c.operation.operationId} (${c.fields.join(', ')})`, c] as const))(
    '%s: refuses A’s ids, changes nothing, shows nothing of A; accepts the same body with B’s',
    async (_name, { operation, fields }) => {
      const spec = specs[operation.operationId];
      if (!spec) throw new Error(`${operation.operationId}: no body spec (see the first test)`);
      const path = buildPath(operation.path, { cooperativeId: world.coopB, ...spec.path });
      const callers = await callersOf(routes.get(operation.operationId)?.rule);
      const problems: string[] = [];
      const answers: string[] = [];
      for (const field of fields) {
        const foreign = foreignIdFor(field, a)!;
        const accepted = [...notFoundCodesFor(field), ...(spec.alsoAccepted?.[field] ?? [])];
        const body = withField(spec.body(field), field, foreign);
        for (const caller of callers) {
          const before = await probe.fingerprint();
          const res = await send(caller.headers, operation.method, path, body);
          requests++;
          // An id that exists nowhere must get the same answer: B learns nothing of A's ids.
          const unknown = await send(
            caller.headers,
            operation.method,
            path,
            withField(spec.body(field), field, randomUUID()),
          );
          const changed = changedTables(before, await probe.fingerprint());
          const where = `${field} as ${caller.name}`;
          if (unknown.status !== res.status || unknown.body?.code !== res.body?.code) {
            problems.push(
              `${where}: A's id answers ${res.status} ${res.body?.code}, an unknown id ${unknown.status} ${unknown.body?.code}`,
            );
          }
          answers.push(`${field}=${res.status} ${res.body?.code ?? ''}`.trim());
          if (res.status < 400 || res.status >= 500 || !accepted.includes(res.body?.code)) {
            problems.push(`${where}: expected one of ${accepted.join('/')}, got ${res.status} ${res.body?.code ?? ''}`);
          }
          if (changed.length > 0) problems.push(`${where}: changed ${changed.join(', ')}`);
          const leaked = leaks(res, foreign);
          if (leaked.length > 0) problems.push(`${where}: the answer shows A's ${leaked.join(', ')}`);
          for (const violation of contractViolations(res)) problems.push(`${where}: ${violation}`);
        }
      }
      // The control: the same body with B's ids goes through, so the refusals were the foreign ids'.
      if (typeof spec.control === 'number') {
        const res = await send(callers[0].headers, operation.method, path, spec.body(undefined));
        if (res.status !== spec.control) {
          problems.push(
            `control (B's own ids): expected ${spec.control}, got ${res.status} ${JSON.stringify(res.body)}`,
          );
        }
        for (const violation of contractViolations(res)) problems.push(`control: ${violation}`);
      }
      rows.push(`  ${operation.operationId}: ${[...new Set(answers)].join(', ')}`);
      expect(problems).toEqual([]);
    },
  );

  it.each(QUERY_CASES.map((c) => [`${c.operation.operationId}?${c.param}`, c] as const))(
    '%s with A’s id: an empty page or a 404, never A’s rows',
    async (_name, { operation, param }) => {
      const foreign = foreignIdFor(param, a);
      if (!foreign) throw new Error(`${operation.operationId}?${param}: no id of A for it (see the first test)`);
      const problems: string[] = [];
      const answers: string[] = [];
      const path = `${buildPath(operation.path, { cooperativeId: world.coopB })}?${param}=${foreign}`;
      for (const caller of await callersOf(routes.get(operation.operationId)?.rule)) {
        const before = await probe.fingerprint();
        const res = await send(caller.headers, operation.method, path);
        requests++;
        const unknown = await send(caller.headers, operation.method, path.replace(foreign, randomUUID()));
        if (unknown.status !== res.status || unknown.body?.code !== res.body?.code) {
          problems.push(`${caller.name}: A's id answers ${res.status}, an unknown id ${unknown.status}`);
        }
        answers.push(`${res.status}${res.body?.code ? ` ${res.body.code}` : ''}`);
        const empty = res.status === 200 && Array.isArray(res.body?.items) && res.body.items.length === 0;
        const notFound =
          res.status === 404 && typeof res.body?.code === 'string' && res.body.code.endsWith('_NOT_FOUND');
        if (!empty && !notFound) {
          problems.push(`${caller.name}: expected an empty page or a 404, got ${res.status} ${res.text.slice(0, 300)}`);
        }
        const changed = changedTables(before, await probe.fingerprint());
        if (changed.length > 0) problems.push(`${caller.name}: changed ${changed.join(', ')}`);
        const leaked = leaks(res, foreign);
        if (leaked.length > 0) problems.push(`${caller.name}: the answer shows A's ${leaked.join(', ')}`);
        for (const violation of contractViolations(res)) problems.push(`${caller.name}: ${violation}`);
      }
      rows.push(`  ${operation.operationId}?${param}: ${[...new Set(answers)].join(', ')}`);
      expect(problems).toEqual([]);
    },
  );
});
