import { randomBytes } from 'node:crypto';
import { ccmOpen } from '../common/crypto/ccm.js';
import { parseReceiptCode } from './governance.rules.js';
import {
  deriveBallotKeys,
  openSealedContent,
  sameKeyCheck,
  sealContent,
  sealedPlaintextLength,
  SealError,
} from './ballot-seal.rules.js';

const MASTER = Buffer.from('a-master-secret-of-at-least-32-characters');
const BALLOT = '6f1c1f0e-8a55-4a53-a0a7-0d3f5b2b8e11';
const RECEIPT = '0123-4567-89AB-CDEF';
const RECEIPT_BYTES = parseReceiptCode(RECEIPT);

describe('ballot seals', () => {
  const { key, check } = deriveBallotKeys(MASTER, BALLOT);

  it('derive one key and one check per ballot and master secret, the same each time', () => {
    expect(key).toHaveLength(32);
    expect(check).toHaveLength(32);
    expect(key.equals(check)).toBe(false);
    const again = deriveBallotKeys(MASTER, BALLOT);
    expect([again.key.equals(key), sameKeyCheck(again.check, check)]).toEqual([true, true]);
    const otherBallot = deriveBallotKeys(MASTER, '00000000-0000-4000-8000-000000000000');
    expect([otherBallot.key.equals(key), sameKeyCheck(otherBallot.check, check)]).toEqual([false, false]);
    const otherMaster = deriveBallotKeys(Buffer.from('another-master-secret-of-32-characters!'), BALLOT);
    expect([otherMaster.key.equals(key), sameKeyCheck(otherMaster.check, check)]).toEqual([false, false]);
    expect(sameKeyCheck(check.subarray(1), check)).toBe(false);
  });

  it('refuse a master secret shorter than 32 bytes', () => {
    expect(() => deriveBallotKeys(Buffer.from('too-short'), BALLOT)).toThrow(RangeError);
  });

  it('scheme 1: open what they sealed, the selection and receipt code as JSON padded with spaces', () => {
    const length = sealedPlaintextLength(1, 'choice', ['Ana', 'Berta']);
    for (const selection of ['Berta', null]) {
      const opened = openSealedContent(key, sealContent(1, key, selection, RECEIPT_BYTES, length));
      expect(opened).toHaveLength(length);
      expect(JSON.parse(opened)).toEqual([selection, RECEIPT]);
    }
  });

  it('scheme 2: seal the receipt bytes then the selection as JSON padded with spaces, under AES-256-CCM', () => {
    const length = sealedPlaintextLength(2, 'choice', ['Ana', 'Berta']);
    expect(length).toBe(10 + JSON.stringify(['Ana', 'Berta']).length);
    for (const selection of ['Berta', null]) {
      const opened = ccmOpen(key, sealContent(2, key, selection, RECEIPT_BYTES, length));
      expect(opened.subarray(0, 10)).toEqual(RECEIPT_BYTES);
      expect(opened.subarray(10).toString()).toBe(JSON.stringify(selection).padEnd(length - 10, ' '));
    }
  });

  it('give every content of a ballot one length, and equal contents different bytes', () => {
    for (const scheme of [1, 2] as const) {
      const length = sealedPlaintextLength(scheme, 'motion', []);
      expect(length).toBe(
        scheme === 1
          ? JSON.stringify([['yes', 'no', 'abstain'], RECEIPT]).length
          : 10 + '["yes","no","abstain"]'.length,
      );
      const sealed = ['yes', 'no', 'abstain', 'yes'].map((vote) =>
        sealContent(scheme, key, vote, RECEIPT_BYTES, length),
      );
      expect(new Set(sealed.map((s) => s.length))).toEqual(new Set([12 + length + 16]));
      expect(sealed[0].equals(sealed[3])).toBe(false);
    }
  });

  it('fit the longest election vote, in UTF-8 bytes', () => {
    const options = ['Zoë', 'Ōkubo', '李'];
    const length = sealedPlaintextLength(1, 'election', options);
    expect(length).toBe(Buffer.byteLength(JSON.stringify([options, RECEIPT])));
    const opened = openSealedContent(key, sealContent(1, key, options, RECEIPT_BYTES, length));
    expect(JSON.parse(opened)).toEqual([options, RECEIPT]);
    expect(() => sealContent(1, key, [...options, 'extra'], RECEIPT_BYTES, length)).toThrow(SealError);
    const length2 = sealedPlaintextLength(2, 'election', options);
    expect(length2).toBe(10 + Buffer.byteLength(JSON.stringify(options)));
    expect(
      ccmOpen(key, sealContent(2, key, options, RECEIPT_BYTES, length2))
        .subarray(10)
        .toString(),
    ).toBe(JSON.stringify(options));
    expect(() => sealContent(2, key, [...options, 'extra'], RECEIPT_BYTES, length2)).toThrow(SealError);
  });

  it('do not open under another key, nor once a byte is altered or the value cut short', () => {
    const length = sealedPlaintextLength(1, 'motion', []);
    const sealed = sealContent(1, key, 'yes', RECEIPT_BYTES, length);
    expect(() => openSealedContent(deriveBallotKeys(MASTER, 'another-ballot').key, sealed)).toThrow(SealError);
    for (const at of [0, 12, sealed.length - 1]) {
      const altered = Buffer.from(sealed);
      altered[at] ^= 1;
      expect(() => openSealedContent(key, altered)).toThrow(SealError);
    }
    expect(() => openSealedContent(key, sealed.subarray(0, 27))).toThrow(SealError);
    expect(() => openSealedContent(key, randomBytes(sealed.length))).toThrow(SealError);
  });
});
