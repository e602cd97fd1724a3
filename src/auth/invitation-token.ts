/**
 * One-time invitation tokens, `<invitation id>.<secret>` (32 random bytes, only their sha256 kept), shared by the
 * member invitations (membership) and the user invitations (auth). Every way a token can fail answers the same
 * INVITATION_INVALID, so a token's holder learns nothing else (not whether its email already has an account).
 */
import { UUID } from '../common/dates.js';
import { AuthError } from './auth.errors.js';
import { randomToken, sameHash, sha256 } from './secrets.js';

/** The id in lower case only, as the token was issued (no `i` flag on purpose). */
const TOKEN = new RegExp(`^(${UUID.source.slice(1, -1)})\\.([A-Za-z0-9_-]{43})$`);

export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

export interface PendingInvitation {
  secretHash: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export const invitationInvalid = () =>
  new AuthError('INVITATION_INVALID', 'The invitation is invalid, expired, revoked or used.');

/** A new secret and what to store of it. */
export function newInvitationSecret(): { secret: string; secretHash: string } {
  const secret = randomToken(32);
  return { secret, secretHash: sha256(secret) };
}

export const invitationToken = (id: string, secret: string) => `${id}.${secret}`;

export const invitationExpiry = (days: number | undefined, now = Date.now()) =>
  new Date(now + (days ?? INVITATION_DEFAULT_DAYS) * 86_400_000);

/** The invitation id and secret of a well-formed token; INVITATION_INVALID otherwise. */
export function parseInvitationToken(token: string): { id: string; secret: string } {
  const match = TOKEN.exec(token);
  if (!match) throw invitationInvalid();
  return { id: match[1], secret: match[2] };
}

/** The invitation, when the secret is its own and it is neither used, revoked nor expired; INVITATION_INVALID otherwise. */
export function assertUsable<T extends PendingInvitation>(invitation: T | null, secret: string, now = new Date()): T {
  const usable =
    invitation !== null &&
    sameHash(invitation.secretHash, sha256(secret)) &&
    invitation.acceptedAt === null &&
    invitation.revokedAt === null &&
    invitation.expiresAt > now;
  if (!usable) throw invitationInvalid();
  return invitation;
}
