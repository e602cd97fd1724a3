/**
 * Webhook signing secrets at rest. A secret must be read back to sign (Standard Webhooks: HMAC with the secret), so
 * it cannot be hashed like an API key; it is stored encrypted instead, with AES-256-GCM (common/crypto/aead.ts) under
 * a key derived by HKDF-SHA256 from the master secret kept outside the database (config/master-secret.ts), and bound
 * to its cooperative (the associated data): a dump, a replica or a DBA sees no secret, and a sealed secret copied
 * into another cooperative's row does not open. Stored as `v1.` + base64url(IV || ciphertext || tag); a secret
 * stored before this (plaintext, `whsec_...`) is sealed when an API process starts (SigningSecrets.onApplicationBootstrap).
 * Pure: node:crypto only.
 */
import { hkdfSync } from 'node:crypto';
import { AeadOpenError, aeadOpen, aeadSeal } from '../common/crypto/aead.js';

/** Versioned: a new derivation gets a new label and prefix, and secrets stored under the old one keep it. */
const LABEL = 'coop-api webhook signing secrets v1';
/** How every sealed secret begins; a stored secret without it is plaintext from before sealing. */
export const SEALED_PREFIX = 'v1.';

export class SigningSecretUnreadable extends Error {}

/** The key of every stored signing secret, from the master secret. */
export function signingSecretsKey(master: Buffer): Buffer {
  if (master.length < 32) throw new RangeError('The master secret takes at least 32 bytes.');
  return Buffer.from(hkdfSync('sha256', master, LABEL, 'webhook-endpoint-secret', 32));
}

/** What the database stores for `secret` of an endpoint of `cooperativeId`. */
export function sealSigningSecret(key: Buffer, cooperativeId: string, secret: string): string {
  return (
    SEALED_PREFIX + aeadSeal(key, Buffer.from(secret, 'utf8'), Buffer.from(cooperativeId, 'utf8')).toString('base64url')
  );
}

/** True for a secret stored in plaintext, before secrets were sealed. */
export function isLegacyPlaintext(stored: string): boolean {
  return !stored.startsWith(SEALED_PREFIX);
}

/** The secret back; SigningSecretUnreadable when the master secret changed, or the row was altered or moved. */
export function openSigningSecret(key: Buffer, cooperativeId: string, stored: string): string {
  if (isLegacyPlaintext(stored)) return stored;
  try {
    const sealed = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64url');
    return aeadOpen(key, sealed, Buffer.from(cooperativeId, 'utf8')).toString('utf8');
  } catch (error) {
    if (!(error instanceof AeadOpenError)) throw error;
    throw new SigningSecretUnreadable(
      'the endpoint’s signing secret does not open under the master secret (BALLOT_SEAL_SECRET, JWT_SECRET or ' +
        'DATA_DIR/ballot-seal.key changed): restore it, or rotate the endpoint’s secret',
    );
  }
}
