/**
 * The data generator: fills one cooperative with `n` members, set-based (`INSERT ... SELECT generate_series`), one
 * statement per table family, so a million rows take seconds, not a million round trips.
 *
 * One function per table family, `generateX(client, cooperativeId, n)` (in `<module>.generate.ts` next to this file),
 * registered in FAMILIES after the families it reads: users, then the register, then what hangs off members. Each is
 * deterministic from the member number, so every run and every size has the same shape. A family whose tables are
 * missing is skipped and reported, never faked. Ballots and votes are not generated: the governance scenarios open
 * ballots through the API (that is what they measure) and write the votes a tally needs (scenarios/ballots.ts).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../../src/auth/password.js';
import { ROLES } from '../../src/common/access/role.js';
import { type BylawsValues, DEFAULT_BYLAWS } from '../../src/cooperatives/bylaws.rules.js';
import { generateLoans, LOAN_TABLES } from './credit-fund.generate.js';
import { skipForeignKeyChecks } from './postgres.js';
import { generateMembers, MEMBER_TABLES } from './members.generate.js';
import { generateShareCapital, SHARE_CAPITAL_TABLES } from './share-capital.generate.js';
import { generateSurplus, SURPLUS_TABLES } from './surplus.generate.js';

export interface TableFamily {
  name: string;
  /** The module owning the tables. */
  module: string;
  tables: string[];
  /** One line for the report: what the rows are. */
  what: string;
  /**
   * Reads only the families listed before the first `alongside` one: runs at the same time as the other `alongside`
   * families, each on its own connection (the machine's cores fill their tables in parallel).
   */
  alongside?: boolean;
  /** Inserts the family's rows for `n` members of the cooperative; returns the rows inserted. */
  generate(client: pg.ClientBase, cooperativeId: string, n: number): Promise<number>;
}

/** Member accounts: member-<i>@<cooperative>.bench.local, i in 1..n, all with MEMBER_PASSWORD. */
export const MEMBER_PASSWORD = 'bench-member-password';
export const memberEmail = (cooperativeId: string, i: number) => `member-${i}@${cooperativeId.slice(0, 8)}.bench.local`;
/** The cooperative's office: one account holding every staff role (secretary, treasurer, ...), same password. */
export const staffEmail = (cooperativeId: string) => `staff@${cooperativeId.slice(0, 8)}.bench.local`;
const STAFF_ROLES = ROLES.filter((role) => role !== 'member');

let memberPasswordHash: Promise<string> | undefined;

/**
 * One login account per member, holding the `member` role in the cooperative (users + role_grants) and an open
 * session, with one shared argon2id hash: hashing a million passwords would measure argon2, not the API. And the
 * staff account.
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
    // One open session per member, its id the member's user id, which the bench's tokens name (tokens.ts).
    const sessions = await client.query(
      `INSERT INTO sessions (id, user_id, created_at) SELECT id, id, created_at FROM users WHERE email LIKE '%@' || $1`,
      [domain],
    );
    const staff = await client.query(
      `WITH staff AS (INSERT INTO users (email, display_name, password_hash) VALUES ($2, 'Cooperative office', $3)
                      RETURNING id)
       INSERT INTO role_grants (cooperative_id, user_id, role) SELECT $1::uuid, id, role FROM staff, unnest($4::text[]) AS role`,
      [cooperativeId, staffEmail(cooperativeId), await memberPasswordHash, STAFF_ROLES],
    );
    await client.query('COMMIT');
    return (users.rowCount ?? 0) + (grants.rowCount ?? 0) + (sessions.rowCount ?? 0) + 1 + (staff.rowCount ?? 0);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export const FAMILIES: TableFamily[] = [
  {
    name: 'users',
    module: 'auth',
    tables: ['users', 'role_grants', 'sessions'],
    what: 'one login account per member with the `member` role and an open session, all sharing one argon2id hash',
    generate: generateUsers,
  },
  {
    name: 'members',
    module: 'membership',
    tables: MEMBER_TABLES,
    what:
      'the register: member i numbered i and linked to account i, admitted 2010 to 2025, 1 in 50 suspended and 1 in ' +
      '50 ceased, with their transitions',
    generate: generateMembers,
  },
  {
    name: 'share-capital',
    alongside: true,
    module: 'share-capital',
    tables: SHARE_CAPITAL_TABLES,
    what:
      '1 to 10 shares subscribed per member and paid (1 in 10 still owes; 1 in 3 paid in two instalments), ' +
      'with the balances the ledger keeps',
    generate: (client, cooperativeId) => generateShareCapital(client, cooperativeId),
  },
  {
    name: 'surplus',
    alongside: true,
    module: 'surplus',
    tables: SURPLUS_TABLES,
    what: 'fiscal year 2025 with its net surplus entered, patronage (value delivered) for 9 members in 10',
    generate: generateSurplus,
  },
  {
    name: 'loans',
    alongside: true,
    module: 'credit-fund',
    tables: LOAN_TABLES,
    what:
      'one loan for 1 active member in 10 (6 to 24 months at 12%), its schedule and repayments; 3 loans in 10 ' +
      'in arrears',
    generate: (client, cooperativeId) => generateLoans(client, cooperativeId),
  },
];

/**
 * The bench cooperative's bylaws: the defaults, except the ones that make the measured work realistic: voting needs
 * paid-up shares (the roll freeze reads the capital ledger), loans bear 12% a year (the generated loans do).
 */
export const BENCH_BYLAWS: BylawsValues = {
  ...DEFAULT_BYLAWS,
  votingRequiresPaidShares: true,
  loanInterestRatePercent: '12',
};

export interface Generated {
  cooperativeId: string;
  members: number;
  /** How to log in as member i (1..members), or as the staff account, when the users family ran. */
  accounts: { count: number; password: string; email(i: number): string; staffEmail: string } | null;
  families: { name: string; rows: number; seconds: number }[];
  skipped: { name: string; reason: string }[];
  /** False when the generator ran with session_replication_role = replica (see skipForeignKeyChecks). */
  foreignKeysChecked: boolean;
  /** Generation time (all families, index rebuild included), then VACUUM ANALYZE of what was written and a CHECKPOINT. */
  seconds: number;
  /** Of `seconds`, the time rebuilding the secondary indexes (see withoutSecondaryIndexes). */
  indexSeconds: number;
  analyzeSeconds: number;
}

/** A cooperative with the given bylaws (BENCH_BYLAWS unless told). */
export async function generateCooperative(
  client: pg.ClientBase,
  name: string,
  bylaws: BylawsValues = BENCH_BYLAWS,
): Promise<string> {
  const entries: [string, unknown][] = Object.entries(bylaws);
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
  const client = await generatorClient(databaseUrl);
  try {
    const { rows: role } = await client.query<{ role: string }>(
      "SELECT current_setting('session_replication_role') AS role",
    );
    const foreignKeysChecked = role[0].role !== 'replica';
    const started = performance.now();
    const cooperativeId = await generateCooperative(client, `Bench cooperative (${n} members)`);
    const families: Generated['families'] = [];
    const skipped: Generated['skipped'] = [];
    const written = new Set(['cooperatives', 'bylaws']);
    const runnable: TableFamily[] = [];
    for (const family of FAMILIES) {
      const missing = await missingTables(client, family.tables);
      if (missing.length > 0) skipped.push({ name: family.name, reason: `tables missing: ${missing.join(', ')}` });
      else runnable.push(family);
    }
    const fill = async (family: TableFamily, on: pg.ClientBase) => {
      const familyStarted = performance.now();
      const rows = await family.generate(on, cooperativeId, n);
      const seconds = (performance.now() - familyStarted) / 1000;
      families.push({ name: family.name, rows, seconds });
      family.tables.forEach((table) => written.add(table));
      log(`  generated ${family.name}: ${rows} rows in ${seconds.toFixed(1)} s`);
    };
    const tables = [...new Set(runnable.flatMap((family) => family.tables))];
    const indexSeconds = await withoutSecondaryIndexes(databaseUrl, client, tables, async () => {
      for (const family of runnable.filter((f) => !f.alongside)) await fill(family, client);
      await Promise.all(
        runnable.filter((f) => f.alongside).map((family) => onOwnClient(databaseUrl, (own) => fill(family, own))),
      );
    });
    log(`  rebuilt the secondary indexes in ${indexSeconds.toFixed(1)} s`);
    const seconds = (performance.now() - started) / 1000;
    const analyzeStarted = performance.now();
    await client.query(`VACUUM ANALYZE ${[...written].map((table) => client.escapeIdentifier(table)).join(', ')}`);
    // The fill leaves gigabytes of dirty pages at 1M: the checkpoint writes them back here, so that no scenario runs
    // while the checkpointer does. A server where this role may not checkpoint skips it (pg_checkpoint or superuser).
    await client.query('CHECKPOINT').catch((error: Error) => log(`  no CHECKPOINT after generating: ${error.message}`));
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const hasUsers = families.some((family) => family.name === 'users');
    return {
      cooperativeId,
      members: n,
      accounts: hasUsers
        ? {
            count: n,
            password: MEMBER_PASSWORD,
            email: (i) => memberEmail(cooperativeId, i),
            staffEmail: staffEmail(cooperativeId),
          }
        : null,
      families,
      skipped,
      foreignKeysChecked,
      seconds,
      indexSeconds,
      analyzeSeconds,
    };
  } finally {
    await client.end();
  }
}

/**
 * Runs `fill` with the tables' secondary indexes (those backing no constraint) dropped, then builds them again, as
 * pg_restore does: one sorted build per index is several times faster than a million index insertions each. Primary
 * keys and unique constraints stay (the fill relies on them). Returns the seconds the rebuild took.
 */
async function withoutSecondaryIndexes(
  databaseUrl: string,
  client: pg.ClientBase,
  tables: string[],
  fill: () => Promise<void>,
) {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY pg_relation_size(i.indrelid) DESC`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  let rebuildStarted = 0;
  try {
    await fill();
  } finally {
    // Two builds at a time (this machine's cores), the largest tables' indexes first.
    rebuildStarted = performance.now();
    const queue = [...indexes];
    const build = async (on: pg.ClientBase) => {
      for (let index = queue.shift(); index; index = queue.shift()) await on.query(index.definition);
    };
    await Promise.all([build(client), onOwnClient(databaseUrl, build)]);
  }
  return (performance.now() - rebuildStarted) / 1000;
}

/** A generator's connection: triggers off when allowed (skipForeignKeyChecks), room for index builds. */
async function generatorClient(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await skipForeignKeyChecks(client);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  return client;
}

async function onOwnClient<T>(databaseUrl: string, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const client = await generatorClient(databaseUrl);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function missingTables(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    'SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NULL',
    [tables],
  );
  return result.rows.map((row) => row.name);
}
