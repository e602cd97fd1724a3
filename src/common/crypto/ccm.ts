/**
 * AES-256-CCM (NIST SP 800-38C) with a 12-byte nonce, a 16-byte tag and no associated data, as one value:
 * nonce || ciphertext || tag. Sealing is OpenSSL's, one value at a time (node:crypto). Opening comes in two forms:
 * `ccmOpen`, OpenSSL's, one value; and `ccmOpenMany`, which opens a batch of values of one length with a handful of
 * AES-ECB calls over the whole batch (CCM is CTR encryption and a CBC-MAC, both made of AES block encryptions).
 * A million values open in well under a second this way, against some 2 µs each through node:crypto's per-value
 * objects: it is what lets a secret ballot of a million votes close in under two seconds (governance/tally.sql.ts).
 * ccm.spec.ts holds `ccmOpenMany` to OpenSSL's result, byte for byte, on every length and on altered values.
 * Pure: node:crypto only, no I/O.
 */
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const BLOCK = 16;
/** The message length field of the blocks: 15 - nonce length (SP 800-38C, q). */
const Q = 15 - NONCE_BYTES;
/** B0's flags: no associated data, t = 16 ((16 - 2) / 2 in bits 3-5), q - 1 in bits 0-2. */
const B0_FLAGS = (((TAG_BYTES - 2) / 2) << 3) | (Q - 1);
/** The counter blocks' flags: q - 1. */
const CTR_FLAGS = Q - 1;

export class CcmOpenError extends Error {
  /** The index of the first value of the batch that did not open (ccmOpenMany), else 0. */
  constructor(
    message: string,
    readonly index = 0,
  ) {
    super(message);
  }
}

/** The sealed value's length for a plaintext of `length` bytes. */
export function ccmSealedLength(length: number): number {
  return NONCE_BYTES + length + TAG_BYTES;
}

/** `plaintext` sealed under the 32-byte `key` with a random nonce. */
export function ccmSeal(key: Buffer, plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-ccm', key, nonce, { authTagLength: TAG_BYTES });
  return Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** One sealed value opened by OpenSSL; CcmOpenError when it does not open under this key. */
export function ccmOpen(key: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new CcmOpenError('The sealed value is too short.');
  const decipher = createDecipheriv('aes-256-ccm', key, sealed.subarray(0, NONCE_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const plaintext = decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES));
    decipher.final();
    return plaintext;
  } catch {
    throw new CcmOpenError('The sealed value does not open under this key.');
  }
}

/**
 * `count` sealed values of a plaintext of `length` bytes each, laid end to end in `sealed`, opened at once: their
 * plaintexts end to end (count * length bytes). Throws CcmOpenError naming the first value whose tag does not match.
 */
export function ccmOpenMany(key: Buffer, sealed: Buffer, count: number, length: number): Buffer {
  const width = ccmSealedLength(length);
  if (sealed.length !== count * width) throw new CcmOpenError(`${count} values of ${width} bytes expected.`);
  if (length >= 1 << (8 * Q)) throw new RangeError('The plaintext is too long for a 12-byte nonce.');
  const blocks = Math.ceil(length / BLOCK);
  const aes = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);

  // CTR: the key stream of each value is E(counter 0), E(counter 1)...: counter 0 masks the tag, the others the data.
  const counters = Buffer.alloc(count * (blocks + 1) * BLOCK);
  for (let i = 0; i < count; i++) {
    const nonceAt = i * width;
    for (let j = 0; j <= blocks; j++) {
      const at = (i * (blocks + 1) + j) * BLOCK;
      counters[at] = CTR_FLAGS;
      for (let k = 0; k < NONCE_BYTES; k++) counters[at + 1 + k] = sealed[nonceAt + k];
      writeLength(counters, at + BLOCK - Q, j);
    }
  }
  const stream = aes.update(counters);
  const plaintexts = Buffer.alloc(count * length);
  const tags = Buffer.alloc(count * TAG_BYTES);
  for (let i = 0; i < count; i++) {
    const streamAt = i * (blocks + 1) * BLOCK;
    const dataAt = i * width + NONCE_BYTES;
    for (let k = 0; k < length; k++) {
      plaintexts[i * length + k] = sealed[dataAt + k] ^ stream[streamAt + BLOCK + k];
    }
    for (let k = 0; k < TAG_BYTES; k++) {
      tags[i * TAG_BYTES + k] = sealed[dataAt + length + k] ^ stream[streamAt + k];
    }
  }

  // CBC-MAC over B0 (flags, nonce, length) and the plaintext padded with zeros, one AES pass per block for all.
  const chain = Buffer.alloc(count * BLOCK);
  for (let i = 0; i < count; i++) {
    chain[i * BLOCK] = B0_FLAGS;
    for (let k = 0; k < NONCE_BYTES; k++) chain[i * BLOCK + 1 + k] = sealed[i * width + k];
    writeLength(chain, i * BLOCK + BLOCK - Q, length);
  }
  let mac = aes.update(chain);
  for (let b = 0; b < blocks; b++) {
    const upTo = Math.min(BLOCK, length - b * BLOCK);
    for (let i = 0; i < count; i++) {
      const at = i * BLOCK;
      const from = i * length + b * BLOCK;
      for (let k = 0; k < upTo; k++) mac[at + k] ^= plaintexts[from + k];
    }
    mac = aes.update(mac);
  }
  // Every tag compared in full before any answer (no early exit on the first differing byte).
  let differs = 0;
  for (let k = 0; k < count * BLOCK; k++) differs |= mac[k] ^ tags[k];
  if (differs !== 0) {
    const index = Array.from({ length: count }, (_, i) => i).find(
      (i) => !timingSafeEqual(mac.subarray(i * BLOCK, (i + 1) * BLOCK), tags.subarray(i * BLOCK, (i + 1) * BLOCK)),
    )!;
    throw new CcmOpenError(`The sealed value ${index} of the batch does not open under this key.`, index);
  }
  return plaintexts;
}

/** `value` in the Q bytes at `at`, big-endian. */
function writeLength(target: Buffer, at: number, value: number): void {
  for (let k = Q - 1; k >= 0; k--) {
    target[at + k] = value & 0xff;
    value >>>= 8;
  }
}
