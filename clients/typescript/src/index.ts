/**
 * The typed client of the cooperative API: openapi-fetch over the types that openapi-typescript generates from
 * openapi.yaml (./schema.ts). Every route, parameter, body and response is typed from the contract; nothing here
 * is per route. Authentication is a middleware that adds `Authorization: Bearer ...` (people) or `X-API-Key`
 * (external apps) to every request that does not set its own.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/** `paths`, `operations`, `components`, and one alias per schema: `Problem` (every error body), `MemberResponse`... */
export type * from './schema.js';

/** A schema of the contract by name, e.g. `Schema<'MemberResponse'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type CoopClient = Client<paths>;

export { verifyDelivery, WebhookVerificationError, type WebhookDelivery } from './webhooks.js';

/** A credential, or a function returning the current one (e.g. after a token refresh); undefined sends none. */
export type Credential = string | (() => string | undefined | Promise<string | undefined>);

export interface CoopClientOptions {
  /** e.g. `https://api.example.org` (no trailing `/v1`: the paths carry it). */
  baseUrl: string;
  /** An access token from `POST /v1/auth/login`, sent as `Authorization: Bearer <token>`. */
  token?: Credential;
  /** An API key (`coop_...`) of an API client, sent as `X-API-Key`. */
  apiKey?: Credential;
  /** A fetch implementation (defaults to the global one). */
  fetch?: ClientOptions['fetch'];
  /** Headers sent with every request. */
  headers?: ClientOptions['headers'];
}

export function createCoopClient(options: CoopClientOptions): CoopClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers });
  client.use(authMiddleware(options));
  return client;
}

/** Adds the credential to requests that carry no Authorization and no X-API-Key header of their own. */
export function authMiddleware({ token, apiKey }: Pick<CoopClientOptions, 'token' | 'apiKey'>): Middleware {
  return {
    async onRequest({ request }) {
      if (request.headers.has('authorization') || request.headers.has('x-api-key')) return request;
      const bearer = await resolve(token);
      if (bearer) {
        request.headers.set('Authorization', `Bearer ${bearer}`);
        return request;
      }
      const key = await resolve(apiKey);
      if (key) request.headers.set('X-API-Key', key);
      return request;
    },
  };
}

const resolve = async (credential: Credential | undefined) =>
  typeof credential === 'function' ? credential() : credential;

/**
 * The `Idempotency-Key` header for the operations that accept one (writes that move money, change a member's
 * status or cast a vote): `params: { path, header: idempotencyKey() }`. Keep the key to retry the same request:
 * a retry with the same key and body returns the first response (header `Idempotent-Replayed: true`) and changes
 * nothing; the same key with another body is a 422 `IDEMPOTENCY_KEY_REUSED`.
 */
export function idempotencyKey(key: string = globalThis.crypto.randomUUID()): { 'Idempotency-Key': string } {
  return { 'Idempotency-Key': key };
}
