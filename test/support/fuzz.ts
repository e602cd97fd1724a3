/**
 * fast-check arbitraries derived from openapi.yaml: request bodies, path ids and query strings that break the
 * documented schema in at least one guaranteed way (so the only right answer is a 4xx and no change), and
 * type-correct bodies full of hostile values (huge, unicode, RTL, control characters and NUL, extreme numbers, nulls) that
 * may be accepted but must never earn a 5xx.
 */
import fc from 'fast-check';
import type { SchemaObject } from './openapi-schema.js';
import { dummyQueryValues, type OpenApiDocument, type Operation, type Parameter, resolved } from './openapi.js';

const HUGE = 'x'.repeat(10_000);

/** Strings that have broken parsers, loggers, SQL and terminals before (NUL included: PostgreSQL text refuses it). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    HUGE,
    '😀🎉👩‍👩‍👧‍👦',
    '\u202Egnp.exe\u202C',
    'مرحبا بالعالم',
    'שלום',
    '\u0001\u0007\u001b[31mred\u001b[0m\b\u007f',
    'nul\u0000byte',
    '\r\nSet-Cookie: x=1',
    '\uFEFF\u200B\u2060',
    "' OR '1'='1",
    '1; DROP TABLE cooperatives; --',
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00%27',
    '${jndi:ldap://example.org/a}',
    '{{7*7}}',
    'null',
    '\uD800',
    'A'.repeat(256),
  ),
);

/** Numbers at the edges: negative, zero, fractions, beyond 2^53, beyond int32/int64, tiny. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, -0.000001, 1e-300, 2 ** 31, 2 ** 53 + 2, 2 ** 63, 1e21, -1e21, 1e308, -1e308),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Numbers written as strings, some of which no parser should take. */
export const numericString: fc.Arbitrary<string> = fc.constantFrom(
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-1',
  '1e21',
  '٣',
  '9'.repeat(400),
  '0.1.2',
  '1,5',
  '',
);

/** A JSON document nested `depth` levels deep (named briefly in fast-check's reports, which recurse into values). */
export const deeplyNested = (depth: number): unknown =>
  Object.assign(JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown[], {
    [fc.toStringMethod]: () => `<${depth} nested arrays>`,
  });

/** Text that can travel in a URL (no lone surrogates). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encodable = (s: string) => !new RegExp(LONE_SURROGATE.source).test(s);

export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  hostileString,
  hostileNumber,
  numericString,
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(deeplyNested(64), { $gt: '' }, JSON.parse('{"__proto__":{"isSuperadmin":true}}'), [[[[]]]]),
);

/** A value the schema refuses for certain (never `null` for an optional field: "absent" is a fair reading). */
export function invalidValue(document: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<unknown> {
  const schema = resolved(document, raw);
  const options: fc.Arbitrary<unknown>[] = [];
  const notObject = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant([]));
  switch (schema.type) {
    case 'string':
      options.push(hostileNumber, fc.boolean(), fc.constant({}), fc.constant([]), fc.constant({ $ne: null }));
      if (schema.enum) options.push(hostileString.filter((s) => !schema.enum!.includes(s)));
      if (schema.format === 'uuid') options.push(hostileString.filter((s) => !/^[0-9a-f-]{36}$/i.test(s)));
      if (schema.format === 'date-time' || schema.format === 'date') {
        options.push(fc.constantFrom('2025-13-01T00:00:00Z', 'yesterday', '2025-02-30', '1e309', HUGE));
      }
      if (schema.maxLength !== undefined) options.push(fc.constant('y'.repeat(schema.maxLength + 1)));
      if (schema.minLength !== undefined && schema.minLength > 0) {
        options.push(fc.constant('y'.repeat(schema.minLength - 1)));
      }
      break;
    case 'number':
    case 'integer':
      options.push(fc.constant({}), fc.constantFrom('abc', 'NaN', '1e309', '', '0.1.2'));
      if (schema.minimum !== undefined) options.push(fc.constantFrom(schema.minimum - 1, -1e21));
      if (schema.maximum !== undefined) options.push(fc.constantFrom(schema.maximum + 1, 1e21));
      if (schema.type === 'integer') options.push(fc.constantFrom(0.5, 1.25));
      break;
    case 'boolean':
      options.push(fc.constant({}), fc.constantFrom('maybe', 'yes', 'tru'), fc.constant([]));
      break;
    case 'array':
      options.push(
        notObject.filter((v) => !Array.isArray(v)),
        fc.constant({}),
      );
      if (schema.items) options.push(invalidValue(document, schema.items).map((item) => [item]));
      break;
    case 'object':
      options.push(notObject);
      if (schema.properties) options.push(invalidBody(document, schema));
      break;
    default:
      if (schema.enum) options.push(hostileString.filter((s) => !schema.enum!.includes(s)));
  }
  if (options.length === 0 || schema.oneOf || schema.anyOf) {
    // Unions (and anything else): any JSON value the schema itself refuses.
    options.push(anyJson.filter((value) => document.validator.validate(schema, value).length > 0));
  }
  return fc.oneof(...options);
}

/** A type-correct value, picked to be awkward: huge, unicode, extreme, or null. */
export function awkwardValue(document: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<unknown> {
  const schema = resolved(document, raw);
  const maybeNull = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, fc.constant(null));
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => awkwardValue(document, b)));
  if (schema.enum) return maybeNull(fc.constantFrom(...schema.enum));
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return maybeNull(fc.uuid());
      return maybeNull(fc.oneof(hostileString, numericString, fc.constantFrom('0', '100', '100.00', '0.0001')));
    case 'number':
    case 'integer':
      return maybeNull(hostileNumber);
    case 'boolean':
      return maybeNull(fc.boolean());
    case 'array':
      return schema.items ? fc.array(awkwardValue(document, schema.items), { maxLength: 8 }) : fc.constant([]);
    case 'object':
      return maybeNull(awkwardBody(document, schema));
    default:
      return anyJson;
  }
}

/** Every declared property given or not, each with an awkward value (required ones always given). */
export function awkwardBody(document: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<Record<string, unknown>> {
  const schema = resolved(document, raw);
  const properties = schema.properties ?? {};
  const record = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, awkwardValue(document, v)]));
  return fc.record(record, { requiredKeys: schema.required ?? [] });
}

export type BodyMutation =
  | { kind: 'wrong-value'; property: string }
  | { kind: 'missing-required'; property: string }
  | { kind: 'extra-property'; property: string }
  | { kind: 'not-an-object' };

/**
 * A body that breaks the object schema for certain: a declared property with an invalid value, a required one
 * missing, an undeclared one (whitelisted DTOs refuse it), or no object at all; on top of awkward values elsewhere.
 */
export function invalidBody(document: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<unknown> {
  const schema = resolved(document, raw);
  const properties = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const base = awkwardBody(document, schema);
  const mutations: fc.Arbitrary<unknown>[] = [
    fc
      .tuple(base, fc.string({ minLength: 1, maxLength: 20 }), anyJson)
      .filter(([, name]) => !properties.includes(name) && !(name in Object.prototype))
      .map(([body, name, value]) => ({ ...body, [name]: value })),
    fc.oneof(
      hostileString,
      hostileNumber,
      fc.boolean(),
      fc.constant(null),
      fc.array(anyJson, { maxLength: 3 }),
      fc.constant(deeplyNested(2_000)),
    ),
  ];
  if (properties.length > 0) {
    mutations.push(
      fc
        .constantFrom(...properties)
        .chain((name) =>
          fc
            .tuple(base, invalidValue(document, schema.properties![name]))
            .map(([body, value]) => ({ ...body, [name]: value })),
        ),
    );
  }
  if (required.length > 0) {
    mutations.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([body, name]) => {
        const copy = { ...body };
        delete copy[name];
        return copy;
      }),
    );
  }
  return fc.oneof(...mutations);
}

/** Path values that are no valid id: not a UUID, SQL-ish, huge, unicode, or a well-formed id that does not exist. */
export function badPathValue(document: OpenApiDocument, param: Parameter): fc.Arbitrary<string> {
  const schema = resolved(document, param.schema);
  const garbage = fc.oneof(
    hostileString.filter((s) => s.length > 0 && s !== '.' && s !== '..' && encodable(s)),
    fc.constantFrom("' OR '1'='1", '1 UNION SELECT email FROM users', '-1', '0', '9'.repeat(40), 'null'),
    fc.uuid().map((u) => u.toUpperCase() + 'x'),
  );
  if (schema.enum) return garbage.filter((s) => !schema.enum!.includes(s));
  // A fresh UUID is well formed but names nothing (or another tenant's nothing).
  return fc.oneof(garbage, fc.uuid());
}

/** A query string breaking at least one documented query parameter, with awkward values for the others. */
export function invalidQuery(document: OpenApiDocument, operation: Operation): fc.Arbitrary<string> {
  const params = operation.queryParams;
  const names = params.map((p) => p.name);
  const breakers: fc.Arbitrary<string[]>[] = [
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), hostileString)
      .filter(
        ([name]) =>
          encodable(name) &&
          !names.includes(name) &&
          !name.includes('[') &&
          name.trim() === name &&
          !(name in Object.prototype),
      )
      .map(([name, value]) => [pair(name, value)]),
  ];
  for (const param of params) {
    const schema = resolved(document, param.schema);
    const bad: fc.Arbitrary<string>[] = [
      fc.constant(`${param.name}[x]=1`),
      fc.constant(`${param.name}=1&${param.name}=2`),
    ];
    if (schema.type === 'number' || schema.type === 'integer') {
      bad.push(fc.constantFrom('-1', 'abc', '1e309', '', ' ', 'NaN', '0.1.2').map((v) => pair(param.name, v)));
      if (schema.minimum !== undefined) bad.push(fc.constant(pair(param.name, String(schema.minimum - 1))));
      if (schema.maximum !== undefined) {
        bad.push(
          fc.constantFrom(String(schema.maximum + 1), '1e9', '99999999999999999999').map((v) => pair(param.name, v)),
        );
      }
    }
    if (schema.format === 'uuid')
      bad.push(hostileString.filter((s) => !/^[0-9a-f-]{36}$/i.test(s)).map((v) => pair(param.name, v)));
    if (schema.format === 'date-time') {
      bad.push(
        fc
          .constantFrom('2025-13-01T00:00:00Z', 'tomorrow', '1e309', '2025-02-30T00:00:00Z')
          .map((v) => pair(param.name, v)),
      );
    }
    if (schema.enum) bad.push(hostileString.filter((s) => !schema.enum!.includes(s)).map((v) => pair(param.name, v)));
    if (schema.maxLength !== undefined) bad.push(fc.constant(pair(param.name, 'q'.repeat(schema.maxLength + 1))));
    breakers.push(fc.oneof(...bad).map((p) => [p]));
  }
  const noise = fc
    .subarray(names.filter((n) => n === 'cursor'))
    .chain((keys) => fc.tuple(...keys.map((k) => garbageCursor.map((v) => pair(k, v)))));
  // Required parameters not being broken get a valid value, so the break under test is what gets refused.
  const required = Object.entries(dummyQueryValues(operation));
  return fc.tuple(fc.oneof(...breakers), noise).map(([broken, extra]) => {
    const taken = (name: string) =>
      broken.some((p) => p.startsWith(`${encodeURIComponent(name)}=`) || p.startsWith(`${name}[`));
    const filled = required.filter(([name]) => !taken(name)).map(([name, value]) => pair(name, value));
    return [...filled, ...extra, ...broken].join('&');
  });
}

/** Cursors no page ever issued: random text, base64 of random JSON, of keys of the wrong types, huge. */
export const garbageCursor: fc.Arbitrary<string> = fc.oneof(
  hostileString.filter((s) => s.length <= 400 && encodable(s)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc
    .array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 })
    .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc.constantFrom(Buffer.from('["\' OR 1=1 --"]').toString('base64url'), Buffer.from('[-1]').toString('base64url')),
);

function pair(name: string, value: string): string {
  if (!encodable(value)) value = value.replace(LONE_SURROGATE, '\uFFFD');
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/**
 * The strings that break text handling, each tried in every string field by `edgeCaseBodies` (the random generators
 * cover the rest: RTL, SQL-ish, empty, ...).
 */
export const EDGE_CASE_STRINGS: Record<string, string> = {
  NUL: 'nul\u0000byte',
  'a lone surrogate': 'lone \uD800 surrogate',
  '10k characters': HUGE,
  '500 emoji': '😀'.repeat(500),
  'control characters': '\u0001\u0007\u001b[31m\b\u007f\u202E',
};

/** A body the schema accepts, from its examples and defaults (what the API documents as valid). */
export function plausibleBody(document: OpenApiDocument, raw: SchemaObject): Record<string, unknown> {
  const schema = resolved(document, raw);
  const body: Record<string, unknown> = {};
  for (const name of schema.required ?? [])
    body[name] = plausibleValue(document, schema.properties?.[name] ?? {}, name);
  return body;
}

function plausibleValue(document: OpenApiDocument, raw: SchemaObject, name: string): unknown {
  const schema = resolved(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches?.length) return plausibleValue(document, branches[0], name);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (/email/i.test(name)) return 'plausible@example.org';
      return 'p'.repeat(Math.max(12, schema.minLength ?? 0));
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return plausibleBody(document, schema);
    default:
      return 'p';
  }
}

/**
 * Every string field of the body (nested ones included), in turn, holding each edge-case string, the rest of the
 * body plausible: a systematic sweep rather than a random one, so these cases reach the service layer every run.
 */
export function edgeCaseBodies(document: OpenApiDocument, raw: SchemaObject): { label: string; body: unknown }[] {
  const cases: { label: string; body: unknown }[] = [];
  const walk = (schemaRaw: SchemaObject, path: string[]) => {
    const schema = resolved(document, schemaRaw);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const target = resolved(document, property);
      if (target.type === 'object') walk(target, [...path, name]);
      if (target.type !== 'string' || target.enum) continue;
      for (const [label, value] of Object.entries(EDGE_CASE_STRINGS)) {
        const body = plausibleBody(document, raw);
        let holder = body;
        for (const step of path) holder = (holder[step] ??= {}) as Record<string, unknown>;
        holder[name] = value;
        cases.push({ label: `${[...path, name].join('.')} = ${label}`, body });
      }
    }
  };
  walk(raw, []);
  return cases;
}
