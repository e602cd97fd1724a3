import { randomBytes } from 'node:crypto';
import { formatReceiptCode, receiptCodeAt } from './governance.rules.js';
import { ContentError, PUBLISHED_CHUNK, SecretContents, sortReceipts } from './secret-publication.rules.js';

/** The codes of receipts laid end to end. */
const codesOf = (receipts: Buffer) =>
  Array.from({ length: receipts.length / 10 }, (_, i) => receiptCodeAt(receipts, i * 10));

describe('SecretContents', () => {
  it('counts each selection, whatever the spacing of its JSON', () => {
    const contents = new SecretContents();
    for (const json of ['"yes"', '"no"', '"yes"', '["Ana", "Berta"]', '["Ana","Berta"]', 'null']) {
      contents.add(json, randomBytes(10));
    }
    expect(contents.counts()).toEqual([
      { selection: 'yes', votes: 2 },
      { selection: 'no', votes: 1 },
      { selection: ['Ana', 'Berta'], votes: 2 },
      { selection: null, votes: 1 },
    ]);
  });

  it('reads plaintexts of scheme 2 (receipt bytes, then the selection padded with spaces)', () => {
    const receipts = [randomBytes(10), randomBytes(10), randomBytes(10)];
    const length = 10 + 22;
    const plaintexts = Buffer.alloc(3 * length, ' ');
    ['"yes"', '["Ana","Berta"]', '"yes"'].forEach((json, i) => {
      receipts[i].copy(plaintexts, i * length);
      plaintexts.write(json, i * length + 10);
    });
    const contents = new SecretContents();
    contents.addPlaintexts(plaintexts, 3, length);
    expect(contents.counts()).toEqual([
      { selection: 'yes', votes: 2 },
      { selection: ['Ana', 'Berta'], votes: 1 },
    ]);
    const codes = receipts.map((r) => formatReceiptCode(r)).sort();
    expect(codesOf(contents.sortedReceipts())).toEqual(codes);
    // A selection seen first as JSON text (a content of scheme 1) and then as bytes is one selection.
    const mixed = new SecretContents();
    mixed.add('["Ana", "Berta"]', randomBytes(10));
    mixed.addPlaintexts(plaintexts, 3, length);
    mixed.addPlaintexts(plaintexts, 3, length);
    expect(mixed.counts()).toEqual([
      { selection: ['Ana', 'Berta'], votes: 3 },
      { selection: 'yes', votes: 4 },
    ]);
  });

  it('publishes every choice once, in chunks of PUBLISHED_CHUNK, in an order that is not the voting order', () => {
    const contents = new SecretContents();
    const n = 2 * PUBLISHED_CHUNK + 7;
    for (let i = 0; i < n; i++) contents.add(JSON.stringify(`option ${i}`), randomBytes(10));
    const chunks = contents.shuffledChoiceChunks().map((chunk) => JSON.parse(chunk) as string[]);
    expect(chunks.map((c) => c.length)).toEqual([PUBLISHED_CHUNK, PUBLISHED_CHUNK, 7]);
    const published = chunks.flat();
    expect([...published].sort()).toEqual(Array.from({ length: n }, (_, i) => `option ${i}`).sort());
    // Left where it was voted: about 1 in n each; 50 of 2,007 in place would be a broken shuffle.
    expect(published.filter((choice, i) => choice === `option ${i}`).length).toBeLessThan(50);
  });

  it('sorts receipts as their codes sort', () => {
    const contents = new SecretContents();
    const receipts = Array.from({ length: PUBLISHED_CHUNK + 500 }, () => randomBytes(10));
    // Receipts sharing their first 6 bytes land in one bucket: the sort within it must still order them.
    receipts.push(Buffer.concat([receipts[0].subarray(0, 6), Buffer.from([0, 0, 0, 0])]));
    receipts.push(Buffer.concat([receipts[0].subarray(0, 6), Buffer.from([255, 255, 255, 255])]));
    for (const receipt of receipts) contents.add('"yes"', receipt);
    const codes = receipts.map((r) => formatReceiptCode(r)).sort();
    expect(codesOf(contents.sortedReceipts())).toEqual(codes);
  });

  it('refuses a receipt that appears twice (a sealed row copied)', () => {
    const contents = new SecretContents();
    const receipt = randomBytes(10);
    contents.add('"yes"', receipt);
    contents.add('"no"', randomBytes(10));
    contents.add('"yes"', receipt);
    expect(() => contents.sortedReceipts()).toThrow(
      new ContentError(`The receipt ${formatReceiptCode(receipt)} appears twice.`),
    );
  });
});

describe('sortReceipts', () => {
  it('gives the order of the receipts by their bytes', () => {
    const count = 5_000;
    const receipts = randomBytes(count * 10);
    const expected = Array.from({ length: count }, (_, i) => i).sort((a, b) =>
      receipts.subarray(a * 10, a * 10 + 10).compare(receipts.subarray(b * 10, b * 10 + 10)),
    );
    expect(sortReceipts(receipts, count)).toEqual({ order: Uint32Array.from(expected), repeated: -1 });
  });
});
