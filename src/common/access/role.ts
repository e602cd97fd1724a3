/** The roles a user may hold in one cooperative (DOMAIN.md, Roles). A platform superadmin is a user flag, not a role. */
export const ROLES = ['admin', 'secretary', 'treasurer', 'board', 'credit_committee', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** What an API client may be granted. Each route names the scope it needs. */
export const SCOPES = [
  'cooperative:read',
  'bylaws:read',
  'audit:read',
  'events:read',
  'members:read',
  'members:write',
  'capital:read',
  'capital:write',
  'governance:read',
  'governance:write',
  'surplus:read',
  'surplus:write',
  'credit:read',
  'credit:write',
] as const;
export type Scope = (typeof SCOPES)[number];
