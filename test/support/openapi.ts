/**
 * openapi.yaml as data for the reliability suite: its operations (method, path template, parameters, request body
 * schema, documented responses), path matching (which operation answered a concrete URL), and path building.
 * Everything generated from here grows with the document: a module's new route is covered as soon as
 * `npm run openapi` has written it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type SchemaObject, SchemaValidator } from './openapi-schema.js';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: SchemaObject;
}

export interface ResponseSpec {
  description?: string;
  content?: Record<string, { schema?: SchemaObject }>;
  headers?: Record<string, unknown>;
  /** The problem codes an error response can carry. */
  'x-problem-codes'?: string[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The template, e.g. `/v1/cooperatives/{cooperativeId}/users/{userId}/roles/{role}`. */
  path: string;
  parameters: Parameter[];
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON request body's schema, when the operation takes one. */
  requestBody?: SchemaObject;
  responses: Record<string, ResponseSpec>;
  security: Record<string, string[]>[];
  /** Literal segments (for picking `members/me` over `members/{memberId}`). */
  literalSegments: number;
  matcher: RegExp;
}

export interface OpenApiDocument {
  operations: Operation[];
  schemas: Record<string, SchemaObject>;
  validator: SchemaValidator;
  /** What a webhook endpoint receives for an event type (`x-webhooks`): the body's schema and the header names. */
  webhooks: Record<string, { body: SchemaObject; headers: string[] }>;
  byId(operationId: string): Operation;
  /** The operation a concrete request went to, or undefined for a path the document does not have. */
  match(method: string, urlPath: string): Operation | undefined;
}

let cached: OpenApiDocument | undefined;

/** The committed openapi.yaml (the contract test proves it is what the code generates). */
export function openApiDocument(file = 'openapi.yaml'): OpenApiDocument {
  if (cached && file === 'openapi.yaml') return cached;
  const raw = parse(readFileSync(file, 'utf8'));
  const schemas: Record<string, SchemaObject> = raw.components?.schemas ?? {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(raw.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const segments = path.split('/').filter(Boolean);
      operations.push({
        operationId: op.operationId,
        method,
        path,
        parameters,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        requestBody: op.requestBody?.content?.['application/json']?.schema,
        responses: op.responses ?? {},
        security: op.security ?? raw.security ?? [],
        literalSegments: segments.filter((s) => !s.startsWith('{')).length,
        matcher: new RegExp(
          '^' +
            segments
              .map((s) => '/' + (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
              .join('') +
            '/?$',
        ),
      });
    }
  }
  const parameterOf = (p: { $ref: string }) => raw.components.parameters[p.$ref.split('/').pop()!] as Parameter;
  const webhooks = Object.fromEntries(
    Object.entries<Record<string, any>>(raw['x-webhooks'] ?? {}).map(([type, item]) => [
      type,
      {
        body: item.post.requestBody.content['application/json'].schema as SchemaObject,
        headers: (item.post.parameters as { $ref: string }[]).map((p) => parameterOf(p).name),
      },
    ]),
  );
  const document: OpenApiDocument = {
    operations,
    schemas,
    validator: new SchemaValidator(schemas),
    webhooks,
    byId(operationId) {
      const found = operations.find((o) => o.operationId === operationId);
      if (!found) throw new Error(`openapi.yaml has no operation ${operationId}`);
      return found;
    },
    match(method, urlPath) {
      const lower = method.toLowerCase();
      const candidates = operations.filter((o) => o.method === lower && o.matcher.test(urlPath));
      return candidates.sort((a, b) => b.literalSegments - a.literalSegments)[0];
    },
  };
  if (file === 'openapi.yaml') cached = document;
  return document;
}

/** The schema behind a parameter or property, with a top-level $ref resolved. */
export function resolved(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  let current = schema;
  while (current.$ref) current = document.validator.resolve(current.$ref);
  if (current.allOf?.length === 1 && !current.type) return resolved(document, current.allOf[0]);
  return current;
}

/** Fills a path template; each value is URL-encoded (fuzzed ids may hold `/`, `?` or `%`). */
export function buildPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for the path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}

/** Path values naming `cooperativeId`, the first value of an enum (a role), and a fresh UUID for any other id. */
export function dummyPathValues(operation: Operation, cooperativeId: string): Record<string, string> {
  const document = openApiDocument();
  const values: Record<string, string> = {};
  for (const param of operation.pathParams) {
    const schema = resolved(document, param.schema);
    values[param.name] =
      param.name === 'cooperativeId' ? cooperativeId : schema.enum?.length ? String(schema.enum[0]) : randomUUID();
  }
  return values;
}

/** A plausible value for each required query parameter (a date for `format: date`, ...), so a request is not
 * refused for lacking one. */
export function dummyQueryValues(operation: Operation): Record<string, string> {
  const document = openApiDocument();
  const values: Record<string, string> = {};
  for (const param of operation.queryParams.filter((p) => p.required)) {
    const schema = resolved(document, param.schema);
    const now = new Date().toISOString();
    values[param.name] = schema.enum?.length
      ? String(schema.enum[0])
      : schema.format === 'date'
        ? now.slice(0, 10)
        : schema.format === 'date-time'
          ? now
          : schema.format === 'uuid'
            ? randomUUID()
            : schema.type === 'number' || schema.type === 'integer'
              ? String(schema.minimum ?? 1)
              : schema.type === 'boolean'
                ? 'true'
                : 'x';
  }
  return values;
}

/** `a=1&b=2` from values, URL-encoded. */
export function queryString(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}
