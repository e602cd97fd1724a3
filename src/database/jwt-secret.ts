import { randomBytes } from 'node:crypto';
import { withClient } from './postgres-admin.js';

/** The deployment's JWT signing key: JWT_SECRET when set, else one generated once and kept in the database. */
export async function resolveJwtSecret(url: string, configured?: string): Promise<string> {
  if (configured) return configured;
  return withClient(url, async (client) => {
    await client.query(
      `INSERT INTO app_secrets (name, value) VALUES ('jwt_secret', $1) ON CONFLICT (name) DO NOTHING`,
      [randomBytes(48).toString('base64url')],
    );
    const { rows } = await client.query<{ value: string }>(`SELECT value FROM app_secrets WHERE name = 'jwt_secret'`);
    return rows[0].value;
  });
}
