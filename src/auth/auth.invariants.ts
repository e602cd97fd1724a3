/** Users, roles, refresh tokens and API clients: references hold, vocabularies are closed, secrets are hashes. */
import type { Invariant } from '../database/invariant.js';
import { ROLES, SCOPES } from '../common/access/role.js';
import { auditEntriesSql } from '../audit/audit.sql.js';
import { cooperativeDirectorySql } from '../cooperatives/cooperatives.sql.js';

const textArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;

export const invariants: Invariant[] = [
  {
    name: 'auth.role-grant-references',
    description: "Every role grant's user and cooperative exist.",
    sql: `SELECT g.cooperative_id, g.user_id, g.role,
                 (u.id IS NULL) AS user_missing, (c.id IS NULL) AS cooperative_missing
            FROM role_grants g
            LEFT JOIN users u ON u.id = g.user_id
            LEFT JOIN (${cooperativeDirectorySql()}) c ON c.id = g.cooperative_id
           WHERE u.id IS NULL OR c.id IS NULL`,
  },
  {
    name: 'auth.role-grant-known-role',
    description: 'Every role grant names one of the roles of the domain.',
    sql: `SELECT cooperative_id, user_id, role FROM role_grants WHERE NOT (role = ANY (${textArray(ROLES)}))`,
  },
  {
    name: 'auth.role-grant-audited',
    description: 'Every role grant has its role.granted audit entry (the grant and its entry commit together).',
    sql: `SELECT g.cooperative_id, g.user_id, g.role FROM role_grants g
           WHERE NOT EXISTS (
                 SELECT 1 FROM (${auditEntriesSql()}) a
                  WHERE a.cooperative_id = g.cooperative_id AND a.action = 'role.granted'
                    AND a.target_id = g.user_id::text AND a.summary ->> 'role' = g.role)`,
  },
  {
    name: 'auth.refresh-family-one-head',
    description: 'A refresh token family has at most one token neither replaced nor revoked.',
    sql: `SELECT family_id, count(*) AS live_tokens FROM refresh_tokens
           WHERE replaced_at IS NULL AND revoked_at IS NULL
           GROUP BY family_id HAVING count(*) > 1`,
  },
  {
    name: 'auth.refresh-family-one-user',
    description: 'All tokens of a refresh token family belong to one user.',
    sql: `SELECT family_id, count(DISTINCT user_id) AS users FROM refresh_tokens
           GROUP BY family_id HAVING count(DISTINCT user_id) > 1`,
  },
  {
    name: 'auth.refresh-rotation-complete',
    description: 'A replaced refresh token has its successor in the family (rotation is one transaction).',
    sql: `SELECT t.id, t.family_id FROM refresh_tokens t
           WHERE t.replaced_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM refresh_tokens s
                              WHERE s.family_id = t.family_id AND s.id <> t.id AND s.created_at >= t.created_at)`,
  },
  {
    name: 'auth.api-client-known-scopes',
    description: "Every API client's scopes are scopes the API defines.",
    sql: `SELECT id, cooperative_id, scopes FROM api_clients WHERE NOT (scopes <@ ${textArray(SCOPES)})`,
  },
  {
    name: 'auth.secrets-hashed',
    description: 'Passwords are stored as argon2id hashes, API key and refresh token secrets as sha256 hex.',
    sql: `SELECT 'users' AS "table", id FROM users
           WHERE password_hash IS NOT NULL AND password_hash NOT LIKE '$argon2id$%'
          UNION ALL
          SELECT 'api_clients', id FROM api_clients WHERE secret_hash !~ '^[0-9a-f]{64}$'
          UNION ALL
          SELECT 'refresh_tokens', id FROM refresh_tokens WHERE secret_hash !~ '^[0-9a-f]{64}$'`,
  },
];
