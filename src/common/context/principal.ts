/** Who is calling: a logged-in user or an external app's API client. Set by the auth guard. */
export type Principal =
  | { kind: 'user'; userId: string; email: string; isSuperadmin: boolean }
  | { kind: 'api_client'; clientId: string; cooperativeId: string; scopes: readonly string[] };

/** Stable identity of a caller, used to scope idempotency keys and as the audit actor. */
export function callerKey(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `api_client:${principal.clientId}`;
}
