/**
 * A cooperative's first year, end to end through the typed SDK only, as an integrator would write it: the
 * superadmin creates the cooperative, sets its bylaws (If-Match: the ETag read) and adds its secretary and treasurer; three applicants subscribe and pay shares
 * and are admitted; the 2024 surplus is entered with the members' patronage and a distribution plan computed; the
 * members approve it in a secret electronic ballot; the plan is approved and executed. Every figure is asserted
 * exactly (node:assert, so the contract check in scripts/contract-check/ runs the same flow through Prism).
 *
 * The figures, by hand (bylaws: par 500.00, minimum 2 shares, reserve 30 %, education 5 %, community 5 %):
 * - capital: Ana 4 shares paid 2000.00 on 2024-01-02, Ben 2 shares paid 1000.00 on 2024-07-01, Cy 2 shares paid
 *   500.00 on 2024-01-02: subscribed 4000.00, paid up 3500.00, unpaid 500.00.
 * - surplus 10000.00 in the leap year 2024: funds 3000.00 + 500.00 + 500.00; interest at 5 % on paid-up capital
 *   by days held out of 366 (Ana 2000 x 365, Ben 1000 x 184, Cy 500 x 365 = 1,096,500 capital-days):
 *   1,096,500 x 0.05 / 366 = 149.7951 -> 149.80, split 14980 cents by largest remainder: floors 9973, 2513, 2493
 *   and the one cent left to Ben (remainder .70): 99.73, 25.14, 24.93.
 * - patronage pool 10000 - 4000 - 149.80 = 5850.20 split 3:1:1 -> 3510.12, 1170.04, 1170.04.
 * - the ballot: 3 electors, quorum 50 % -> 2; yes 2, no 1 -> passed by simple majority.
 */
import { deepStrictEqual, equal, ok as truthy } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  createCoopClient,
  idempotencyKey,
  type CoopClient,
  type CoopClientOptions,
  type Problem,
} from '../../clients/typescript/src/index.js';

export interface FlowOptions {
  baseUrl: string;
  superadmin: { email: string; password: string };
  fetch?: CoopClientOptions['fetch'];
}

export interface FlowResult {
  cooperativeId: string;
  /** Logged-in clients of the people in the flow. */
  clients: { anonymous: CoopClient; superadmin: CoopClient; secretary: CoopClient; treasurer: CoopClient };
  /** Their access tokens, for requests the SDK would not send. */
  tokens: { superadmin: string; secretary: string; treasurer: string };
  members: { id: string; memberNumber: number; name: string; client: CoopClient; token: string }[];
  ballotId: string;
  fiscalYearId: string;
  planId: string;
}

/**
 * Strict deep equality of a value read from a response and the expected one. Compared as JSON: under Jest, objects
 * that fetch parsed belong to another realm than the test's literals, and strict equality compares prototypes.
 */
function same(actual: unknown, expected: unknown, message?: string): void {
  const here = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  deepStrictEqual(here(actual), here(expected), message);
}

/** openapi-fetch's answer: `data` on success, `error` (the problem) otherwise. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The success body, or a throw naming the request and the problem. */
export async function ok<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined || !response.ok) {
    throw new Error(`${response.url}: ${response.status} ${JSON.stringify(error)}`);
  }
  return data as T;
}

/** The problem of a refused request, checked to be `status` with `code`. */
export async function refused(pending: Promise<Answer<unknown>>, status: number, code: string): Promise<Problem> {
  const { error, response } = await pending;
  same([response.status, (error as Problem | undefined)?.code], [status, code], `${response.url}`);
  return error as Problem;
}

/** Fixed when the cooperative is created. */
const FOUNDING_BYLAWS = { currency: 'HNL', shareParValue: '500.00' };
/** Set by the admin afterwards, with If-Match: the ETag read. */
const BYLAWS = {
  minSharesForMembership: 2,
  minReservePercent: '30',
  educationFundPercent: '5',
  communityFundPercent: '5',
  maxShareInterestRatePercent: '5',
  quorumPercent: '50',
};

const MEMBERS = [
  { name: 'Ana Aguilar', shares: 4, paid: '2000.00', paidOn: '2024-01-02', patronage: '3000.00', vote: 'yes' },
  { name: 'Ben Bonilla', shares: 2, paid: '1000.00', paidOn: '2024-07-01', patronage: '1000.00', vote: 'yes' },
  { name: 'Cy Castro', shares: 2, paid: '500.00', paidOn: '2024-01-02', patronage: '1000.00', vote: 'no' },
] as const;

export async function runFlow(options: FlowOptions): Promise<FlowResult> {
  const suffix = randomBytes(4).toString('hex');
  const connect = (token?: string) => createCoopClient({ baseUrl: options.baseUrl, token, fetch: options.fetch });
  const anonymous = connect();
  const tokenOf = async (email: string, password: string) =>
    (await ok(anonymous.POST('/v1/auth/login', { body: { email, password } }))).accessToken;
  const tokens = { superadmin: '', secretary: '', treasurer: '' };

  // The platform superadmin creates the cooperative, then its secretary and treasurer.
  tokens.superadmin = await tokenOf(options.superadmin.email, options.superadmin.password);
  const superadmin = connect(tokens.superadmin);
  const cooperative = await ok(
    superadmin.POST('/v1/cooperatives', {
      params: { header: idempotencyKey() },
      body: { name: `Cooperativa La Esperanza ${suffix}`, country: 'HN', bylaws: FOUNDING_BYLAWS },
    }),
  );
  const cooperativeId = cooperative.id;
  const coop = { path: { cooperativeId } };
  // The bylaws as read carry an ETag; a change sent with it as If-Match cannot overwrite someone else's change.
  const read = await superadmin.GET('/v1/cooperatives/{cooperativeId}/bylaws', { params: coop });
  same([read.data?.version, read.data?.minSharesForMembership, read.response.headers.get('etag')], [1, 1, '"1"']);
  const bylaws = await ok(
    superadmin.PATCH('/v1/cooperatives/{cooperativeId}/bylaws', {
      params: { ...coop, header: { 'If-Match': read.response.headers.get('etag')! } },
      body: BYLAWS,
    }),
  );
  same(
    [bylaws.version, bylaws.currency, bylaws.shareParValue, bylaws.minSharesForMembership, bylaws.minReservePercent],
    [2, 'HNL', '500.00', 2, '30'],
  );

  const staff = async (role: 'secretary' | 'treasurer') => {
    const email = `${role}-${suffix}@flow.example`;
    const password = `${role}-password-${suffix}`;
    const invitation = await ok(
      superadmin.POST('/v1/cooperatives/{cooperativeId}/users', { params: coop, body: { email, roles: [role] } }),
    );
    const user = await ok(
      anonymous.POST('/v1/cooperatives/{cooperativeId}/user-invitations/accept', {
        params: coop,
        body: { token: invitation.token, password },
      }),
    );
    same([user.roles, user.newAccount], [[role], true]);
    tokens[role] = await tokenOf(email, password);
    return connect(tokens[role]);
  };
  const secretary = await staff('secretary');
  const treasurer = await staff('treasurer');

  // Applicants subscribe the bylaws' minimum (or more) and pay; the secretary admits them: numbers 1, 2, 3.
  const members: FlowResult['members'] = [];
  for (const spec of MEMBERS) {
    const applicant = await ok(
      secretary.POST('/v1/cooperatives/{cooperativeId}/members', {
        params: { ...coop, header: idempotencyKey() },
        body: { kind: 'natural_person', name: spec.name, appliedOn: '2024-01-02' },
      }),
    );
    equal(applicant.status, 'applicant');
    await ok(
      treasurer.POST('/v1/cooperatives/{cooperativeId}/share-subscriptions', {
        params: { ...coop, header: idempotencyKey() },
        body: { memberId: applicant.id, shares: spec.shares, effectiveDate: '2024-01-02' },
      }),
    );
    const admitted = await ok(
      secretary.POST('/v1/cooperatives/{cooperativeId}/members/{memberId}/admit', {
        params: { path: { cooperativeId, memberId: applicant.id }, header: idempotencyKey() },
        body: { effectiveDate: '2024-01-03', decisionReference: 'Board minute 2024-01' },
      }),
    );
    same([admitted.status, admitted.memberNumber], ['active', members.length + 1]);
    members.push({
      id: admitted.id,
      memberNumber: admitted.memberNumber!,
      name: spec.name,
      client: anonymous,
      token: '',
    });
  }

  // Payments move money: each carries an Idempotency-Key, and a retry with the same key changes nothing.
  for (const [i, spec] of MEMBERS.entries()) {
    const pay = (key: string) =>
      treasurer.POST('/v1/cooperatives/{cooperativeId}/share-payments', {
        params: { ...coop, header: idempotencyKey(key) },
        body: { memberId: members[i].id, amount: spec.paid, effectiveDate: spec.paidOn, reference: `Receipt ${i + 1}` },
      });
    const key = `payment-${suffix}-${i}`;
    const first = await pay(key);
    const retry = await pay(key);
    equal(first.response.status, 201);
    same([retry.response.status, retry.response.headers.get('idempotent-replayed')], [201, 'true']);
    same(retry.data, first.data);
  }
  const totals = await ok(
    treasurer.GET('/v1/cooperatives/{cooperativeId}/capital/totals', {
      params: { ...coop, query: { asOf: '2024-12-31' } },
    }),
  );
  same(
    [totals.sharesOutstanding, totals.subscribedCapital, totals.paidUpCapital, totals.unpaidCapital, totals.currency],
    [8, '4000.00', '3500.00', '500.00', 'HNL'],
  );

  // Each member gets an account through an invitation and logs in.
  for (const member of members) {
    const email = `member-${member.memberNumber}-${suffix}@flow.example`;
    const password = `member-password-${suffix}`;
    const invitation = await ok(
      secretary.POST('/v1/cooperatives/{cooperativeId}/members/{memberId}/invitations', {
        params: { path: { cooperativeId, memberId: member.id } },
        body: { email },
      }),
    );
    const account = await ok(
      anonymous.POST('/v1/cooperatives/{cooperativeId}/member-invitations/accept', {
        params: coop,
        body: { token: invitation.token, password },
      }),
    );
    equal(account.memberId, member.id);
    member.token = await tokenOf(email, password);
    member.client = connect(member.token);
  }
  const own = await ok(members[1].client.GET('/v1/cooperatives/{cooperativeId}/members/me/capital', { params: coop }));
  same([own.memberNumber, own.sharesHeld, own.paidUpCapital, own.unpaidCapital], [2, 2, '1000.00', '0.00']);

  // The treasurer closes the year: net surplus, patronage, and the distribution plan.
  const fiscalYear = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/fiscal-years', {
      params: { ...coop, header: idempotencyKey() },
      body: { startDate: '2024-01-01', endDate: '2024-12-31' },
    }),
  );
  const year = { path: { cooperativeId, fiscalYearId: fiscalYear.id } };
  equal(fiscalYear.label, '2024');
  await ok(
    treasurer.PUT('/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/net-surplus', {
      params: { ...year, header: idempotencyKey() },
      body: { netSurplus: '10000.00', reference: 'Audited accounts 2024' },
    }),
  );
  const imported = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/patronage/import', {
      params: { ...year, header: idempotencyKey() },
      body: { records: MEMBERS.map((m, i) => ({ memberNumber: members[i].memberNumber, value: m.patronage })) },
    }),
  );
  same(imported, { imported: 3, replaced: 0, quantityTotal: '0', valueTotal: '5000' });
  const draft = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/distribution-plans', {
      params: { ...year, header: idempotencyKey() },
      body: { interestRatePercent: '5' },
    }),
  );
  same(
    [draft.status, draft.daysInYear, draft.surplus, draft.reserve, draft.education, draft.community],
    ['draft', 366, '10000.00', '3000.00', '500.00', '500.00'],
  );
  same([draft.interestEntitlement, draft.interestPool, draft.patronagePool], ['149.80', '149.80', '5850.20']);
  const plan = { path: { cooperativeId, planId: draft.id } };
  const lines = await ok(
    treasurer.GET('/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/lines', { params: plan }),
  );
  same(
    lines.items.map((l) => [l.memberNumber, l.capitalDays, l.interest, l.patronageRefund, l.total]),
    [
      [1, '730000', '99.73', '3510.12', '3609.85'],
      [2, '184000', '25.14', '1170.04', '1195.18'],
      [3, '182500', '24.93', '1170.04', '1194.97'],
    ],
  );

  // The secretary puts the plan to the members: a secret electronic ballot, linked to the plan.
  const ballot = await ok(
    secretary.POST('/v1/cooperatives/{cooperativeId}/ballots', {
      params: { ...coop, header: idempotencyKey() },
      body: {
        title: 'Approve the distribution of the 2024 surplus',
        kind: 'motion',
        mode: 'electronic',
        secret: true,
        recordDate: '2025-01-15',
      },
    }),
  );
  const proposed = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/propose', {
      params: { ...plan, header: idempotencyKey() },
      body: { ballotId: ballot.id },
    }),
  );
  same([proposed.status, proposed.ballotId], ['proposed', ballot.id]);

  const onBallot = { path: { cooperativeId, ballotId: ballot.id } };
  const opened = await ok(
    secretary.POST('/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/open', {
      params: { ...onBallot, header: idempotencyKey() },
    }),
  );
  same([opened.status, opened.electorateSize], ['open', 3]);
  const receipts: string[] = [];
  for (const [i, spec] of MEMBERS.entries()) {
    const key = `vote-${suffix}-${i}`;
    const vote = () =>
      members[i].client.POST('/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/votes', {
        params: { ...onBallot, header: idempotencyKey(key) },
        body: { selection: spec.vote },
      });
    const cast = await ok(vote());
    same([cast.memberId, cast.secret, cast.selection, cast.via], [members[i].id, true, null, 'self']);
    truthy(cast.receiptCode);
    receipts.push(cast.receiptCode);
    // A retry (say, after a dropped connection) replays the vote that counts: never a second vote.
    const retry = await vote();
    same([retry.response.status, retry.response.headers.get('idempotent-replayed')], [201, 'true']);
  }
  await refused(
    members[0].client.POST('/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/votes', {
      params: onBallot,
      body: { selection: 'no' },
    }),
    409,
    'ALREADY_VOTED',
  );
  for (const step of ['close', 'publish'] as const) {
    await ok(
      secretary.POST(`/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/${step}`, {
        params: { ...onBallot, header: idempotencyKey() },
      }),
    );
  }
  const results = await ok(
    members[2].client.GET('/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/results', { params: onBallot }),
  );
  same(
    {
      outcome: results.outcome,
      final: results.final,
      electorate: results.electorate,
      participants: results.participants,
      quorumThreshold: results.quorumThreshold,
      quorumMet: results.quorumMet,
      counts: results.counts,
      majority: results.majority,
      majorityMet: results.majorityMet,
      fingerprint: results.electorateFingerprint,
    },
    {
      outcome: 'passed',
      final: true,
      electorate: 3,
      participants: 3,
      quorumThreshold: 2,
      quorumMet: true,
      counts: { yes: 2, no: 1, abstain: 0 },
      majority: 'simple',
      majorityMet: true,
      fingerprint: opened.electorateFingerprint,
    },
  );
  const published = await ok(
    members[0].client.GET('/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/receipts', { params: onBallot }),
  );
  same([...published.items].sort(), [...receipts].sort());

  // The passed ballot approves the plan; executing it credits the community fund to the solidarity credit fund.
  const approved = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/approve', {
      params: { ...plan, header: idempotencyKey() },
      body: { note: 'Approved by the members in the ballot' },
    }),
  );
  equal(approved.status, 'approved');
  const executed = await ok(
    treasurer.POST('/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/execute', {
      params: { ...plan, header: idempotencyKey() },
      body: { executedOn: '2025-02-01' },
    }),
  );
  same([executed.status, executed.executedOn], ['executed', '2025-02-01']);
  const fund = await ok(treasurer.GET('/v1/cooperatives/{cooperativeId}/credit-fund', { params: coop }));
  same([fund.balance, fund.totals.surplusAllocations, fund.currency], ['500.00', '500.00', 'HNL']);
  const statement = await ok(
    members[0].client.GET('/v1/cooperatives/{cooperativeId}/distribution-statements/me', { params: coop }),
  );
  same(
    statement.items.map((l) => [l.fiscalYearLabel, l.planStatus, l.interest, l.patronageRefund, l.total, l.refundMode]),
    [['2024', 'executed', '99.73', '3510.12', '3609.85', 'cash']],
  );

  return {
    cooperativeId,
    clients: { anonymous, superadmin, secretary, treasurer },
    tokens,
    members,
    ballotId: ballot.id,
    fiscalYearId: fiscalYear.id,
    planId: draft.id,
  };
}
