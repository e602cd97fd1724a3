/**
 * The invariant registry and runner. Every `*.invariants.ts` under src/ (compiled: `*.invariants.js` under
 * dist/src/) exporting `invariants: Invariant[]` is picked up by its name, so a module plugs in by adding one file
 * (see src/database/invariant.ts for the shape). All queries run in one READ ONLY, REPEATABLE READ transaction: one
 * consistent snapshot, and nothing written.
 */
import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import type { Invariant } from '../database/invariant.js';

export interface InvariantResult {
  invariant: Invariant;
  /** The first violating rows (at most SAMPLE). */
  violations: Record<string, unknown>[];
  /** The query itself failed (a missing table, a syntax error): as bad as a violation. */
  error?: string;
}

const SAMPLE = 20;
const here = dirname(fileURLToPath(import.meta.url));
const sourceRoot = join(here, '..');

function findInvariantFiles(folder: string, extension: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return findInvariantFiles(path, extension);
    return entry.name.endsWith(`.invariants${extension}`) ? [path] : [];
  });
}

/** Every module's invariants, sorted by name; throws on a duplicate name or a file exporting none. */
export async function loadInvariants(): Promise<Invariant[]> {
  const extension = extname(fileURLToPath(import.meta.url));
  const all: Invariant[] = [];
  for (const file of findInvariantFiles(sourceRoot, extension).sort()) {
    const loaded = (await import(pathToFileURL(file).href)) as { invariants?: Invariant[] };
    if (!Array.isArray(loaded.invariants)) throw new Error(`${file} exports no \`invariants\` array`);
    all.push(...loaded.invariants);
  }
  const names = all.map((i) => i.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`two invariants are named ${duplicate}`);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function checkInvariants(databaseUrl: string, invariants?: Invariant[]): Promise<InvariantResult[]> {
  const list = invariants ?? (await loadInvariants());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const results: InvariantResult[] = [];
    for (const invariant of list) {
      await client.query('SAVEPOINT invariant');
      try {
        const { rows } = await client.query(`SELECT * FROM (${invariant.sql}) AS violation LIMIT ${SAMPLE}`);
        results.push({ invariant, violations: rows as Record<string, unknown>[] });
        await client.query('RELEASE SAVEPOINT invariant');
      } catch (error) {
        results.push({ invariant, violations: [], error: error instanceof Error ? error.message : String(error) });
        await client.query('ROLLBACK TO SAVEPOINT invariant');
      }
    }
    await client.query('COMMIT');
    return results;
  } finally {
    await client.end();
  }
}

export const holds = (result: InvariantResult) => !result.error && result.violations.length === 0;

/** A plain-text report: one line per invariant, then the violating rows of each broken one. */
export function formatInvariantReport(results: InvariantResult[]): string {
  const status = (r: InvariantResult) => (r.error ? 'ERROR' : r.violations.length > 0 ? 'VIOLATED' : 'ok');
  const count = (r: InvariantResult) =>
    r.error ? '-' : r.violations.length >= SAMPLE ? `${SAMPLE}+` : String(r.violations.length);
  const rows = [
    ['status', 'invariant', 'rows', 'rule'],
    ...results.map((r) => [status(r), r.invariant.name, count(r), r.invariant.description]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  '));
  for (const result of results.filter((r) => !holds(r))) {
    lines.push('', `${result.invariant.name}: ${result.error ?? 'violating rows:'}`);
    for (const row of result.violations) lines.push(`  ${JSON.stringify(row)}`);
  }
  const broken = results.filter((r) => !holds(r)).length;
  lines.push(
    '',
    broken === 0 ? `all ${results.length} invariants hold` : `${broken} of ${results.length} invariants broken`,
  );
  return lines.join('\n');
}

/** For tests: throws with the report when any invariant is broken. */
export async function assertInvariants(databaseUrl: string): Promise<void> {
  const results = await checkInvariants(databaseUrl);
  if (results.length === 0) throw new Error('no invariants found: the registry did not load any *.invariants file');
  if (!results.every(holds)) throw new Error(`invariants broken:\n${formatInvariantReport(results)}`);
}
