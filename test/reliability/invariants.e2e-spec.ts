/**
 * The invariant registry: it finds every module's `*.invariants.ts`, they hold on a database the API wrote, and each
 * one detects the corruption it is about (written here behind the API's back, constraints and triggers switched
 * off). `npm run check:invariants` reports and exits 1 on a broken one.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { checkInvariants, holds, loadInvariants } from '../../src/invariants/invariants.js';
import { givenApiKey, givenCooperative, givenUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

const run = promisify(execFile);

describe('invariants', () => {
  let t: TestApp;
  let coop: string;
  let userId: string;
  beforeAll(async () => {
    t = await startTestApp();
    coop = await givenCooperative(t);
    userId = (await givenUser(t, coop, ['secretary', 'board'])).userId;
    await givenApiKey(t, coop, ['bylaws:read']);
  });
  afterAll(() => t.close());

  it('are found by file name, with unique names', async () => {
    const names = (await loadInvariants()).map((i) => i.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'audit.cooperative-exists',
        'auth.refresh-family-one-head',
        'auth.role-grant-references',
        'cooperatives.bylaws-exist',
        'idempotency.only-complete-responses',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('hold on what the API wrote, and the command says so', async () => {
    const results = await checkInvariants(t.databaseUrl);
    expect(results.filter((r) => !holds(r)).map((r) => r.invariant.name)).toEqual([]);
    const { stdout } = await run(process.execPath, ['dist/scripts/check-invariants.js'], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl },
    });
    expect(stdout).toMatch(/all \d+ invariants hold/);
  });

  /**
   * Corrupts the data behind the API's back (foreign keys and triggers off: session_replication_role = replica) in a
   * transaction, runs the invariant's query in it, and rolls back: each case sees only its own corruption.
   */
  async function violationsAfter(name: string, corruption: string): Promise<{ before: number; after: number }> {
    const invariant = (await loadInvariants()).find((i) => i.name === name);
    if (!invariant) throw new Error(`no invariant ${name}`);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      const count = async () => (await client.query(`SELECT * FROM (${invariant.sql}) AS v`)).rowCount ?? 0;
      const before = await count();
      await client.query(corruption, [coop, userId]);
      return { before, after: await count() };
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  }

  const CASES: [string, string][] = [
    ['cooperatives.bylaws-exist', `DELETE FROM bylaws WHERE cooperative_id = $1 AND $2::uuid IS NOT NULL`],
    [
      'cooperatives.creation-audited',
      `INSERT INTO cooperatives (name) SELECT 'ghost' WHERE $1::uuid IS NOT NULL AND $2::uuid IS NOT NULL`,
    ],
    [
      'auth.role-grant-references',
      `INSERT INTO role_grants (cooperative_id, user_id, role) SELECT $1, gen_random_uuid(), 'member' WHERE $2::uuid IS NOT NULL`,
    ],
    [
      'auth.role-grant-known-role',
      `UPDATE role_grants SET role = 'janitor' WHERE cooperative_id = $1 AND user_id = $2 AND role = 'board'`,
    ],
    ['auth.role-grant-audited', `INSERT INTO role_grants (cooperative_id, user_id, role) VALUES ($1, $2, 'treasurer')`],
    [
      'auth.refresh-family-one-head',
      `INSERT INTO refresh_tokens (user_id, family_id, secret_hash, expires_at)
       SELECT user_id, family_id, secret_hash, expires_at FROM refresh_tokens
        WHERE replaced_at IS NULL AND revoked_at IS NULL AND user_id = $2 AND $1::uuid IS NOT NULL LIMIT 1`,
    ],
    [
      'auth.refresh-family-one-user',
      `INSERT INTO refresh_tokens (user_id, family_id, secret_hash, expires_at, revoked_at)
       SELECT gen_random_uuid(), family_id, secret_hash, expires_at, now() FROM refresh_tokens
        WHERE user_id = $2 AND $1::uuid IS NOT NULL LIMIT 1`,
    ],
    [
      'auth.refresh-rotation-complete',
      `UPDATE refresh_tokens SET replaced_at = now() WHERE user_id = $2 AND replaced_at IS NULL AND $1::uuid IS NOT NULL`,
    ],
    [
      'auth.api-client-known-scopes',
      `UPDATE api_clients SET scopes = ARRAY['everything'] WHERE cooperative_id = $1 AND $2::uuid IS NOT NULL`,
    ],
    [
      'auth.secrets-hashed',
      `UPDATE users SET password_hash = 'plain-text-password' WHERE id = $2 AND $1::uuid IS NOT NULL`,
    ],
    [
      'idempotency.only-complete-responses',
      `INSERT INTO idempotency_records (caller, key, request_hash, response_status)
       SELECT 'user:' || $2, 'k', 'h', 0 WHERE $1::uuid IS NOT NULL`,
    ],
    [
      'audit.cooperative-exists',
      `INSERT INTO audit_log (cooperative_id, actor_type, action, target_type)
       SELECT gen_random_uuid(), 'system', 'x', 'y' WHERE $1::uuid IS NOT NULL AND $2::uuid IS NOT NULL`,
    ],
    [
      'membership.status-is-last-transition',
      `WITH m AS (
         INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                              first_admitted_on, admitted_on)
         VALUES ($1, 999, 'natural_person', 'Suspended, says the history', 'active', '2020-01-01', '2020-01-01',
                 '2020-01-01', '2020-01-01')
         RETURNING id)
       INSERT INTO member_transitions (cooperative_id, member_id, action, from_status, to_status, effective_date,
                                       recorded_by_type)
       SELECT $1, id, 'suspend', 'active', 'suspended', '2021-01-01', 'system' FROM m WHERE $2::uuid IS NOT NULL`,
    ],
    [
      'membership.numbers-within-counter',
      `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                            first_admitted_on, admitted_on)
       SELECT $1, 999, 'natural_person', 'Numbered past the counter', 'active', '2020-01-01', '2020-01-01',
              '2020-01-01', '2020-01-01'
        WHERE $2::uuid IS NOT NULL`,
    ],
    ['audit.every-change-has-its-event', `DELETE FROM events WHERE cooperative_id = $1 AND $2::uuid IS NOT NULL`],
    [
      'audit.no-event-without-its-change',
      `INSERT INTO events (cooperative_id, tx, audit_id, type, subject_type)
       SELECT $1, 0, 0, 'member.admitted', 'member' WHERE $2::uuid IS NOT NULL`,
    ],
    [
      'audit.actor-consistent',
      `INSERT INTO audit_log (cooperative_id, actor_type, actor_id, action, target_type) VALUES ($1, 'system', $2, 'x', 'y')`,
    ],
  ];

  it.each(CASES)('%s holds, then detects its corruption', async (name, corruption) => {
    const { before, after } = await violationsAfter(name, corruption);
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
  });

  it('has a corruption case for every foundation and membership invariant (other modules test theirs)', async () => {
    const foundation = (await loadInvariants())
      .map((i) => i.name)
      .filter((name) => /^(auth|audit|cooperatives|idempotency|membership)\./.test(name));
    expect(foundation.filter((name) => !CASES.some(([c]) => c === name))).toEqual([]);
  });

  it('the command exits 1 and names the broken invariant', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query('SET session_replication_role = replica');
    await client.query('DELETE FROM bylaws WHERE cooperative_id = $1', [coop]);
    await client.end();
    const failure = await run(process.execPath, ['dist/scripts/check-invariants.js'], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl },
    }).catch((error: { code: number; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toMatch(/VIOLATED\s+cooperatives\.bylaws-exist/);
  });
});
