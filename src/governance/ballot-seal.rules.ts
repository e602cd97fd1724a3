/**
 * Sealing a secret ballot's content while the ballot is open (docs/governance.md, "Secret ballots: the threat
 * model"). Each content (the selection and its receipt code) is encrypted with AES-256-GCM under a key of its ballot,
 * derived by HKDF-SHA256 from a master secret kept outside the database (config/master-secret.ts); only closing opens
 * the seals. Pure: node:crypto only, no I/O.
 * - One key per ballot: HKDF(master, salt = SEAL_SALT, info = ballot id) gives 64 bytes, the first 32 the key, the
 *   last 32 a check value stored on the ballot (it tells a changed master secret from a corrupt row, and reveals
 *   nothing of the key: both halves are independent outputs of HKDF).
 * - Two schemes, the ballot's fixed when it opens (ballots.seal_scheme). 2, since 2026-12-03: AES-256-CCM with a
 *   random 12-byte nonce (common/crypto/ccm.ts) over the receipt's 10 bytes then the selection's JSON; closing opens
 *   a ballot's seals a batch at a time (a million in about 0.4 s). 1, ballots opened before: AES-256-GCM with a random
 *   12-byte IV (common/crypto/aead.ts) over the JSON [selection, receiptCode], opened one by one (about 4 µs each).
 *   Either tag makes a row sealed under another key, or altered, fail to open.
 * - The plaintext is padded with spaces to one length for the whole ballot (sealedPlaintextLength), so that the
 *   ciphertext's length does not tell "yes" from "abstain".
 */
import { hkdfSync, timingSafeEqual } from 'node:crypto';
import { AeadOpenError, aeadOpen, aeadSeal } from '../common/crypto/aead.js';
import { ccmSeal } from '../common/crypto/ccm.js';
import { formatReceiptCode, RECEIPT_BYTES, type StoredSelection } from './governance.rules.js';
import { type BallotKind, MOTION_VOTES } from './tally.rules.js';

/** How a ballot's contents are sealed (see above); a ballot keeps the scheme it opened with. */
export type SealScheme = 1 | 2;
/** The scheme of the ballots opened now. */
export const SEAL_SCHEME: SealScheme = 2;

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
 * longest motion vote) with a receipt. Every selection is a subset of the options (in ballot order), one of them,
 * null, or a motion vote, so none is longer than all of them listed.
 */
export function sealedPlaintextLength(scheme: SealScheme, kind: BallotKind, options: readonly string[]): number {
  const longest = kind === 'motion' ? [...MOTION_VOTES] : options;
  return scheme === 1
    ? Buffer.byteLength(JSON.stringify([longest, RECEIPT_SHAPE]), 'utf8')
    : RECEIPT_BYTES + Buffer.byteLength(JSON.stringify(longest), 'utf8');
}

/** The sealed content of a vote. `receipt`: its 10 bytes; `length`: the ballot's sealedPlaintextLength. */
export function sealContent(
  scheme: SealScheme,
  key: Buffer,
  selection: StoredSelection,
  receipt: Uint8Array,
  length: number,
): Buffer {
  const content =
    scheme === 1
      ? [Buffer.from(JSON.stringify([selection, formatReceiptCode(receipt)]), 'utf8')]
      : [receipt, Buffer.from(JSON.stringify(selection), 'utf8')];
  const size = content.reduce((total, part) => total + part.length, 0);
  if (size > length) throw new SealError(`A content of ${size} bytes does not fit in ${length}.`);
  const plaintext = Buffer.alloc(length, ' ');
  Buffer.concat(content).copy(plaintext);
  return scheme === 1 ? aeadSeal(key, plaintext) : ccmSeal(key, plaintext);
}

/**
 * Scheme 1: the JSON text [selection, receiptCode] (padded with spaces, which JSON ignores) of a sealed content. Throws
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
