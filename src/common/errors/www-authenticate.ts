/**
 * The WWW-Authenticate header of 401 answers: RFC 9110 §11.6.1 requires at least one challenge on every 401.
 * - `Bearer realm="coop-api"` always (RFC 6750 §3): access tokens are how people call the API. It gets
 *   `error="invalid_token"` only when the access guard refused a bearer token the request did send (malformed,
 *   forged, expired, or its user gone); a request that sent none gets the bare challenge (RFC 6750 §3.1).
 * - `ApiKey realm="coop-api", header="X-API-Key"` too, where the route accepts an API key. No registered scheme
 *   describes a key sent in a custom header, so this is ours: an auth-scheme named like the OpenAPI security scheme
 *   and an auth-param naming the header, in RFC 9110's challenge syntax, so a generic parser reads it and a person
 *   knows where the key goes. A refused key gets `error="invalid_token"`, RFC 6750's word, for clients that know it.
 * The access guard records what it knows when it refuses (the route's credentials); the problem filter writes the
 * header, with the bare Bearer challenge for 401s of other origins (a wrong password at login, a bad refresh token).
 */
import type { IncomingMessage } from 'node:http';

export const AUTH_REALM = 'coop-api';

export interface AuthRefusal {
  /** Whether the route accepts an X-API-Key. */
  apiKey: boolean;
}

const refusals = new WeakMap<object, AuthRefusal>();

/** Called by the access guard as it refuses a request's credentials with a 401. */
export function recordAuthRefusal(request: object, refusal: AuthRefusal): void {
  refusals.set(request, refusal);
}

/** The header value for a 401 answered to `request`. */
export function wwwAuthenticate(request: IncomingMessage): string {
  const refusal = refusals.get(request);
  const invalid = ', error="invalid_token"';
  const sentBearer = /^bearer\s+\S/i.test(request.headers.authorization ?? '');
  const sentKey = typeof request.headers['x-api-key'] === 'string' && request.headers['x-api-key'] !== '';
  const bearer = `Bearer realm="${AUTH_REALM}"${refusal && sentBearer ? invalid : ''}`;
  if (!refusal?.apiKey) return bearer;
  return `${bearer}, ApiKey realm="${AUTH_REALM}", header="X-API-Key"${sentKey ? invalid : ''}`;
}
