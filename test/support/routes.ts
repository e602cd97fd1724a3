/**
 * The routes of a running app, read from the controllers' metadata: method, path (in OpenAPI's `{param}` form),
 * handler name (= operationId) and declared AccessRule. The reliability suite joins them with openapi.yaml, so a
 * route is covered by being written, not by being listed.
 */
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_RULE, type AccessRule } from '../../src/common/access/access.decorator.js';

export interface RouteInfo {
  controller: string;
  handler: string;
  method: string;
  /** `/v1/cooperatives/{cooperativeId}/bylaws` */
  path: string;
  rule?: AccessRule;
}

const METHOD_NAMES: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.OPTIONS]: 'options',
  [RequestMethod.HEAD]: 'head',
  [RequestMethod.ALL]: 'all',
};

export function appRoutes(app: INestApplication): RouteInfo[] {
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of controllers) {
    const prototype = Object.getPrototypeOf(wrapper.instance);
    const base = firstPath(Reflect.getMetadata(PATH_METADATA, wrapper.metatype!));
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const own = Reflect.getMetadata(PATH_METADATA, handler);
      if (own === undefined) continue;
      const method: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler) ?? RequestMethod.GET;
      const rule: AccessRule | undefined =
        Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, wrapper.metatype!);
      routes.push({
        controller: wrapper.name,
        handler: name,
        method: METHOD_NAMES[method] ?? `method-${method}`,
        path: toOpenApiPath(base, firstPath(own)),
        rule,
      });
    }
  }
  return routes;
}

function firstPath(path: unknown): string {
  const first: unknown = Array.isArray(path) ? path[0] : path;
  return typeof first === 'string' ? first : '';
}

function toOpenApiPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `{${segment.slice(1)}}` : segment))
    .join('/');
  return '/' + joined;
}
