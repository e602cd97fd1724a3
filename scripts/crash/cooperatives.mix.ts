/**
 * Cooperatives and auth in the mix: new cooperatives (each with its founding bylaws), invitations and their
 * acceptance (users with roles), role grants and bylaws changes, on cooperatives of their own (the world's
 * cooperative is left to the other modules).
 */
import { randomUUID } from 'node:crypto';
import { exists, field, type MixEntry, type Step } from './journal.js';
import { ROLES, userWrite, type World } from './world.js';

export function cooperativesMix(world: World): MixEntry[] {
  const cooperatives: string[] = [];
  const users: { userId: string; cooperativeId: string }[] = [];
  const bylawsVersions = new Map<string, number>();
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];
  const role = () => pick([...ROLES])!;

  const createCooperative = (): Step => {
    const name = `Crash Coop ${randomUUID()}`;
    return {
      module: 'cooperatives',
      write: {
        method: 'POST',
        path: '/v1/cooperatives',
        body: { name, bylaws: { shareParValue: '25' } },
        token: world.admin,
        idempotent: true,
      },
      acknowledged(body) {
        cooperatives.push(field(body, 'id'));
        return [
          exists('the cooperative', 'cooperatives', 'id = $1 AND name = $2', [field(body, 'id'), name]),
          exists('its founding bylaws', 'bylaws', 'cooperative_id = $1 AND share_par_value = 25', [field(body, 'id')]),
        ];
      },
    };
  };
  const invitations: { token: string; accept: (token: string) => Step }[] = [];
  const inviteUser = (cooperativeId: string): Step => {
    const roles = [role()];
    const { email, write, accept } = userWrite(world.admin, cooperativeId, roles);
    const accepted = (token: string): Step => ({
      module: 'auth',
      write: accept(token),
      acknowledged(body) {
        users.push({ userId: field(body, 'userId'), cooperativeId });
        return [
          exists('the user with the role', 'users u JOIN role_grants g ON g.user_id = u.id', USER_ROLE, [
            field(body, 'userId'),
            cooperativeId,
            roles[0],
            email,
          ]),
        ];
      },
    });
    return {
      module: 'auth',
      write,
      acknowledged(body) {
        invitations.push({ token: field(body, 'token'), accept: accepted });
        return [
          exists('the invitation', 'user_invitations', 'id = $1 AND cooperative_id = $2 AND email = $3', [
            field(body, 'id'),
            cooperativeId,
            email,
          ]),
        ];
      },
    };
  };
  const grantRole = (user: { userId: string; cooperativeId: string }): Step => {
    const granted = role();
    return {
      module: 'auth',
      write: {
        method: 'PUT',
        path: `/v1/cooperatives/${user.cooperativeId}/users/${user.userId}/roles/${granted}`,
        token: world.admin,
        idempotent: false,
      },
      audited: false,
      acknowledged: (body) => [
        exists('the role grant', 'users u JOIN role_grants g ON g.user_id = u.id', USER_ROLE, [
          user.userId,
          user.cooperativeId,
          granted,
          field(body, 'email'),
        ]),
      ],
    };
  };
  // Each change a quorum no earlier change set (for 7,920 changes) and never a whole number like the founding 50: a
  // value equal to the stored one would change nothing, so it would rightly have no audit entry, and the check would
  // call the acknowledged write lost.
  let bylawsChanges = 0;
  const changeBylaws = (cooperativeId: string): Step => {
    const n = bylawsChanges++;
    const quorumPercent = `${10 + (n % 80)}.${String(1 + (Math.floor(n / 80) % 99)).padStart(2, '0')}`;
    return {
      module: 'cooperatives',
      write: {
        method: 'PATCH',
        path: `/v1/cooperatives/${cooperativeId}/bylaws`,
        body: { quorumPercent },
        token: world.admin,
        idempotent: false,
      },
      acknowledged(body) {
        const version = Number(field(body, 'version'));
        bylawsVersions.set(cooperativeId, Math.max(version, bylawsVersions.get(cooperativeId) ?? 0));
        return [
          exists(
            `bylaws at version ${version} or later (quorum ${quorumPercent} at ${version})`,
            'bylaws',
            'cooperative_id = $1 AND (version > $2 OR (version = $2 AND quorum_percent = $3::numeric))',
            [cooperativeId, version, quorumPercent],
          ),
        ];
      },
    };
  };

  return [
    { weight: 2, next: createCooperative },
    { weight: 2, next: () => (cooperatives.length > 0 ? inviteUser(pick(cooperatives)!) : undefined) },
    {
      weight: 2,
      next: () => {
        const invitation = invitations.shift();
        return invitation ? invitation.accept(invitation.token) : undefined;
      },
    },
    { weight: 2, next: () => (users.length > 0 ? grantRole(pick(users)!) : undefined) },
    { weight: 1, next: () => (cooperatives.length > 0 ? changeBylaws(pick(cooperatives)!) : undefined) },
  ];
}

const USER_ROLE = 'u.id = $1 AND g.cooperative_id = $2 AND g.role = $3 AND u.email = $4';
