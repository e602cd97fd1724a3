/**
 * Access tokens for the scenarios. Members: the bench starts the API with a JWT_SECRET of its own and signs each
 * member's access token exactly as the API does (tokens.service.ts: HS256, `{ sub, typ: 'access', sid }`, the
 * default issuer, the audience; the session is the one generate.ts opened for each member, its id the user's),
 * because a load of thousands of distinct voters cannot log in one by one (argon2id is slow on purpose, and login is
 * measured by login-and-read). The API still checks every token, its session and its user on every request.
 */
import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { callApi, type ApiProcess } from './api-process.js';
import type { Generated } from './generate.js';
import { JWT_AUDIENCE } from '../../src/auth/auth.settings.js';

export const newJwtSecret = () => randomBytes(32).toString('hex');

export function memberTokenSigner(secret: string): (userId: string) => string {
  const jwt = new JwtService();
  return (userId) =>
    jwt.sign(
      { sub: userId, typ: 'access', sid: userId },
      { secret, algorithm: 'HS256', expiresIn: 3600, issuer: 'coop-api', audience: JWT_AUDIENCE },
    );
}

/** A fresh access token of an account, through the login route. */
export async function loginToken(api: ApiProcess, account: { email: string; password: string }): Promise<string> {
  const { accessToken } = await callApi<{ accessToken: string }>(api, 'POST', '/v1/auth/login', { body: account });
  return accessToken;
}

/** A fresh access token of the generated cooperative's staff account (generate.ts), through the login route. */
export async function staffToken(api: ApiProcess, generated: Generated): Promise<string> {
  if (!generated.accounts) throw new Error('no staff account: the users family did not run');
  return loginToken(api, { email: generated.accounts.staffEmail, password: generated.accounts.password });
}
