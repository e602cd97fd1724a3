/**
 * What @Idempotent() adds to a route's contract: the Idempotency-Key header's description, and its responses amended
 * in place: Idempotent-Replayed on each success response, and the problems a key brings (400 malformed, 409 in use
 * with Retry-After, 422 reused) added to the route's entries for those statuses, or as new entries.
 *
 * Why in place: @nestjs/swagger keeps a method's responses by status under a metadata key it does not export, and its
 * ApiResponse merges every option over an existing entry, an unset `type` too, which would wipe the route's schema.
 * So the entries are amended under that key, found once by probing ApiResponse. The route's own response decorators
 * must be applied first, i.e. stand below @Idempotent(); a route with no success response documented fails at import.
 */
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from '../errors/problem.dto.js';
import type { IdempotentOptions } from './idempotency.interceptor.js';

/** How long keys are remembered unless the operator configures otherwise (IDEMPOTENCY_RETENTION_HOURS). */
const DEFAULT_RETENTION_HOURS = 24;

interface ResponseEntry {
  description?: string;
  headers?: Record<string, object>;
  [option: string]: unknown;
}
type Responses = Record<string, ResponseEntry>;

const RESPONSES_KEY: unknown = (() => {
  const probe = { value: () => undefined };
  ApiResponse({ status: 200 })({}, 'probe', probe);
  const [key] = Reflect.getMetadataKeys(probe.value) as unknown[];
  return key;
})();

export function keyHeaderDescription(options: IdempotentOptions): string {
  const sentences = [
    'Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII ' +
      'characters, no space; keys are per caller.',
    'A request with a key this caller already used, with the same method, path and body (members in any order), is ' +
      'not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing.',
    'The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still ' +
      'running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds).',
    'Only a successful response is kept: after an error the key is free for a corrected request.',
    `A key is remembered for ${DEFAULT_RETENTION_HOURS} hours (unless the server is configured otherwise); after that ` +
      'it is new again.',
  ];
  if (options.unhashedBodyFields?.length) {
    sentences.push(
      `${fieldList(options.unhashedBodyFields)} not part of the fingerprint: the same key with another value ` +
        'replays the first response.',
    );
  }
  if (options.unstoredResponseFields?.length) {
    sentences.push(`${fieldList(options.unstoredResponseFields)} given in the first response only; a replay omits it.`);
  }
  return sentences.join(' ');
}

const fieldList = (fields: readonly string[]) =>
  `${fields.map((field) => `\`${field}\``).join(', ')} ${fields.length > 1 ? 'are' : 'is'}`;

const REPLAYED_HEADER = {
  description:
    '`true` when this is the stored response to an earlier request with the same Idempotency-Key (a replay); ' +
    'absent otherwise.',
  schema: { type: 'string', enum: ['true'] },
};

const RETRY_AFTER_HEADER = {
  description: 'With IDEMPOTENCY_KEY_IN_USE: the seconds to wait before retrying.',
  schema: { type: 'integer', minimum: 1 },
};

const PROBLEMS: Record<number, { description: string; headers?: Record<string, object> }> = {
  400: { description: 'VALIDATION_FAILED for a malformed Idempotency-Key (see its pattern).' },
  409: {
    description:
      'IDEMPOTENCY_KEY_IN_USE: a request with this Idempotency-Key is still running; retry after Retry-After ' +
      'seconds to get its response.',
    headers: { 'Retry-After': RETRY_AFTER_HEADER },
  },
  422: { description: 'IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for another request.' },
};

/** Amends the route's documented responses (see the file's comment). */
export function IdempotentResponses(): MethodDecorator {
  return (target, method, descriptor) => {
    const responses: Responses = {
      ...((Reflect.getMetadata(RESPONSES_KEY, descriptor.value as object) as Responses) ?? {}),
    };
    const successes = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
    if (successes.length === 0) {
      throw new Error(
        `@Idempotent() on ${target.constructor.name}.${String(method)} must stand above the route's success response ` +
          'decorator (e.g. @ApiCreatedResponse), whose entry it amends with the Idempotent-Replayed header.',
      );
    }
    for (const status of successes)
      responses[status] = withHeaders(responses[status], { 'Idempotent-Replayed': REPLAYED_HEADER });
    for (const [status, problem] of Object.entries(PROBLEMS)) {
      const entry = responses[status] ?? {
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      };
      const description = entry.description ? `${entry.description}\n\n${problem.description}` : problem.description;
      responses[status] = withHeaders({ ...entry, description }, problem.headers ?? {});
    }
    Reflect.defineMetadata(RESPONSES_KEY, responses, descriptor.value as object);
  };
}

function withHeaders(entry: ResponseEntry, headers: Record<string, object>): ResponseEntry {
  return Object.keys(headers).length === 0 ? entry : { ...entry, headers: { ...entry.headers, ...headers } };
}
