/**
 * The app's routes as a matcher, read once from the controllers' metadata (the same paths and methods Nest gives
 * Express): which methods a path has (405 with `Allow`, in the problem filter) and which media types a route's body
 * may have (415, before the body is read). A trie of path segments, so a lookup costs one step per segment whatever
 * the number of routes; it is consulted only off the happy path (a request no route took, a body that is not JSON).
 * It matches as Express 5 does by default: literals case-insensitively, `:param` one non-empty segment, a trailing
 * slash optional. A path syntax it cannot mirror (optional groups, wildcards, regexps) stops the boot.
 */
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';

export interface RouteSpec {
  /** Upper case: `GET`, `PATCH`... */
  method: string;
  /** Express form: `/v1/cooperatives/:cooperativeId/bylaws` */
  path: string;
  /** The media types its body may have (`@ApiConsumes`, else JSON). */
  consumes: readonly string[];
}

export const JSON_MEDIA_TYPE = 'application/json';

/** The order `Allow` lists methods in. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface Node {
  literals: Map<string, Node>;
  param?: Node;
  /** The routes ending here by method, each with its registration order (Express tries routes in that order). */
  routes: Map<string, { spec: RouteSpec; order: number }>;
}

const newNode = (): Node => ({ literals: new Map(), routes: new Map() });

export class RouteTable {
  private readonly root = newNode();

  constructor(routes: readonly RouteSpec[]) {
    routes.forEach((spec, order) => {
      let node = this.root;
      for (const segment of segmentsOf(spec.path)) {
        if (/[*?+(){}]/.test(segment)) {
          throw new Error(`Route table: ${spec.method} ${spec.path} uses a path syntax it does not mirror`);
        }
        if (segment.startsWith(':')) {
          node.param ??= newNode();
          node = node.param;
        } else {
          const literal = segment.toLowerCase();
          let next = node.literals.get(literal);
          if (!next) node.literals.set(literal, (next = newNode()));
          node = next;
        }
      }
      if (!node.routes.has(spec.method)) node.routes.set(spec.method, { spec, order });
    });
  }

  /** The methods `path` answers, in `Allow` order (HEAD with GET, OPTIONS always); empty for an unknown path. */
  methodsAt(path: string): string[] {
    const methods = new Set<string>();
    for (const node of this.nodesAt(path)) for (const method of node.routes.keys()) methods.add(method);
    if (methods.size === 0) return [];
    if (methods.delete('ALL')) METHOD_ORDER.forEach((m) => methods.add(m));
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }

  /** The route Express runs for `method` on `path` (HEAD runs GET's), if any. */
  route(method: string, path: string): RouteSpec | undefined {
    let best: { spec: RouteSpec; order: number } | undefined;
    const consider = (node: Node, m: string) => {
      const candidate = node.routes.get(m);
      if (candidate && (!best || candidate.order < best.order)) best = candidate;
    };
    for (const node of this.nodesAt(path)) {
      consider(node, method);
      if (method === 'HEAD') consider(node, 'GET');
      consider(node, 'ALL');
    }
    return best?.spec;
  }

  /** Every node whose template matches `path` (a literal and a parameter may both match a segment). */
  private nodesAt(path: string): Node[] {
    let frontier = [this.root];
    for (const segment of segmentsOf(path)) {
      if (segment === '') return [];
      const literal = segment.toLowerCase();
      const next: Node[] = [];
      for (const node of frontier) {
        const byLiteral = node.literals.get(literal);
        if (byLiteral) next.push(byLiteral);
        if (node.param) next.push(node.param);
      }
      if (next.length === 0) return [];
      frontier = next;
    }
    return frontier;
  }
}

function rank(method: string): number {
  const i = METHOD_ORDER.indexOf(method);
  return i === -1 ? METHOD_ORDER.length : i;
}

/** `/a/b/` -> ['a', 'b']; `/` -> []. */
function segmentsOf(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' || trimmed === '' ? [] : trimmed.replace(/^\//, '').split('/');
}

/** The routes of the app's controllers, in the order Nest registers them with Express. */
export function routesOf(modules: ModulesContainer): RouteSpec[] {
  const scanner = new MetadataScanner();
  const routes: RouteSpec[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const bases = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const own: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (own === undefined) continue;
        const method = RequestMethod[(Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod) ?? 0];
        const consumes: unknown =
          Reflect.getMetadata(DECORATORS.API_CONSUMES, handler) ??
          Reflect.getMetadata(DECORATORS.API_CONSUMES, controller);
        for (const base of bases) {
          for (const path of pathsOf(own)) {
            routes.push({
              method,
              path: joinPaths(base, path),
              consumes: Array.isArray(consumes) && consumes.length > 0 ? (consumes as string[]) : [JSON_MEDIA_TYPE],
            });
          }
        }
      }
    }
  }
  return routes;
}

function pathsOf(metadata: unknown): string[] {
  const paths = (Array.isArray(metadata) ? metadata : [metadata]).filter((p): p is string => typeof p === 'string');
  return paths.length > 0 ? paths : [''];
}

function joinPaths(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

const tables = new WeakMap<ModulesContainer, RouteTable>();

/** The app's table, built on first use and kept for the app's lifetime (one per app, so tests' apps do not mix). */
export function routeTableOf(modules: ModulesContainer): RouteTable {
  let table = tables.get(modules);
  if (!table) tables.set(modules, (table = new RouteTable(routesOf(modules))));
  return table;
}
