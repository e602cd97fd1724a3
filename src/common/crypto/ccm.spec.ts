import { randomBytes } from 'node:crypto';
import { CcmOpenError, ccmOpen, ccmOpenMany, ccmSeal, ccmSealedLength } from './ccm.js';

describe('AES-256-CCM', () => {
  const key = randomBytes(32);

  it('opens a batch exactly as OpenSSL opens each value, at every length from 1 to 70 bytes', () => {
    for (let length = 1; length <= 70; length++) {
      const plaintexts = Array.from({ length: 5 }, () => randomBytes(length));
      const sealed = plaintexts.map((p) => ccmSeal(key, p));
      expect(sealed.map((s) => s.length)).toEqual(Array(5).fill(ccmSealedLength(length)));
      expect(sealed.map((s) => ccmOpen(key, s))).toEqual(plaintexts);
      expect(ccmOpenMany(key, Buffer.concat(sealed), 5, length)).toEqual(Buffer.concat(plaintexts));
    }
  });

  it('names the first value of a batch that was altered, in its nonce, its ciphertext or its tag', () => {
    const length = 38;
    for (const byte of [0, 11, 12, 12 + 37, 12 + 38, ccmSealedLength(length) - 1]) {
      const sealed = Buffer.concat(Array.from({ length: 4 }, () => ccmSeal(key, randomBytes(length))));
      sealed[2 * ccmSealedLength(length) + byte] ^= 0x01;
      expect(() => ccmOpenMany(key, sealed, 4, length)).toThrow(
        expect.objectContaining({ constructor: CcmOpenError, index: 2 }),
      );
      expect(() => ccmOpen(key, sealed.subarray(2 * ccmSealedLength(length), 3 * ccmSealedLength(length)))).toThrow(
        CcmOpenError,
      );
    }
  });

  it('refuses a value sealed under another key, and a batch of the wrong size', () => {
    const other = ccmSeal(randomBytes(32), Buffer.from('yes'));
    expect(() => ccmOpenMany(key, Buffer.concat([ccmSeal(key, Buffer.from('no!')), other]), 2, 3)).toThrow(
      expect.objectContaining({ index: 1 }),
    );
    expect(() => ccmOpen(key, other)).toThrow(CcmOpenError);
    expect(() => ccmOpenMany(key, other, 2, 3)).toThrow('2 values of 31 bytes expected.');
  });

  it('opens an empty batch to nothing', () => {
    expect(ccmOpenMany(key, Buffer.alloc(0), 0, 10)).toEqual(Buffer.alloc(0));
  });
});
