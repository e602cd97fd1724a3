/**
 * What Nest's generator cannot know, added to the generated document in one pass, from the code's own declarations:
 * - each operation's access line (from its `x-access`, the rule the guard enforces) and its error responses
 *   (problem-responses.ts);
 * - the headers: X-Request-Id on every answer, WWW-Authenticate on 401, Retry-After on 429 and 503 (and on the 409
 *   of a key in flight), RateLimit-* on the successes and 429s of rate-limited operations, Idempotent-Replayed on the successes of operations that take an Idempotency-Key, ETag on
 *   versioned resources with If-Match on their writes, Content-Disposition on files;
 * - path ids as `format: uuid` (the server's ParseUUIDPipe refuses anything else with a 400);
 * - the declared tags, and schema names without the `Dto` suffix (the suffix is the code's convention, not the
 *   contract's vocabulary).
 */
import type {
  HeaderObject,
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger';
import { ACCESS_EXTENSION, type AccessRule, RATE_LIMIT_EXTENSION } from '../common/access/access.decorator.js';
import { SCOPES } from '../common/access/role.js';
import { VERSIONED_EXTENSION } from '../common/concurrency/versioned.js';
import { PROBLEM_CODES_EXTENSION } from '../common/errors/api-problems.decorator.js';
import { ALL_ERROR_CODES, ERROR_STATUSES } from '../error-catalogue.js';
import { inheritedCodes, problemExamples, writeProblemResponses } from './problem-responses.js';
import { TAGS } from './tags.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': {
    description:
      'The request’s id, in every answer and in every problem’s `requestId`: the caller’s own X-Request-Id when it ' +
      'is 1–100 characters of `A-Za-z0-9._:-`, else a new UUID. Quote it when reporting a problem.',
    schema: { type: 'string' },
  },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
  'WWW-Authenticate': {
    description: 'The schemes this operation accepts (RFC 9110 §11.6.1), e.g. `Bearer realm="coop-api"`.',
    schema: { type: 'string' },
  },
  ETag: {
    description: 'The resource’s version as a strong tag (`"4"`); send it back as `If-Match` to update safely.',
    schema: { type: 'string' },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored response to an earlier request with the same Idempotency-Key (a replay); ' +
      'absent otherwise.',
    schema: { type: 'string', enum: ['true'] },
  },
  'RateLimit-Limit': {
    description:
      'Requests this caller (the user, the API key, or the client address without credentials) may make in the ' +
      'window, counted across every API process (draft-ietf-httpapi-ratelimit-headers-06).',
    schema: { type: 'integer', minimum: 1 },
  },
  'RateLimit-Remaining': {
    description: 'Requests left in the current window; at 0 the next one is a 429.',
    schema: { type: 'integer', minimum: 0 },
  },
  'RateLimit-Reset': {
    description: 'Seconds until the current window ends and the count starts again.',
    schema: { type: 'integer', minimum: 0 },
  },
  'RateLimit-Policy': {
    description: 'The limit and its window in seconds, e.g. `3000;w=60`.',
    schema: { type: 'string', pattern: '^\\d+;w=\\d+$' },
  },
  'Content-Disposition': {
    description: 'A download: `attachment; filename="…"`.',
    schema: { type: 'string' },
  },
};

const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy'];

const headerRef = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

export function refineDocument(document: OpenAPIObject): void {
  document.components = { ...document.components, headers: { ...document.components?.headers, ...HEADERS } };
  declareProblemCode(document);
  describeApiKeyScopes(document);
  const answered = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) for (const code of refineOperation(operation, method)) answered.add(code);
    }
  }
  document.components.examples = problemExamples(answered);
  declareTags(document);
  undescribeNamedEnums(document);
  dropDtoSuffix(document);
  nullableTwins(document);
}

/**
 * Nest copies the description of the first field it meets onto a named enum's shared schema ("Natural persons
 * only…" on Gender); that sentence belongs to the field, not to the value set, so the shared schema keeps none.
 */
function undescribeNamedEnums(document: OpenAPIObject): void {
  for (const schema of Object.values(document.components!.schemas!) as { enum?: unknown; description?: string }[]) {
    if (schema.enum) delete schema.description;
  }
}

/**
 * A nullable reference: OpenAPI 3.0's `nullable` applies to the schema it stands in, not to the one a `$ref` names,
 * so `allOf: [$ref Gender], nullable: true` still refuses null in a validator that follows the standard (Prism did).
 * Each schema used that way gets a nullable twin, `NullableGender` (an enum with null among its values), that the
 * field refers to instead; its other members (description, default) stay on the field.
 */
function nullableTwins(document: OpenAPIObject): void {
  type Schema = { type?: string; enum?: unknown[]; nullable?: boolean; allOf?: { $ref?: string }[] };
  const schemas = document.components!.schemas! as Record<string, Schema & { properties?: Record<string, Schema> }>;
  for (const schema of Object.values(schemas)) {
    for (const property of Object.values(schema.properties ?? {})) {
      const ref = property.allOf?.length === 1 ? property.allOf[0].$ref : undefined;
      if (!ref || !property.nullable) continue;
      const name = ref.replace('#/components/schemas/', '');
      const twin = `Nullable${name}`;
      const target = schemas[name];
      schemas[twin] ??= { ...target, nullable: true, ...(target.enum ? { enum: [...target.enum, null] } : {}) };
      property.allOf = [{ $ref: `#/components/schemas/${twin}` }];
      delete property.nullable;
      delete property.type;
    }
  }
}

/** Refines one operation in place; returns the problem codes it can answer. */
function refineOperation(operation: OperationObject, method: string): string[] {
  const extensions = operation as unknown as Record<string, unknown>;
  const access = extensions[ACCESS_EXTENSION] as AccessRule | undefined;
  if (!operation.security) operation.security = [];
  const own = (extensions[PROBLEM_CODES_EXTENSION] as string[] | undefined) ?? [];
  const codes = [...own, ...inheritedCodes(operation, method, access)];
  writeProblemResponses(operation, codes);
  if (access) operation.description = [operation.description, accessLine(access)].filter(Boolean).join('\n\n');
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
    // A path id is a uuid (ParseUUIDPipe) unless its route declares another form with a pattern (`{entryId}`).
    if (parameter.in === 'path' && /Id$/.test(parameter.name) && !(parameter.schema as { pattern?: string })?.pattern) {
      parameter.schema = { type: 'string', format: 'uuid' };
    }
  }
  const versioned = extensions[VERSIONED_EXTENSION] === true;
  const rateLimited = extensions[RATE_LIMIT_EXTENSION] !== false;
  const idempotent = ((operation.parameters ?? []) as ParameterObject[]).some((p) => p.name === 'Idempotency-Key');
  delete extensions[VERSIONED_EXTENSION];
  if (versioned && method !== 'get') {
    operation.parameters = [
      ...(operation.parameters ?? []),
      {
        name: 'If-Match',
        in: 'header',
        required: false,
        description:
          'The ETag of the version you read (`"4"`). A stale tag is a 412 and changes nothing; without it the ' +
          'write applies to whatever is stored now.',
        schema: { type: 'string', pattern: '^"\\d+"$|^\\*$' },
      },
    ];
  }
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    const headers: Record<string, HeaderObject | ReferenceObject> = { 'X-Request-Id': headerRef('X-Request-Id') };
    const code = Number(status);
    if (code === 401) headers['WWW-Authenticate'] = headerRef('WWW-Authenticate');
    if (code === 429 || code === 503) headers['Retry-After'] = headerRef('Retry-After');
    if (rateLimited && (code === 429 || (code >= 200 && code < 300))) {
      for (const name of RATE_LIMIT_HEADERS) headers[name] = headerRef(name);
    }
    if (
      code === 409 &&
      (response as { 'x-problem-codes'?: string[] })['x-problem-codes']?.includes('IDEMPOTENCY_KEY_IN_USE')
    ) {
      headers['Retry-After'] = headerRef('Retry-After');
    }
    if (versioned && code >= 200 && code < 300) headers.ETag = headerRef('ETag');
    if (idempotent && code >= 200 && code < 300) headers['Idempotent-Replayed'] = headerRef('Idempotent-Replayed');
    if (Object.keys(response.content ?? {}).some((type) => type === 'text/csv')) {
      headers['Content-Disposition'] = headerRef('Content-Disposition');
    }
    response.headers = { ...headers, ...response.headers };
  }
  return codes;
}

const code = (value: string) => `\`${value}\``;

/** The one line that tells an integrator who may call the operation. */
export function accessLine(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return '**Access:** public; no credentials.';
    case 'authenticated':
      return '**Access:** any signed-in user or API key.';
    case 'superadmin':
      return '**Access:** the platform superadmin only (a bearer token).';
    case 'cooperative': {
      const staff = rule.roles.filter((role) => role !== 'member');
      const parts: string[] = [];
      if (staff.length) {
        parts.push(
          `users holding ${staff.length > 1 ? 'one of the roles' : 'the role'} ${staff.map(code).join(', ')} in this ` +
            `cooperative` +
            (staff.includes('admin')
              ? ' (a platform superadmin counts as its admin)'
              : ' (a platform superadmin needs one of these roles granted, too)'),
        );
      }
      if (rule.roles.includes('member')) {
        parts.push(rule.self ? 'a `member` for themself only (anyone else’s is answered 404)' : 'any `member`');
      }
      parts.push(rule.scope ? `API keys of this cooperative with the scope ${code(rule.scope)}` : 'no API key');
      return `**Access:** ${parts.join('; ')}.`;
    }
  }
}

/** `code` is an open string: the known values are documented, a new one breaks no client. */
function declareProblemCode(document: OpenAPIObject): void {
  const schemas = document.components!.schemas!;
  schemas.ProblemCode = {
    type: 'string',
    description:
      'A stable machine code. The list grows between versions: handle an unknown code by the HTTP status. Each ' +
      'operation lists the codes it can answer, per status, in `x-problem-codes`.',
    example: 'VALIDATION_FAILED',
    // The deliberate 500s (data defects) are no answer a client plans for; 503 is.
    'x-extensible-enum': ALL_ERROR_CODES.filter(
      (c) => (ERROR_STATUSES.get(c) ?? 500) < 500 || c === 'SERVICE_UNAVAILABLE',
    ),
  } as never;
  const problem = schemas.ProblemDto as { properties: Record<string, unknown> };
  problem.properties.code = { $ref: '#/components/schemas/ProblemCode' };
}

function describeApiKeyScopes(document: OpenAPIObject): void {
  const scheme = document.components?.securitySchemes?.apiKey as { description?: string } | undefined;
  if (scheme) {
    scheme.description =
      `${scheme.description ?? ''} A key holds some of these scopes; each operation's description and \`x-access\` ` +
      `name the one it needs: ${SCOPES.map(code).join(', ')}.`;
  }
}

function declareTags(document: OpenAPIObject): void {
  const used = new Set(
    Object.values(document.paths).flatMap((item) => METHODS.flatMap((method) => item[method]?.tags ?? [])),
  );
  // A tag missing from TAGS stays undeclared (a test app's probe controller); contract-shape.spec.ts fails on it.
  document.tags = Object.entries(TAGS)
    .filter(([name]) => used.has(name))
    .map(([name, description]) => ({ name, description }));
}

/** `MemberResponseDto` is `MemberResponse` in the contract; two names that would collide fail the build. */
function dropDtoSuffix(document: OpenAPIObject): void {
  const schemas = document.components!.schemas!;
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const bare = name.replace(/Dto$/, '');
    if (bare !== name) {
      if (bare in schemas || [...renames.values()].includes(bare)) throw new Error(`Schema ${name}: ${bare} exists`);
      renames.set(name, bare);
    }
  }
  document.components!.schemas = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [renames.get(name) ?? name, schema]),
  );
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => {
          if (key === '$ref' && typeof inner === 'string') {
            const name = inner.replace('#/components/schemas/', '');
            return [key, renames.has(name) ? `#/components/schemas/${renames.get(name)}` : inner];
          }
          return [key, rewrite(inner)];
        }),
      );
    }
    return value;
  };
  document.paths = rewrite(document.paths) as OpenAPIObject['paths'];
  document.components!.schemas = rewrite(document.components!.schemas) as Record<string, never>;
}
