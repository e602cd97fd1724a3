/**
 * The architecture test: the rules of scripts/architecture/architecture.ts on the real src/ tree. What still breaks
 * them is listed in ratchet.ts and asserted exactly, so that list can only shrink.
 * Regenerate ratchet.ts and the table list of docs/architecture.md after a change (one command):
 *   ARCH_RATCHET=write npm test -- scripts/architecture
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkArchitecture,
  describeViolation,
  keysOf,
  ownership,
  readTree,
  RULES,
  tablesCreatedByMigrations,
  type Rule,
} from './architecture.js';
import { RATCHET } from './ratchet.js';

const ROOT = process.cwd();
const RATCHET_FILE = join(ROOT, 'scripts/architecture/ratchet.ts');
const DOC_FILE = join(ROOT, 'docs/architecture.md');
const DOC_BEGIN = '<!-- tables:begin (generated: ARCH_RATCHET=write npm test -- scripts/architecture) -->';
const DOC_END = '<!-- tables:end -->';

const WHY: Record<Rule, string> = {
  tables: 'SQL naming a table of another module (file, table)',
  entities: 'imports of another module’s entity (file, entity file)',
  ladder: 'imports up the ladder or between siblings (file, imported file)',
  circles: 'import circles (first member, the circle)',
  global: '@Global() domain modules (file, class)',
};

const tree = readTree(ROOT, ['src']);
const violations = checkArchitecture(tree);
const owned = ownership(tree);

function ratchetSource(): string {
  const lists = RULES.map((rule) => {
    const keys = keysOf(violations, rule).map((key) => `    '${key}',`);
    const list = keys.length === 0 ? [`  ${rule}: [],`] : [`  ${rule}: [`, ...keys, '  ],'];
    return [`  // ${WHY[rule]}`, ...list].join('\n');
  });
  return [
    '/**',
    ' * The violations of the architecture rules left on the tree, asserted exactly by architecture.spec.ts: fixing one',
    ' * fails the test until its line goes, so this list only shrinks. Each entry is `file target` (no line numbers).',
    ' * Generated: ARCH_RATCHET=write npm test -- scripts/architecture',
    ' */',
    'export const RATCHET: Record<string, readonly string[]> = {',
    ...lists,
    '};',
    '',
  ].join('\n');
}

/** The owners as a Markdown table, padded as Prettier pads it (so formatting the doc keeps it equal). */
function tableList(): string {
  const rows = [...owned.owners.entries()]
    .sort(([a, ownerA], [b, ownerB]) => ownerA.localeCompare(ownerB) || a.localeCompare(b))
    .map(([table, owner]) => [`\`${table}\``, owner, owned.declaredAt.get(table)!.replace(/:\d+$/, '')]);
  const header = ['table', 'owner', 'declared in'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [DOC_BEGIN, '', line(header), rule, ...rows.map(line), '', DOC_END].join('\n');
}

function docWithTables(doc: string): string {
  const begin = doc.indexOf(DOC_BEGIN);
  const end = doc.indexOf(DOC_END);
  if (begin < 0 || end < begin) throw new Error(`docs/architecture.md lacks the markers ${DOC_BEGIN} ... ${DOC_END}`);
  return doc.slice(0, begin) + tableList() + doc.slice(end + DOC_END.length);
}

if (process.env.ARCH_RATCHET === 'write') {
  writeFileSync(RATCHET_FILE, ratchetSource());
  writeFileSync(DOC_FILE, docWithTables(readFileSync(DOC_FILE, 'utf8')));
}
const ratchet: Record<string, readonly string[]> =
  process.env.ARCH_RATCHET === 'write'
    ? Object.fromEntries(RULES.map((rule) => [rule, keysOf(violations, rule)]))
    : RATCHET;

/** Empty when the rule's violations are exactly the ratchet's; else what is new (with where and why) and what went. */
function drift(rule: Rule): string {
  const listed = new Set(ratchet[rule] ?? []);
  const current = keysOf(violations, rule);
  const added = violations.filter((v) => v.rule === rule && !listed.has(`${v.file} ${v.target}`));
  const gone = [...listed].filter((key) => !current.includes(key));
  const lines = [
    ...added.map((v) => `new: ${describeViolation(v)}`),
    ...gone.map((key) => `fixed, remove it from ratchet.ts (${rule}): ${key}`),
  ];
  return lines.join('\n');
}

describe('architecture (docs/architecture.md)', () => {
  it('every table has exactly one owner: an entity’s module, or TABLES_WITHOUT_ENTITY', () => {
    const migrations = readTree(ROOT, ['migrations']);
    const orphans = [...tablesCreatedByMigrations(migrations)]
      .filter(([table]) => !owned.owners.has(table))
      .map(([table, file]) => `${file}: table ${table} has no entity and is not in TABLES_WITHOUT_ENTITY`);
    expect([...owned.problems, ...orphans].join('\n')).toBe('');
  });

  it('tables: SQL in a module names only its own tables (others through the owner’s exports)', () => {
    expect(drift('tables')).toBe('');
  });

  it('entities: no module imports another module’s entity', () => {
    expect(drift('entities')).toBe('');
  });

  it('ladder: a module imports only lower modules (STYLE.md: common, config, database <- auth, audit <- ...)', () => {
    expect(drift('ladder')).toBe('');
  });

  it('circles: no import circle between modules, nor between files', () => {
    expect(drift('circles')).toBe('');
  });

  it('global: no domain module is @Global()', () => {
    expect(drift('global')).toBe('');
  });

  it('docs/architecture.md lists the tables and owners the test reads', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    expect(docWithTables(doc)).toBe(doc);
  });
});
