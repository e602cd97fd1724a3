/**
 * `npm run seed:demo` (the built script, as a child process) on a fresh database and again on the same one: the
 * first run creates exactly the demo, the second creates nothing, both print the same logins, and they work. A
 * cooperative half-built by the older seed (which admitted before subscribing and failed) is completed.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RolesService } from '../../src/auth/roles.service.js';
import type { Role } from '../../src/common/access/role.js';
import { systemContext } from '../../src/common/context/request-context.js';
import { CooperativeService } from '../../src/cooperatives/cooperative.service.js';
import { withClient } from '../../src/database/postgres-admin.js';
import { MemberService } from '../../src/membership/member.service.js';
import { login } from '../support/factories.js';
import { createTestDatabase, dropTestDatabase, startAppOn, SUPERADMIN } from '../support/test-app.js';

// Each run boots the app in a child process; a loaded machine needs time.
jest.setTimeout(180_000);

const run = promisify(execFile);

async function seed(databaseUrl: string): Promise<string> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['DATA_DIR', 'JWT_SECRET', 'LOG_LEVEL']) delete env[name];
  const { stdout } = await run(process.execPath, ['dist/scripts/seed-demo.js'], {
    env: { ...env, DATABASE_URL: databaseUrl, ADMIN_EMAIL: SUPERADMIN.email, ADMIN_PASSWORD: SUPERADMIN.password },
  });
  return stdout;
}

const query = <T = Record<string, unknown>>(databaseUrl: string, sql: string) =>
  withClient(databaseUrl, async (client) => (await client.query(sql)).rows as T[]);

/** Row counts of every table the seed writes (the audit log too: a run that writes anything leaves an entry). */
const counts = (databaseUrl: string) =>
  query(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM cooperatives) AS cooperatives, (SELECT count(*)::int FROM users) AS users,
            (SELECT count(*)::int FROM role_grants) AS role_grants, (SELECT count(*)::int FROM members) AS members,
            (SELECT count(*)::int FROM capital_entries) AS capital_entries,
            (SELECT count(*)::int FROM audit_log) AS audit_entries`,
  ).then((rows) => rows[0]);

const register = (databaseUrl: string) =>
  query(
    databaseUrl,
    `SELECT m.name, m.status, m.member_number, b.shares, b.subscribed::text, b.paid_up::text
       FROM members m LEFT JOIN capital_balances b ON b.member_id = m.id
      ORDER BY m.member_number NULLS LAST, m.name`,
  );

/** The demo at par 500 HNL: four admitted in order with their shares paid (Marta half), the group still applying. */
const DEMO_REGISTER = [
  row('Rosa Amalia Gómez', 'active', 1, 10, '5000.0000', '5000.0000'),
  row('Pedro Antonio Reyes', 'active', 2, 4, '2000.0000', '2000.0000'),
  row('Marta Lucía Díaz', 'active', 3, 2, '1000.0000', '500.0000'),
  row('Francisco Javier Mejía', 'active', 4, 2, '1000.0000', '1000.0000'),
  row('Grupo de Mujeres Cafetaleras de Las Flores', 'applicant', null, 2, '1000.0000', '0.0000'),
];

function row(name: string, status: string, number: number | null, shares: number, subscribed: string, paid: string) {
  return { name, status, member_number: number, shares, subscribed, paid_up: paid };
}

const LOGINS: { email: string; roles: Role[] }[] = [
  { email: 'secretaria@losaltos.coop.local', roles: ['secretary'] },
  { email: 'tesorero@losaltos.coop.local', roles: ['treasurer'] },
  { email: 'presidenta@losaltos.coop.local', roles: ['board', 'admin'] },
  { email: 'credito@losaltos.coop.local', roles: ['credit_committee'] },
];

/** The logins block the seed prints: its password and each email with its roles. */
function printedLogins(stdout: string): { password: string; users: { email: string; roles: string[] }[] } {
  const password = /^Log in as one of \(password (\S+)\):$/m.exec(stdout)?.[1] ?? '';
  const users = [...stdout.matchAll(/^ {2}(\S+@\S+) {2}\((.+)\)$/gm)].map(([, email, roles]) => ({
    email,
    roles: roles.split(', '),
  }));
  return { password, users };
}

describe('npm run seed:demo', () => {
  let databaseUrl: string;
  afterEach(() => dropTestDatabase(databaseUrl));

  it('creates the demo on a fresh database, nothing on a second run, and prints the same working logins', async () => {
    databaseUrl = await createTestDatabase();
    const first = await seed(databaseUrl);
    expect(first).toContain(
      'Created this run: cooperatives: 1, users: 4, members: 5, capital entries: 9, admissions: 4.',
    );
    // One superadmin (first run of the app) and the four demo users; five grants (the board member is also admin);
    // five subscriptions and four payments.
    const afterFirst = await counts(databaseUrl);
    expect(afterFirst).toMatchObject({ cooperatives: 1, users: 5, role_grants: 5, members: 5, capital_entries: 9 });
    expect(await register(databaseUrl)).toEqual(DEMO_REGISTER);

    const second = await seed(databaseUrl);
    expect(second).toContain('Created this run: nothing (the demo was complete already).');
    expect(await counts(databaseUrl)).toEqual(afterFirst);
    expect(await register(databaseUrl)).toEqual(DEMO_REGISTER);

    const logins = printedLogins(first);
    expect(logins).toEqual({ password: 'demo-password-123', users: LOGINS });
    expect(printedLogins(second)).toEqual(logins);
    const t = await startAppOn(databaseUrl);
    try {
      for (const user of logins.users) {
        const { accessToken } = await login(t, user.email, logins.password);
        const me = await t.http().get('/v1/me').auth(accessToken, { type: 'bearer' }).expect(200);
        expect(me.body.cooperatives).toEqual([expect.objectContaining({ roles: [...user.roles].sort() })]);
      }
    } finally {
      await t.close();
    }
  });

  it('completes a demo cooperative the older seed left half-built', async () => {
    databaseUrl = await createTestDatabase();
    // What the older seed left when admission failed on MINIMUM_SHARES_REQUIRED: the cooperative, its four users and
    // the first member, still an applicant with no shares.
    const t = await startAppOn(databaseUrl);
    try {
      const ctx = systemContext();
      const coop = await t.app.get(CooperativeService).create(ctx, {
        name: 'Cooperativa Cafetalera Los Altos (demo)',
        country: 'HN',
        bylaws: { currency: 'HNL', minorUnitScale: 2, shareParValue: '500', minSharesForMembership: 2 },
      });
      for (const user of LOGINS) {
        await t.app
          .get(RolesService)
          .provisionUser(ctx, coop.id, { email: user.email, password: 'demo-password-123', roles: user.roles });
      }
      await t.app
        .get(MemberService)
        .apply(ctx, coop.id, { kind: 'natural_person', name: 'Rosa Amalia Gómez', appliedOn: '2024-01-15' });
    } finally {
      await t.close();
    }

    const stdout = await seed(databaseUrl);
    expect(stdout).toContain('Created this run: members: 4, capital entries: 9, admissions: 4.');
    expect(await counts(databaseUrl)).toMatchObject({
      cooperatives: 1,
      users: 5,
      role_grants: 5,
      members: 5,
      capital_entries: 9,
    });
    expect(await register(databaseUrl)).toEqual(DEMO_REGISTER);
    expect(printedLogins(stdout)).toEqual({ password: 'demo-password-123', users: LOGINS });
  });
});
