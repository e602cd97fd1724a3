/**
 * What @Idempotent() says in the contract: the Idempotency-Key header's description. The rest follows from the
 * header in src/openapi/: `Idempotent-Replayed` on each success response, and the problems a key brings (400
 * malformed, 409 IDEMPOTENCY_KEY_IN_USE with Retry-After, 422 IDEMPOTENCY_KEY_REUSED) among the operation's codes.
 */
import type { IdempotentOptions } from './idempotency.interceptor.js';

/** How long keys are remembered unless the operator configures otherwise (IDEMPOTENCY_RETENTION_HOURS). */
const DEFAULT_RETENTION_HOURS = 24;

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
