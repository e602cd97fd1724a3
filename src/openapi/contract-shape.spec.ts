/**
 * What an integrator must be able to read off openapi.yaml without trial and error (issue 14). It reads the committed
 * file, which test/foundation/contract.e2e-spec.ts proves is what the code generates. Each rule lists every place
 * that breaks it, so a failure says what to fix.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ERROR_STATUSES } from '../error-catalogue.js';

type Json = Record<string, any>;
const document: Json = parse(readFileSync('openapi.yaml', 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations: { where: string; method: string; path: string; op: Json }[] = Object.entries<Json>(
  document.paths,
).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ where: `${method} ${path}`, method, path, op: item[method] })),
);

/** Every schema object in the document with where it sits, walking properties, items, compositions, parameters. */
function schemasIn(): { where: string; name?: string; schema: Json; named: boolean }[] {
  const found: { where: string; name?: string; schema: Json; named: boolean }[] = [];
  const walk = (schema: Json | undefined, where: string, name: string | undefined, named: boolean) => {
    if (!schema || typeof schema !== 'object' || schema.$ref) return;
    found.push({ where, name, schema, named });
    for (const [key, inner] of Object.entries<Json>(schema.properties ?? {}))
      walk(inner, `${where}.${key}`, key, false);
    if (schema.items) walk(schema.items, `${where}[]`, name, false);
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      for (const [i, inner] of (schema[key] ?? []).entries()) walk(inner, `${where}.${key}[${i}]`, name, false);
    }
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`, name, false);
  };
  for (const [name, schema] of Object.entries<Json>(document.components.schemas)) walk(schema, name, undefined, true);
  for (const { where, op } of operations) {
    for (const p of op.parameters ?? []) walk(p.schema, `${where} ${p.in}:${p.name}`, p.name, false);
  }
  return found;
}
const schemas = schemasIn();

describe('the contract (openapi.yaml)', () => {
  it('says who may call each operation, in x-access and its description', () => {
    const silent = operations.filter(({ op }) => !op['x-access'] || !/\*\*Access:\*\*/.test(op.description ?? ''));
    expect(silent.map((o) => o.where)).toEqual([]);
  });

  it('describes every operation: a summary and a description beyond the access line', () => {
    const bare = operations.filter(
      ({ op }) => !op.summary?.trim() || !(op.description ?? '').split('**Access:**')[0].trim(),
    );
    expect(bare.map((o) => o.where)).toEqual([]);
  });

  it('describes every response', () => {
    const bare = operations.flatMap(({ where, op }) =>
      Object.entries<Json>(op.responses)
        .filter(([, response]) => !response.description?.trim())
        .map(([status]) => `${where} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('lists the problem codes of every error response, each of that status', () => {
    const wrong = operations.flatMap(({ where, op }) =>
      Object.entries<Json>(op.responses)
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([status, response]) => {
          const codes: string[] = response['x-problem-codes'] ?? [];
          if (codes.length === 0) return [`${where} ${status}: no codes`];
          return codes
            .filter((code) => ERROR_STATUSES.get(code) !== Number(status))
            .map((code) => `${where} ${status}: ${code} is a ${ERROR_STATUSES.get(code)}`);
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps `code` an open string and documents the known codes', () => {
    const code = document.components.schemas.ProblemCode;
    expect(code.type).toBe('string');
    expect(code.enum).toBeUndefined();
    expect(code['x-extensible-enum']).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'MEMBER_NOT_FOUND']));
    expect(document.components.schemas.Problem.properties.code).toEqual({ $ref: '#/components/schemas/ProblemCode' });
  });

  it('has no JSON number: integers are `integer`, money and rates are decimal strings', () => {
    const numbers = schemas.filter(({ schema }) => schema.type === 'number').map((s) => s.where);
    expect(numbers).toEqual([]);
  });

  it('names every enum once, in components: no inline enum', () => {
    // A one-value enum is a constant (3.0 has no `const`): an event schema's `type`, the tag its oneOf is told by.
    const inline = schemas.filter(({ schema, named }) => schema.enum?.length > 1 && !named).map((s) => s.where);
    expect(inline).toEqual([]);
  });

  it('gives money a pattern', () => {
    const unpatterned = schemas
      .filter(({ schema }) => schema.type === 'string' && /^-?\d+\.\d+$/.test(String(schema.example ?? '')))
      .filter(({ schema }) => !schema.pattern)
      .map((s) => s.where);
    expect(unpatterned).toEqual([]);
  });

  it('formats ids as uuid, days as date and instants as date-time', () => {
    const wrong = schemas.flatMap(({ where, name, schema }) => {
      if (schema.type !== 'string' || !name) return [];
      // Exempt: the caller-chosen X-Request-Id, and ids of another form that say so with their own pattern (the
      // 64-bit sequence numbers of audit entries, capital and fund entries).
      if (/(^id|Id)$/.test(name) && name !== 'requestId' && !schema.pattern && schema.format !== 'uuid') {
        return [`${where}: not uuid`];
      }
      if (/(On|Date|^date)$/.test(name) && !schema.enum && schema.format !== 'date') return [`${where}: not date`];
      if (/At$/.test(name) && schema.format !== 'date-time') return [`${where}: not date-time`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('names schemas without the Dto suffix', () => {
    expect(Object.keys(document.components.schemas).filter((name) => name.endsWith('Dto'))).toEqual([]);
  });

  it('declares every tag it uses, with a description', () => {
    const declared = new Map<string, string>((document.tags ?? []).map((t: Json) => [t.name, t.description]));
    const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
    expect([...used].filter((tag) => !declared.get(tag))).toEqual([]);
  });

  it('answers every 201 with a Location that names a GET of the document', () => {
    // Compared by shape: the template names its values as the answer does (`{id}`, `{entry.id}`), the GET as its
    // parameters (`{memberId}`).
    const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
    const gets = new Set(operations.filter((o) => o.method === 'get').map((o) => shape(o.path)));
    const wrong = operations.flatMap(({ where, op }) => {
      const created = op.responses['201'];
      if (!created) return [];
      const location: string | undefined = op['x-location'];
      if (!created.headers?.Location || !location) return [`${where}: no Location`];
      return gets.has(shape(location)) ? [] : [`${where}: Location ${location} is no GET`];
    });
    expect(wrong).toEqual([]);
  });

  it('documents X-Request-Id on every response, WWW-Authenticate on 401, Retry-After on 429 and 503', () => {
    const missing = operations.flatMap(({ where, op }) =>
      Object.entries<Json>(op.responses).flatMap(([status, response]) => {
        const headers = Object.keys(response.headers ?? {});
        const need = ['X-Request-Id'];
        if (status === '401') need.push('WWW-Authenticate');
        if (status === '429' || status === '503') need.push('Retry-After');
        return need.filter((h) => !headers.includes(h)).map((h) => `${where} ${status}: ${h}`);
      }),
    );
    expect(missing).toEqual([]);
  });
});
