/** What the auth module needs from the configuration, resolved at boot (the JWT secret may come from the database). */
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  jwtSecret: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  loginRateLimitPerMinute: number;
}
