import type { RateLimitSettings } from '../config/app-config.js';

/** What the auth module needs from the configuration, resolved at boot (the JWT secret may come from the database). */
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  jwtSecret: string;
  /** `iss` of the access tokens this API issues, and the only one it accepts. */
  jwtIssuer: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  loginRateLimitPerMinute: number;
  rateLimits: RateLimitSettings;
}

/** `aud` of every access token: this API, whoever issues. */
export const JWT_AUDIENCE = 'coop-api';
