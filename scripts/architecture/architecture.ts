/**
 * The module boundaries of docs/architecture.md (STYLE.md, Layers), checked on the source text with the TypeScript
 * parser: no type checking, so the whole tree takes well under a second. Pure: it takes the files as text, so a spec
 * can plant a small tree; `readTree` is the only part that reads the disk.
 * - tables: SQL in a module names only the tables its own entities declare (SQL keywords in capitals mark a string
 *   as SQL; a table counts after FROM, JOIN, INTO, UPDATE, TABLE, TRUNCATE, REFERENCES, or as the first argument of
 *   a query-builder call). Another module's data is read through what its owner exports, e.g. a `*.sql.ts` builder
 *   called by name: the SQL text then lives in the owner's file.
 * - entities: a module imports no other module's `*.entity.ts` to query with; a type-only import of a lower module's
 *   entity (the record its owner's service returns, e.g. CooperativeService.bylaws) is checked as any import.
 * - ladder: a module imports only modules lower on LADDER (siblings neither way, except infrastructure).
 * - circles: no import circle between modules (any import; the infrastructure folders count as one), nor between files (value imports: type-only imports are
 *   erased and cannot make an initialisation-order problem).
 * - global: no `@Global()` module outside infrastructure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { circles } from './circles.js';
import { BUILDER_METHODS, tablesInSql } from './sql-tables.js';

/** A file of the tree, its path relative to the repository root in POSIX form (`src/membership/member.service.ts`). */
export interface TreeFile {
  path: string;
  text: string;
}

export type Rule = 'tables' | 'entities' | 'ladder' | 'circles' | 'global';
export const RULES: readonly Rule[] = ['tables', 'entities', 'ladder', 'circles', 'global'];

export interface Violation {
  rule: Rule;
  file: string;
  line: number;
  /** What is named or imported, without a line number, so that `${file} ${target}` survives unrelated edits. */
  target: string;
  why: string;
}

/**
 * The ladder of STYLE.md, a module may import a module of a lower rung only, with one choice of ours: STYLE.md puts
 * auth and audit on one rung below cooperatives, but auth's roles are per cooperative (the guard resolves a caller's
 * standing in the cooperative of the path) and auth records audit entries, so the order is audit <- cooperatives <-
 * auth; the access decorators every controller uses live in common/access (docs/architecture.md).
 */
export const LADDER: Readonly<Record<string, number>> = {
  common: 0,
  config: 0,
  database: 0,
  audit: 1,
  cooperatives: 2,
  // Webhook endpoints and their delivery worker read events through audit's exported SQL only; nothing imports them.
  webhooks: 2,
  auth: 3,
  membership: 4,
  'share-capital': 5,
  governance: 6,
  'credit-fund': 6,
  surplus: 7,
};
/** The bottom rung: one layer of infrastructure, its folders may import one another (circles still fail). */
export const INFRASTRUCTURE: readonly string[] = ['common', 'config', 'database'];
/** Where the app is composed: these folders and the files directly in src/ may import every module. */
export const COMPOSITION: readonly string[] = ['openapi', 'invariants', 'health'];
/** Tables that no entity declares (created by migrations or by TypeORM itself), with their owner. */
export const TABLES_WITHOUT_ENTITY: Readonly<Record<string, string>> = {
  migrations: 'database', // TypeORM's record of the migrations run (migrationsTableName)
};

const COMPOSED = 'composition';
const INFRA_OWNER = 'infrastructure';

/** The module (folder under src/) a path belongs to, `composition`, or undefined outside src/. */
export function moduleOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2 || COMPOSITION.includes(parts[1])) return COMPOSED;
  return parts[1];
}

/** Who owns a module's tables: infrastructure folders own theirs together. */
function ownerGroup(module: string): string {
  return INFRASTRUCTURE.includes(module) ? INFRA_OWNER : module;
}

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

function parse(file: TreeFile): ts.SourceFile {
  return ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function decoratorName(decorator: ts.Decorator): string | undefined {
  const call = decorator.expression;
  if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) return call.expression.text;
  return undefined;
}

/** The table an `@Entity('name')` or `@Entity({ name: 'name' })` decorator declares. */
function entityTable(decorator: ts.Decorator): string | undefined {
  if (decoratorName(decorator) !== 'Entity') return undefined;
  const [arg] = (decorator.expression as ts.CallExpression).arguments;
  if (arg && ts.isStringLiteralLike(arg)) return arg.text;
  if (arg && ts.isObjectLiteralExpression(arg)) {
    for (const property of arg.properties) {
      if (
        ts.isPropertyAssignment(property) &&
        ts.isIdentifier(property.name) &&
        property.name.text === 'name' &&
        ts.isStringLiteralLike(property.initializer)
      ) {
        return property.initializer.text;
      }
    }
  }
  return undefined;
}

export interface Ownership {
  /** table -> owning module (`infrastructure` for common, config and database). */
  owners: Map<string, string>;
  /** table -> where it is declared (`file:line`, or `no entity` for TABLES_WITHOUT_ENTITY). */
  declaredAt: Map<string, string>;
  /** Tables declared by more than one entity, or by an entity outside the modules. */
  problems: string[];
}

/** Table ownership, read from the entities: the folder of an `@Entity` file owns its table. */
export function ownership(files: readonly TreeFile[]): Ownership {
  const owners = new Map<string, string>();
  const declaredAt = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    if (!file.text.includes('@Entity')) continue;
    const module = moduleOf(file.path);
    const source = parse(file);
    walk(source, (node) => {
      if (!ts.isClassDeclaration(node)) return;
      for (const decorator of ts.getDecorators(node) ?? []) {
        const table = entityTable(decorator);
        if (table === undefined) continue;
        const at = `${file.path}:${lineOf(source, decorator.getStart(source))}`;
        if (module === undefined || module === COMPOSED) {
          problems.push(`${at}: entity of table ${table} outside a module`);
        } else if (declaredAt.has(table)) {
          problems.push(`${at}: table ${table} is already declared at ${declaredAt.get(table)}`);
        } else {
          owners.set(table, ownerGroup(module));
          declaredAt.set(table, at);
        }
      }
    });
  }
  for (const [table, module] of Object.entries(TABLES_WITHOUT_ENTITY)) {
    if (declaredAt.has(table))
      problems.push(`${table}: in TABLES_WITHOUT_ENTITY but declared at ${declaredAt.get(table)}`);
    owners.set(table, ownerGroup(module));
    declaredAt.set(table, 'no entity');
  }
  return { owners, declaredAt, problems };
}

/**
 * Tables the migrations create, for the check that each has an owner: in the order of the files, what their `up`
 * creates, less what it renames (under the new name) or drops.
 */
export function tablesCreatedByMigrations(files: readonly TreeFile[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const up = file.text.split(/async down\(/)[0];
    for (const match of up.matchAll(
      /CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?|ALTER TABLE "?(\w+)"? RENAME TO "?(\w+)"?|DROP TABLE (?:IF EXISTS )?"?(\w+)"?/g,
    )) {
      const [, created, renamed, to, dropped] = match;
      if (created && !tables.has(created)) tables.set(created, file.path);
      if (renamed && tables.delete(renamed)) tables.set(to, file.path);
      if (dropped) tables.delete(dropped);
    }
  }
  return tables;
}

// --- tables ----------------------------------------------------------------------------------------------------------

function checkTables(file: TreeFile, source: ts.SourceFile, module: string, owners: Map<string, string>): Violation[] {
  const mine = ownerGroup(module);
  const violations: Violation[] = [];
  const report = (table: string, position: number, how: string) => {
    const owner = owners.get(table);
    if (owner === undefined || owner === mine) return;
    violations.push({
      rule: 'tables',
      file: file.path,
      line: lineOf(source, position),
      target: table,
      why: `${how} names ${table}, owned by ${owner}: call what ${owner} exports (a service method or its *.sql.ts builder)`,
    });
  };
  walk(source, (node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))) return;
      const raw = node.getText(source);
      for (const { table, offset } of tablesInSql(raw)) report(table, node.getStart(source) + offset, 'SQL');
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [first] = node.arguments;
      if (BUILDER_METHODS.has(node.expression.name.text) && first && ts.isStringLiteralLike(first)) {
        report(first.text.replace(/"/g, '').toLowerCase(), first.getStart(source), `.${node.expression.name.text}()`);
      }
    }
  });
  return violations;
}

// --- imports ------------------------------------------------------------------------------------------------------

interface Import {
  from: string;
  to: string;
  line: number;
  typeOnly: boolean;
}

/** Resolves a relative specifier (`../x/y.js`) to a tree path (`src/x/y.ts`). */
function resolve(from: string, specifier: string, paths: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`, base];
  return candidates.find((candidate) => paths.has(candidate)) ?? candidates[0];
}

function importsOf(file: TreeFile, source: ts.SourceFile, paths: ReadonlySet<string>): Import[] {
  const found: Import[] = [];
  const add = (specifier: ts.Expression, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(specifier)) return;
    const to = resolve(file.path, specifier.text, paths);
    if (to !== undefined)
      found.push({ from: file.path, to, line: lineOf(source, specifier.getStart(source)), typeOnly });
  };
  walk(source, (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier, allTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      if (node.arguments[0]) add(node.arguments[0], false);
    }
  });
  return found;
}

function checkImport(edge: Import): Violation[] {
  const from = moduleOf(edge.from);
  const to = moduleOf(edge.to);
  if (from === undefined || to === undefined || from === to || from === COMPOSED) return [];
  const violations: Violation[] = [];
  const at = { file: edge.from, line: edge.line, target: edge.to };
  if (edge.to.endsWith('.entity.ts') && !edge.typeOnly) {
    // Reported once, here: an entity import across modules is wrong wherever it points on the ladder.
    return [{ rule: 'entities', ...at, why: `imports an entity of ${to}: entities belong to their module` }];
  }
  const fromRung = LADDER[from];
  const toRung = LADDER[to];
  let why: string | undefined;
  if (fromRung === undefined) why = `src/${from} is not on the ladder: place it in LADDER or COMPOSITION`;
  else if (to === COMPOSED) why = `${from} imports the composition level`;
  else if (toRung === undefined) why = `imports src/${to}, which is not on the ladder`;
  else if (toRung > fromRung) why = `${from} (rung ${fromRung}) imports ${to}, higher (rung ${toRung})`;
  else if (toRung === fromRung && fromRung !== 0) why = `${from} imports its sibling ${to} (same rung ${toRung})`;
  if (why !== undefined) violations.push({ rule: 'ladder', ...at, why });
  return violations;
}

function checkCircles(imports: readonly Import[]): Violation[] {
  const moduleEdges = new Map<string, Set<string>>();
  const fileEdges = new Map<string, Set<string>>();
  const link = (edges: Map<string, Set<string>>, from: string, to: string) => {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  };
  for (const edge of imports) {
    const from = moduleOf(edge.from);
    const to = moduleOf(edge.to);
    if (from === undefined || to === undefined) continue;
    // The infrastructure folders are one rung that may import itself: between modules it counts as one node.
    if (ownerGroup(from) !== ownerGroup(to)) link(moduleEdges, ownerGroup(from), ownerGroup(to));
    if (!edge.typeOnly) link(fileEdges, edge.from, edge.to);
  }
  const violations: Violation[] = [];
  for (const component of circles(moduleEdges)) {
    const inside = imports.filter((edge) => {
      const from = ownerGroup(moduleOf(edge.from)!);
      const to = ownerGroup(moduleOf(edge.to)!);
      return from !== to && component.includes(from) && component.includes(to);
    });
    violations.push({
      rule: 'circles',
      file: `src/${component[0]}`,
      line: 0,
      target: `modules ${component.join(' <-> ')}`,
      why: `modules import one another: ${inside.map((edge) => `${edge.from}:${edge.line} -> ${edge.to}`).join(', ')}`,
    });
  }
  for (const component of circles(fileEdges)) {
    violations.push({
      rule: 'circles',
      file: component[0],
      line: 0,
      target: `files ${component.join(' <-> ')}`,
      why: 'files import one another (value imports)',
    });
  }
  return violations;
}

function checkGlobal(file: TreeFile, source: ts.SourceFile, module: string): Violation[] {
  if (INFRASTRUCTURE.includes(module) || module === COMPOSED) return [];
  const violations: Violation[] = [];
  walk(source, (node) => {
    if (!ts.isClassDeclaration(node)) return;
    for (const decorator of ts.getDecorators(node) ?? []) {
      if (decoratorName(decorator) !== 'Global') continue;
      const name = node.name?.text ?? '(anonymous)';
      violations.push({
        rule: 'global',
        file: file.path,
        line: lineOf(source, decorator.getStart(source)),
        target: name,
        why: `${name} is @Global(): a module that needs it imports it`,
      });
    }
  });
  return violations;
}

/** Every violation of every rule in the tree (files under src/; others are ignored). */
export function checkArchitecture(files: readonly TreeFile[]): Violation[] {
  const sources = files.filter((file) => moduleOf(file.path) !== undefined && file.path.endsWith('.ts'));
  const paths = new Set(sources.map((file) => file.path));
  const { owners } = ownership(sources);
  const violations: Violation[] = [];
  const imports: Import[] = [];
  for (const file of sources) {
    const module = moduleOf(file.path)!;
    const source = parse(file);
    const own = importsOf(file, source, paths);
    imports.push(...own);
    if (module !== COMPOSED) violations.push(...checkTables(file, source, module, owners));
    for (const edge of own) violations.push(...checkImport(edge));
    violations.push(...checkGlobal(file, source, module));
  }
  violations.push(...checkCircles(imports));
  return violations;
}

/** The ratchet key of a violation: rule-free, line-free, so the list survives edits elsewhere in a file. */
export function keyOf(violation: Violation): string {
  return `${violation.file} ${violation.target}`;
}

/** The violations of one rule as sorted unique keys. */
export function keysOf(violations: readonly Violation[], rule: Rule): string[] {
  return [...new Set(violations.filter((v) => v.rule === rule).map(keyOf))].sort();
}

export function describeViolation(violation: Violation): string {
  return `${violation.file}${violation.line > 0 ? `:${violation.line}` : ''}: ${violation.target}: ${violation.why}`;
}

/** The .ts files under the given folders of the repository, as a tree. */
export function readTree(root: string, folders: readonly string[]): TreeFile[] {
  const files: TreeFile[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (!entry.endsWith('.ts')) continue;
      const path = posix.join(folder, entry.split('\\').join('/'));
      files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  }
  return files;
}
