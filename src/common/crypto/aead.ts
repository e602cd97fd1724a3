/**
 * AES-256-GCM with a random 12-byte IV, as one value: IV || ciphertext || 16-byte tag. The tag makes a value sealed
 * under another key, with other associated data, or altered, fail to open. Pure: node:crypto only. Used for secret
 * ballots' contents (governance/ballot-seal.rules.ts) and webhook signing secrets at rest (webhooks/signing-secrets.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class AeadOpenError extends Error {}

/** `plaintext` sealed under the 32-byte `key`, bound to `associated` (authenticated, not stored) when given. */
export function aeadSeal(key: Buffer, plaintext: Buffer, associated?: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, key, iv);
  if (associated) cipher.setAAD(associated);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext of a sealed value; AeadOpenError when it does not open under this key and associated data. */
export function aeadOpen(key: Buffer, sealed: Buffer, associated?: Buffer): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new AeadOpenError('The sealed value is too short.');
  const decipher = createDecipheriv(CIPHER, key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  if (associated) decipher.setAAD(associated);
  try {
    const plaintext = decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES));
    decipher.final(); // GCM yields no more bytes here: it checks the tag, and throws when it does not match
    return plaintext;
  } catch {
    throw new AeadOpenError('The sealed value does not open under this key.');
  }
}
