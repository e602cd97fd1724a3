/** Each architecture rule fails on a small planted tree, with exactly the violations planted. */
import { checkArchitecture, describeViolation, type Rule, type TreeFile } from './architecture.js';
import { tablesInSql } from './sql-tables.js';

const entity = (path: string, table: string, name: string): TreeFile => ({
  path,
  text: `import { Entity } from 'typeorm';\n@Entity('${table}')\nexport class ${name} {}\n`,
});

/** A tree that keeps every rule: each test below adds one file. */
const CLEAN: TreeFile[] = [
  entity('src/membership/member.entity.ts', 'members', 'Member'),
  entity('src/share-capital/capital-entry.entity.ts', 'capital_entries', 'CapitalEntry'),
  entity('src/governance/ballot.entity.ts', 'ballots', 'Ballot'),
  {
    path: 'src/share-capital/capital.sql.ts',
    text: "export const paidUpSql = () => 'SELECT member_id, sum(paid_up) FROM capital_entries GROUP BY member_id';\n",
  },
  {
    path: 'src/governance/ballot.service.ts',
    text: [
      "import { paidUpSql } from '../share-capital/capital.sql.js';",
      "import type { Member } from '../membership/member.service.js';",
      'export const tally = (m: Member) => `SELECT b.id FROM ballots b JOIN (${paidUpSql()}) p ON true`;',
      "export const prose = 'votes from members count, taken from capital_entries';",
      '',
    ].join('\n'),
  },
  { path: 'src/membership/member.service.ts', text: 'export type Member = { id: string };\n' },
  {
    path: 'src/database/database.module.ts',
    text: "import { Global, Module } from '@nestjs/common';\n@Global()\n@Module({})\nexport class DatabaseModule {}\n",
  },
  { path: 'src/app.module.ts', text: "import { Ballot } from './governance/ballot.entity.js';\nexport { Ballot };\n" },
];

/** Membership (rung 3) importing governance (rung 5), which imports membership back in CLEAN. */
const MEMBERSHIP_IMPORTS_GOVERNANCE: TreeFile = {
  path: 'src/membership/admission.ts',
  text: "import { tally } from '../governance/ballot.service.js';\n",
};

const file = (path: string, text: string): TreeFile => ({ path, text });

/** One rule's violations on CLEAN plus these files, as `file:line target`. */
function plantedOf(rule: Rule, ...files: TreeFile[]): string[] {
  return checkArchitecture([...CLEAN, ...files])
    .filter((v) => v.rule === rule)
    .map((v) => `${v.file}:${v.line} ${v.target}`);
}

function planted(...files: TreeFile[]): { rule: Rule; at: string; target: string }[] {
  return checkArchitecture([...CLEAN, ...files]).map((v) => ({
    rule: v.rule,
    at: `${v.file}:${v.line}`,
    target: v.target,
  }));
}

describe('the architecture rules on a planted tree', () => {
  it('pass on the clean tree: own tables, builders called by name, prose, composition and infrastructure', () => {
    expect(checkArchitecture(CLEAN).map(describeViolation)).toEqual([]);
  });

  it('tables: SQL of governance naming share capital’s ledger (plain, template and query-builder forms)', () => {
    const sql = {
      path: 'src/governance/paid-shares.ts',
      text: [
        'export const a = `SELECT m.id',
        '  FROM ballots b, capital_entries e WHERE e.member_id = $1`;',
        "export const b = (manager: any) => manager.createQueryBuilder().select('1').from('members', 'm');",
        'export const c = (x: string) => `UPDATE "members" SET x = ${x}`;',
        '',
      ].join('\n'),
    };
    expect(planted(sql)).toEqual([
      { rule: 'tables', at: 'src/governance/paid-shares.ts:2', target: 'capital_entries' },
      { rule: 'tables', at: 'src/governance/paid-shares.ts:3', target: 'members' },
      { rule: 'tables', at: 'src/governance/paid-shares.ts:4', target: 'members' },
    ]);
  });

  it('entities: a governance file importing the membership entity', () => {
    const electorate = file(
      'src/governance/electorate.ts',
      "import { Member } from '../membership/member.entity.js';\nexport const m = Member;\n",
    );
    expect(planted(electorate)).toEqual([
      { rule: 'entities', at: 'src/governance/electorate.ts:1', target: 'src/membership/member.entity.ts' },
    ]);
  });

  it('ladder: membership importing governance, credit fund importing its sibling, a folder off the ladder', () => {
    const sibling = "import type { tally } from '../governance/ballot.service.js';\n";
    const offLadder = "import { paidUpSql } from '../share-capital/capital.sql.js';\n";
    expect(
      plantedOf(
        'ladder',
        MEMBERSHIP_IMPORTS_GOVERNANCE,
        file('src/credit-fund/loan.ts', sibling),
        file('src/reports/report.ts', offLadder),
      ),
    ).toEqual([
      'src/membership/admission.ts:1 src/governance/ballot.service.ts',
      'src/credit-fund/loan.ts:1 src/governance/ballot.service.ts',
      'src/reports/report.ts:1 src/share-capital/capital.sql.ts',
    ]);
  });

  it("circles: modules importing one another (governance's side type-only), and files importing one another", () => {
    const a = file('src/share-capital/a.ts', "import { b } from './b.js';\nexport const a = 1;\n");
    const b = file('src/share-capital/b.ts', "export { a as b } from './a.js';\n");
    expect(plantedOf('circles', MEMBERSHIP_IMPORTS_GOVERNANCE, a, b)).toEqual([
      'src/governance:0 modules governance <-> membership',
      'src/share-capital/a.ts:0 files src/share-capital/a.ts <-> src/share-capital/b.ts',
    ]);
  });

  it('circles: type-only imports between files make no circle (they are erased)', () => {
    const a = file('src/share-capital/a.ts', "import type { B } from './b.js';\nexport type A = B;\n");
    const b = file('src/share-capital/b.ts', "import type { A } from './a.js';\nexport type B = A;\n");
    expect(planted(a, b)).toEqual([]);
  });

  it('global: a @Global() domain module (infrastructure may be)', () => {
    const module = file(
      'src/share-capital/share-capital.module.ts',
      "import { Global, Module } from '@nestjs/common';\n\n@Global()\n@Module({})\nexport class ShareCapitalModule {}\n",
    );
    expect(planted(module)).toEqual([
      { rule: 'global', at: 'src/share-capital/share-capital.module.ts:3', target: 'ShareCapitalModule' },
    ]);
  });

  it('reads the tables an SQL text names after FROM, JOIN, INTO, UPDATE, TABLE, REFERENCES', () => {
    const sql = `WITH x AS (SELECT 1 FROM public."members" m, ballots AS b LEFT JOIN capital_entries e ON true)
      INSERT INTO audit_log SELECT * FROM x; UPDATE loans SET a = 1; LOCK TABLE proxies; FOR UPDATE OF m`;
    expect(tablesInSql(sql).map((found) => found.table)).toEqual([
      'members',
      'ballots',
      'capital_entries',
      'audit_log',
      'x',
      'loans',
      'proxies',
    ]);
    expect(tablesInSql('taken from members and into ballots')).toEqual([]);
  });
});
