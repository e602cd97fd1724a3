/**
 * The data generator: fills one cooperative with `n` members, set-based (`INSERT ... SELECT generate_series`), one
 * statement per table family, so a million rows take seconds, not a million round trips.
 *
 * One function per table family, `generateX(client, cooperativeId, n)`, registered in FAMILIES. A family runs only
 * when all its tables exist. To add one when a module lands (members, share capital, ballots, loans):
 *   1. write `generateMembers(client, cooperativeId, n)` here (or in a file of its own next to this one), one
 *      `INSERT ... SELECT ... FROM generate_series(1, n)` per table, deterministic from the row number;
 *   2. add `{ name, module, tables, generate }` to FAMILIES after the families it references;
 *   3. remove its entry from PENDING_FAMILIES.
 * Never fill a table the schema does not have: PENDING_FAMILIES is only listed in the report as not generated.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../../src/auth/password.js';
import { DEFAULT_BYLAWS } from '../../src/cooperatives/bylaws.rules.js';

export interface TableFamily {
  name: string;
  /** The module owning the tables. */
  module: string;
  tables: string[];
  /** Inserts the family's rows for `n` members of the cooperative; returns the rows inserted. */
  generate(client: pg.ClientBase, cooperativeId: string, n: number): Promise<number>;
}

/** Member accounts: member-<i>@<cooperative>.bench.local, i in 1..n, all with MEMBER_PASSWORD. */
export const MEMBER_PASSWORD = 'bench-member-password';
export const memberEmail = (cooperativeId: string, i: number) => `member-${i}@${cooperativeId.slice(0, 8)}.bench.local`;

let memberPasswordHash: Promise<string> | undefined;

/**
 * One login account per member, holding the `member` role in the cooperative (users + role_grants), with one shared
 * argon2id hash: hashing a million passwords would measure argon2, not the API.
 */
export async function generateUsers(client: pg.ClientBase, cooperativeId: string, n: number): Promise<number> {
  memberPasswordHash ??= hashPassword(MEMBER_PASSWORD);
  const domain = memberEmail(cooperativeId, 0).split('@')[1];
  await client.query('BEGIN');
  try {
    const users = await client.query(
      `INSERT INTO users (email, display_name, password_hash, created_at)
       SELECT 'member-' || i || '@' || $1, 'Member ' || i, $2, now() - make_interval(days => ((i::bigint * 7919) % 3650)::int)
         FROM generate_series(1, $3::int) AS i`,
      [domain, await memberPasswordHash, n],
    );
    // Separate statements: a data-modifying CTE (INSERT ... RETURNING feeding the next INSERT) is much slower here.
    const grants = await client.query(
      `INSERT INTO role_grants (cooperative_id, user_id, role, granted_at)
       SELECT $1::uuid, id, 'member', created_at FROM users WHERE email LIKE '%@' || $2`,
      [cooperativeId, domain],
    );
    await client.query('COMMIT');
    return (users.rowCount ?? 0) + (grants.rowCount ?? 0);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export const FAMILIES: TableFamily[] = [
  { name: 'users', module: 'auth', tables: ['users', 'role_grants'], generate: generateUsers },
  // Extension point: the families of PENDING_FAMILIES go here, in dependency order, as their tables land.
];

/** What the issue asks to generate but whose tables are not on this branch yet (reported, never faked). */
export const PENDING_FAMILIES: { name: string; module: string; what: string }[] = [
  { name: 'members', module: 'membership', what: 'the member register: one row per member, statuses, admission dates' },
  { name: 'share-capital', module: 'share-capital', what: 'subscriptions, payments and capital entries' },
  { name: 'ballots', module: 'governance', what: 'assemblies, ballots, frozen rolls and votes' },
  { name: 'surplus', module: 'surplus', what: 'patronage and contributions per member' },
  { name: 'loans', module: 'credit-fund', what: 'loans, repayment schedules and repayments' },
];

export interface Generated {
  cooperativeId: string;
  members: number;
  /** How to log in as member i (1..members), when the users family ran. */
  accounts: { count: number; password: string; email(i: number): string } | null;
  families: { name: string; rows: number; seconds: number }[];
  skipped: { name: string; reason: string }[];
  /** False when the generator ran with session_replication_role = replica (see skipForeignKeyChecks). */
  foreignKeysChecked: boolean;
  /** Generation time (all families), then VACUUM ANALYZE of what was written. */
  seconds: number;
  analyzeSeconds: number;
}

/** A cooperative with the default bylaws (the values a superadmin gets when none are given). */
export async function generateCooperative(client: pg.ClientBase, name: string): Promise<string> {
  const entries: [string, unknown][] = Object.entries(DEFAULT_BYLAWS);
  const columns = entries.map(([key]) => key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()));
  const result = await client.query<{ id: string }>(
    `WITH cooperative AS (INSERT INTO cooperatives (name, country) VALUES ($1, 'HN') RETURNING id)
     INSERT INTO bylaws (cooperative_id, version, ${columns.join(', ')})
     SELECT id, 1, ${entries.map((_, i) => `$${i + 2}`).join(', ')} FROM cooperative
     RETURNING cooperative_id AS id`,
    [name, ...entries.map(([, value]) => value)],
  );
  return result.rows[0].id;
}

export async function generate(
  databaseUrl: string,
  n: number,
  log: (message: string) => void = () => undefined,
): Promise<Generated> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const foreignKeysChecked = !(await skipForeignKeyChecks(client));
    const started = performance.now();
    const cooperativeId = await generateCooperative(client, `Bench cooperative (${n} members)`);
    const families: Generated['families'] = [];
    const skipped: Generated['skipped'] = [];
    const written = new Set(['cooperatives', 'bylaws']);
    for (const family of FAMILIES) {
      const missing = await missingTables(client, family.tables);
      if (missing.length > 0) {
        skipped.push({ name: family.name, reason: `tables missing: ${missing.join(', ')}` });
        continue;
      }
      const familyStarted = performance.now();
      const rows = await family.generate(client, cooperativeId, n);
      const seconds = (performance.now() - familyStarted) / 1000;
      families.push({ name: family.name, rows, seconds });
      family.tables.forEach((table) => written.add(table));
      log(`  generated ${family.name}: ${rows} rows in ${seconds.toFixed(1)} s`);
    }
    const seconds = (performance.now() - started) / 1000;
    const analyzeStarted = performance.now();
    await client.query(`VACUUM ANALYZE ${[...written].map((table) => client.escapeIdentifier(table)).join(', ')}`);
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const hasUsers = families.some((family) => family.name === 'users');
    return {
      cooperativeId,
      members: n,
      accounts: hasUsers ? { count: n, password: MEMBER_PASSWORD, email: (i) => memberEmail(cooperativeId, i) } : null,
      families,
      skipped,
      foreignKeysChecked,
      seconds,
      analyzeSeconds,
    };
  } finally {
    await client.end();
  }
}

/**
 * Foreign-key triggers are most of the time of a million-row insert (a lookup per row), and every generated row
 * references rows generated just before it, so the generator skips them, as pg_restore --disable-triggers does.
 * That needs a superuser (or GRANT SET ON PARAMETER); without it the checks simply run.
 */
async function skipForeignKeyChecks(client: pg.ClientBase): Promise<boolean> {
  try {
    await client.query('SET session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

async function missingTables(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    'SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NULL',
    [tables],
  );
  return result.rows.map((row) => row.name);
}
