/**
 * Access tokens for the scenarios. Members: the bench starts the API with a JWT_SECRET of its own and signs each
 * member's access token exactly as the API does (tokens.service.ts: HS256, `{ sub, typ: 'access' }`), because a
 * load of thousands of distinct voters cannot log in one by one (argon2id is slow on purpose, and login is measured
 * by login-and-read). The API still checks every token and loads its user on every request.
 */
import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { callApi, type ApiProcess } from './api-process.js';

export const newJwtSecret = () => randomBytes(32).toString('hex');

export function memberTokenSigner(secret: string): (userId: string) => string {
  const jwt = new JwtService();
  return (userId) => jwt.sign({ sub: userId, typ: 'access' }, { secret, algorithm: 'HS256', expiresIn: 3600 });
}

/** A fresh access token of the platform superadmin (an admin of every cooperative), through the login route. */
export async function adminToken(api: ApiProcess, admin: { email: string; password: string }): Promise<string> {
  const { accessToken } = await callApi<{ accessToken: string }>(api, 'POST', '/v1/auth/login', { body: admin });
  return accessToken;
}

/** Runs one query on the bench database (setup reads such as "which members may vote"). */
export async function queryRows<T extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
