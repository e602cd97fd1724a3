/**
 * The world the write mix works on, built through the HTTP API. Its base is the SDK flow (test/sdk/flow.ts): a
 * cooperative whose three members hold paid shares and accounts, with a surplus plan already executed. On top: one
 * staff user holding every cooperative role, bylaws that allow several loans and proxies, money in the credit fund.
 * Before each kind of kill a stage adds what that load consumes: members to hold proxies for, an open secret ballot
 * and an open roll-call ballot with their proxies, approved loans to disburse, and an approved plan to execute.
 */
import { randomBytes } from 'node:crypto';
import { runFlow } from '../../test/sdk/flow.js';
import { created, login, post, setup } from './http.js';
import { field, type Write } from './journal.js';

export const ADMIN = { email: 'crash-admin@test.local', password: 'crash-admin-password-123' };
export const ROLES = ['secretary', 'treasurer', 'board', 'credit_committee', 'member'] as const;

export interface Vote {
  ballotId: string;
  secret: boolean;
  voterId: string;
  token: string;
  /** A vote by proxy: the grantor voted for. */
  onBehalfOf?: string;
}

export interface World {
  admin: string;
  /** A user holding every role of the world's cooperative. */
  staff: string;
  cooperativeId: string;
  voters: { memberId: string; token: string }[];
  today: string;
  /** What the mix consumes: each item is used by one write only, so no write is refused by a rule. */
  pools: {
    payments: { memberId: string; amount: string }[];
    votes: Vote[];
    approvedLoans: string[];
    disbursedLoans: string[];
    plans: string[];
    transfer: { busy: boolean; forward: boolean };
  };
}

export const coopPath = (world: World) => `/v1/cooperatives/${world.cooperativeId}`;

/**
 * The one way the crash test makes a user: an invitation for a fresh email (adding a person is always an
 * invitation), then its acceptance with a password, which creates the account with the roles.
 */
export function userWrite(token: string, cooperativeId: string, roles: readonly string[]) {
  const email = `crash-${randomBytes(6).toString('hex')}@crash.local`;
  const password = `crash-password-${randomBytes(4).toString('hex')}`;
  const write: Write = {
    method: 'POST',
    path: `/v1/cooperatives/${cooperativeId}/users`,
    body: { email, roles },
    token,
    idempotent: true,
  };
  const accept = (invitationToken: string): Write => ({
    method: 'POST',
    path: `/v1/cooperatives/${cooperativeId}/user-invitations/accept`,
    body: { token: invitationToken, password },
    token: '',
    idempotent: false,
  });
  return { email, password, write, accept };
}

export async function buildWorld(baseUrl: string): Promise<World> {
  const flow = await runFlow({ baseUrl, superadmin: ADMIN });
  const admin = flow.tokens.superadmin;
  const cooperativeId = flow.cooperativeId;
  const user = userWrite(admin, cooperativeId, ['admin', ...ROLES.filter((r) => r !== 'member')]);
  await setup(baseUrl, user.accept(field(await setup(baseUrl, user.write), 'token')));
  const staff = await login(baseUrl, user.email, user.password);
  const bylaws = await fetch(`${baseUrl}/v1/cooperatives/${cooperativeId}/bylaws`, {
    headers: { authorization: `Bearer ${admin}` },
  });
  await setup(baseUrl, {
    method: 'PATCH',
    path: `/v1/cooperatives/${cooperativeId}/bylaws`,
    body: { maxLoansPerMember: 50, maxProxiesPerMember: 5, quorumAbsolute: 1 },
    token: admin,
    idempotent: false,
    headers: { 'if-match': bylaws.headers.get('etag') ?? '*' },
  });
  const world: World = {
    admin,
    staff,
    cooperativeId,
    voters: flow.members.map((m) => ({ memberId: m.id, token: m.token })),
    today: new Date().toISOString().slice(0, 10),
    pools: {
      payments: [],
      votes: [],
      approvedLoans: [],
      disbursedLoans: [],
      plans: [],
      transfer: { busy: false, forward: true },
    },
  };
  await setup(
    baseUrl,
    post(staff, `${coopPath(world)}/credit-fund/donations`, {
      amount: '100000.00',
      receivedOn: world.today,
      donor: 'Crash test donor',
    }),
  );
  return world;
}

/** An active member holding the bylaws' minimum of 2 shares, unpaid: applied, subscribed and admitted today. */
export async function admitMember(baseUrl: string, world: World, name: string): Promise<string> {
  const members = `${coopPath(world)}/members`;
  const id = await created(baseUrl, post(world.staff, members, admissionBody(world, name)));
  await setup(baseUrl, post(world.staff, `${coopPath(world)}/share-subscriptions`, subscriptionBody(world, id)));
  await setup(baseUrl, post(world.staff, `${members}/${id}/admit`, admitBody(world)));
  return id;
}

export const admissionBody = (world: World, name: string) => ({
  kind: 'natural_person',
  name,
  appliedOn: world.today,
});
export const subscriptionBody = (world: World, memberId: string) => ({
  memberId,
  shares: 2,
  effectiveDate: world.today,
});
export const admitBody = (world: World) => ({ effectiveDate: world.today, decisionReference: 'Board minute (crash)' });

/** What one load consumes, prepared before it (stage = 0, 1, 2, 3: one per kind of kill). */
export async function prepareStage(baseUrl: string, world: World, stage: number): Promise<void> {
  const coop = coopPath(world);
  const grantors: string[] = [];
  for (const [i] of world.voters.entries()) grantors.push(await admitMember(baseUrl, world, `Grantor ${stage}-${i}`));
  for (const memberId of grantors) world.pools.payments.push(...tenths(memberId));
  for (const secret of [true, false]) {
    const ballot = await created(
      baseUrl,
      post(world.staff, `${coop}/ballots`, {
        title: `Crash stage ${stage} ${secret ? 'secret' : 'roll-call'} motion`,
        kind: 'motion',
        mode: 'electronic',
        secret,
        recordDate: world.today,
      }),
    );
    for (const [i, voter] of world.voters.entries()) {
      await setup(
        baseUrl,
        post(world.staff, `${coop}/proxies`, {
          ballotId: ballot,
          grantorMemberId: grantors[i],
          holderMemberId: voter.memberId,
        }),
      );
    }
    await setup(baseUrl, post(world.staff, `${coop}/ballots/${ballot}/open`));
    for (const [i, voter] of world.voters.entries()) {
      const vote = { ballotId: ballot, secret, voterId: voter.memberId, token: voter.token };
      world.pools.votes.push(vote, { ...vote, onBehalfOf: grantors[i] });
    }
  }
  for (let i = 0; i < 6; i++) {
    const loan = await created(
      baseUrl,
      post(world.staff, `${coop}/loans`, {
        memberId: world.voters[i % world.voters.length].memberId,
        amount: '100.00',
        termMonths: 12,
        method: 'annuity',
        purpose: `Crash stage ${stage} loan ${i}`,
        appliedOn: world.today,
      }),
    );
    await setup(
      baseUrl,
      post(world.staff, `${coop}/loans/${loan}/approve`, {
        decidedOn: world.today,
        decisionReference: `CC minute ${stage}-${i}`,
      }),
    );
    world.pools.approvedLoans.push(loan);
  }
  world.pools.plans.push(await approvedPlan(baseUrl, world, stage));
}

/** 1000.00 unpaid, as ten payments of 100.00. */
export const tenths = (memberId: string) => Array.from({ length: 10 }, () => ({ memberId, amount: '100.00' }));

/** A plan for the quarter `stage` of 2025, computed, put to a secret ballot the members pass, approved. */
async function approvedPlan(baseUrl: string, world: World, stage: number): Promise<string> {
  const coop = coopPath(world);
  const month = (m: number) => String(m).padStart(2, '0');
  const endDay = ['31', '30', '30', '31'][stage];
  const year = await created(
    baseUrl,
    post(world.staff, `${coop}/fiscal-years`, {
      startDate: `2025-${month(stage * 3 + 1)}-01`,
      endDate: `2025-${month(stage * 3 + 3)}-${endDay}`,
      label: `2025 Q${stage + 1}`,
    }),
  );
  const fiscalYear = `${coop}/fiscal-years/${year}`;
  await setup(baseUrl, { ...post(world.staff, `${fiscalYear}/net-surplus`, { netSurplus: '1000.00' }), method: 'PUT' });
  const members = await Promise.all(
    world.voters.map(async (v) =>
      Number(field(await setup(baseUrl, get(world.staff, `${coop}/members/${v.memberId}`)), 'memberNumber')),
    ),
  );
  await setup(
    baseUrl,
    post(world.staff, `${fiscalYear}/patronage/import`, {
      records: members.map((memberNumber) => ({ memberNumber, value: '100.00' })),
    }),
  );
  const plan = await created(
    baseUrl,
    post(world.staff, `${fiscalYear}/distribution-plans`, { interestRatePercent: '5' }),
  );
  const ballot = await created(
    baseUrl,
    post(world.staff, `${coop}/ballots`, {
      title: `Approve the plan of 2025 Q${stage + 1}`,
      kind: 'motion',
      mode: 'electronic',
      secret: true,
      recordDate: world.today,
    }),
  );
  await setup(baseUrl, post(world.staff, `${coop}/distribution-plans/${plan}/propose`, { ballotId: ballot }));
  await setup(baseUrl, post(world.staff, `${coop}/ballots/${ballot}/open`));
  for (const voter of world.voters) {
    await setup(baseUrl, post(voter.token, `${coop}/ballots/${ballot}/votes`, { selection: 'yes' }));
  }
  for (const step of ['close', 'publish']) await setup(baseUrl, post(world.staff, `${coop}/ballots/${ballot}/${step}`));
  await setup(baseUrl, post(world.staff, `${coop}/distribution-plans/${plan}/approve`, { note: 'Passed (crash)' }));
  return plan;
}

const get = (token: string, path: string): Write => ({ method: 'GET', path, token, idempotent: false });
