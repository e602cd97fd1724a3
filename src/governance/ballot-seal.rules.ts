/**
 * Sealing a secret ballot's content while the ballot is open (docs/governance.md, "Secret ballots: the threat
 * model"). Each content (the selection and its receipt code) is encrypted with AES-256-GCM under a key of its ballot,
 * derived by HKDF-SHA256 from a master secret kept outside the database (config/master-secret.ts); only closing opens
 * the seals. Pure: node:crypto only, no I/O.
 * - One key per ballot: HKDF(master, salt = SEAL_SALT, info = ballot id) gives 64 bytes, the first 32 the key, the
 *   last 32 a check value stored on the ballot (it tells a changed master secret from a corrupt row, and reveals
 *   nothing of the key: both halves are independent outputs of HKDF).
 * - A random 12-byte IV per content; the sealed value is IV || ciphertext || 16-byte tag (common/crypto/aead.ts).
 *   GCM's tag makes a row sealed under another key, or altered, fail to open.
 * - The plaintext is the JSON [selection, receiptCode] padded with spaces to one length for the whole ballot
 *   (sealedPlaintextLength), so that the ciphertext's length does not tell "yes" from "abstain".
 */
import { hkdfSync, timingSafeEqual } from 'node:crypto';
import { AeadOpenError, aeadOpen, aeadSeal } from '../common/crypto/aead.js';
import { formatReceiptCode, type StoredSelection } from './governance.rules.js';
import { type BallotKind, MOTION_VOTES } from './tally.rules.js';

/** Versioned: a new derivation gets a new salt, and old seals keep the old one. */
export const SEAL_SALT = 'coop-api ballot seal v1';
/** Every receipt code has this length (16 base-32 characters in groups of 4). */
const RECEIPT_SHAPE = formatReceiptCode(new Uint8Array(10));

export interface BallotSealKeys {
  /** The AES-256-GCM key of the ballot's contents. */
  key: Buffer;
  /** Stored on the ballot when it opens: a master secret that gives another check cannot open its seals. */
  check: Buffer;
}

export class SealError extends Error {}

export function deriveBallotKeys(master: Buffer, ballotId: string): BallotSealKeys {
  if (master.length < 32) throw new RangeError('The ballot seal master secret takes at least 32 bytes.');
  const okm = Buffer.from(hkdfSync('sha256', master, SEAL_SALT, `ballot:${ballotId}`, 64));
  return { key: okm.subarray(0, 32), check: okm.subarray(32) };
}

export function sameKeyCheck(stored: Buffer, derived: Buffer): boolean {
  return stored.length === derived.length && timingSafeEqual(stored, derived);
}

/**
 * The one plaintext length of a ballot: the longest content a valid vote can have (every option marked, or the
 * longest motion vote) with a receipt code. Every selection is a subset of the options (in ballot order), one of
 * them, null, or a motion vote, so none is longer than all of them listed.
 */
export function sealedPlaintextLength(kind: BallotKind, options: readonly string[]): number {
  const longest = kind === 'motion' ? [...MOTION_VOTES] : options;
  return Buffer.byteLength(JSON.stringify([longest, RECEIPT_SHAPE]), 'utf8');
}

/** The sealed content: IV || ciphertext || tag. `length`: the ballot's sealedPlaintextLength. */
export function sealContent(key: Buffer, selection: StoredSelection, receiptCode: string, length: number): Buffer {
  const json = Buffer.from(JSON.stringify([selection, receiptCode]), 'utf8');
  if (json.length > length) throw new SealError(`A content of ${json.length} bytes does not fit in ${length}.`);
  const plaintext = Buffer.alloc(length, ' ');
  json.copy(plaintext);
  return aeadSeal(key, plaintext);
}

/**
 * The JSON text [selection, receiptCode] (padded with spaces, which JSON ignores) of a sealed content. Throws
 * SealError when the seal does not open under this key: another key, or an altered row.
 */
export function openSealedContent(key: Buffer, sealed: Buffer): string {
  try {
    return aeadOpen(key, sealed).toString('utf8');
  } catch (error) {
    if (!(error instanceof AeadOpenError)) throw error;
    throw new SealError('The sealed content does not open under this ballot key.');
  }
}
