/**
 * What a secret ballot publishes at closing, from its opened contents (tally.sql.ts, publishSecretChoices): the
 * count per selection, the choices in a random order in chunks of PUBLISHED_CHUNK, and the receipts (their 10 bytes)
 * sorted in chunks of as many; the two lists are apart, so nothing stored links a receipt to its choice. Pure: node:crypto's
 * randomness only, no I/O. Sized for a million contents: a selection is kept once per distinct value and each
 * content as its index (found by a hash of its plaintext bytes), a receipt as its 10 bytes; the sort is a bucket
 * sort on the receipts' uniform bytes.
 */
import { randomBytes } from 'node:crypto';
import { RECEIPT_BYTES, receiptCodeAt, type StoredSelection } from './governance.rules.js';

/** Contents per stored chunk: a page of the lists (at most 200) reads one or two chunks. */
export const PUBLISHED_CHUNK = 1_000;

/** A content that cannot be counted (a receipt twice: a sealed row was copied). */
export class ContentError extends Error {}

export class SecretContents {
  private readonly selections: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Selections seen as plaintext bytes, by a hash of those bytes: most contents are found without a string. */
  private readonly byBytes = new Map<number, { bytes: Buffer; index: number }[]>();
  private readonly picks: number[] = [];
  private readonly receiptParts: Buffer[] = [];

  get size(): number {
    return this.picks.length;
  }

  /** One content: its selection as JSON (any spacing) and its receipt's 10 bytes. */
  add(selectionJson: string, receipt: Uint8Array): void {
    this.pick(JSON.stringify(JSON.parse(selectionJson)));
    this.receiptParts.push(Buffer.from(receipt));
  }

  /**
   * `count` plaintexts of `length` bytes end to end, each the receipt's 10 bytes then the selection's JSON padded
   * with spaces (ballot-seal.rules.ts, scheme 2).
   */
  addPlaintexts(plaintexts: Buffer, count: number, length: number): void {
    const receipts = Buffer.alloc(count * RECEIPT_BYTES);
    for (let i = 0; i < count; i++) {
      const at = i * length;
      for (let k = 0; k < RECEIPT_BYTES; k++) receipts[i * RECEIPT_BYTES + k] = plaintexts[at + k];
      this.picks.push(this.selectionAt(plaintexts, at + RECEIPT_BYTES, at + length));
    }
    this.receiptParts.push(receipts);
  }

  /** The index of the selection whose padded JSON is plaintexts[from, to). */
  private selectionAt(plaintexts: Buffer, from: number, to: number): number {
    let hash = 0x811c9dc5; // FNV-1a, 32 bits
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ plaintexts[k], 0x01000193);
    const candidates = this.byBytes.get(hash) ?? [];
    for (const { bytes, index } of candidates) {
      let same = bytes.length === to - from;
      for (let k = 0; same && k < bytes.length; k++) same = bytes[k] === plaintexts[from + k];
      if (same) return index;
    }
    const index = this.indexFor(plaintexts.toString('utf8', from, to).trimEnd());
    candidates.push({ bytes: Buffer.from(plaintexts.subarray(from, to)), index });
    this.byBytes.set(hash, candidates);
    return index;
  }

  /** The votes per selection, as the tally reads them (aggregateSelections). */
  counts(): { selection: StoredSelection; votes: number }[] {
    const votes = new Array<number>(this.selections.length).fill(0);
    for (const pick of this.picks) votes[pick]++;
    return this.selections.map((json, i) => ({ selection: JSON.parse(json) as StoredSelection, votes: votes[i] }));
  }

  /** The selections shuffled (Fisher-Yates, crypto randomness), as JSON arrays of PUBLISHED_CHUNK. */
  shuffledChoiceChunks(): string[] {
    const order = Uint32Array.from(this.picks);
    const random = new UniformIntegers();
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.below(i + 1);
      const kept = order[i];
      order[i] = order[j];
      order[j] = kept;
    }
    const chunks: string[] = [];
    for (let from = 0; from < order.length; from += PUBLISHED_CHUNK) {
      const chunk: string[] = [];
      for (const pick of order.subarray(from, from + PUBLISHED_CHUNK)) chunk.push(this.selections[pick]);
      chunks.push(`[${chunk.join(',')}]`);
    }
    return chunks;
  }

  /** Every receipt's 10 bytes, sorted, end to end; ContentError if one appears twice. */
  sortedReceipts(): Buffer {
    const receipts = Buffer.concat(this.receiptParts);
    const { order, repeated } = sortReceipts(receipts, this.size);
    if (repeated >= 0) {
      throw new ContentError(`The receipt ${receiptCodeAt(receipts, repeated * RECEIPT_BYTES)} appears twice.`);
    }
    const sorted = Buffer.alloc(receipts.length);
    for (let k = 0; k < order.length; k++) {
      for (let b = 0; b < RECEIPT_BYTES; b++) sorted[k * RECEIPT_BYTES + b] = receipts[order[k] * RECEIPT_BYTES + b];
    }
    return sorted;
  }

  private pick(json: string): void {
    this.picks.push(this.indexFor(json));
  }

  private indexFor(json: string): number {
    let index = this.indexOf.get(json);
    if (index === undefined) {
      index = this.selections.push(json) - 1;
      this.indexOf.set(json, index);
    }
    return index;
  }
}

/**
 * The order of `count` receipts of 10 bytes each in `receipts`, by their bytes (which is their codes' order), and
 * one that appears twice (its index), or -1. Random bytes are uniform, so a bucket per receipt on the first 6 bytes
 * leaves about one receipt per bucket: linear time. Equal receipts share a bucket, and the insertion into it meets
 * them side by side.
 */
export function sortReceipts(receipts: Buffer, count: number): { order: Uint32Array; repeated: number } {
  const prefix = new Float64Array(count);
  const bucketOf = new Uint32Array(count);
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const at = i * RECEIPT_BYTES;
    prefix[i] =
      ((receipts[at] * 256 + receipts[at + 1]) * 256 + receipts[at + 2]) * 2 ** 24 +
      ((receipts[at + 3] << 16) | (receipts[at + 4] << 8) | receipts[at + 5]);
    bucketOf[i] = Math.floor((prefix[i] / 2 ** 48) * count);
    starts[bucketOf[i] + 1]++;
  }
  for (let b = 0; b < count; b++) starts[b + 1] += starts[b];
  const order = new Uint32Array(count);
  const filled = starts.slice(0, count);
  for (let i = 0; i < count; i++) order[filled[bucketOf[i]]++] = i;
  let repeated = -1;
  for (let b = 0; b < count; b++) {
    for (let k = starts[b] + 1; k < starts[b + 1]; k++) {
      const item = order[k];
      let at = k;
      let comparison = 1;
      while (at > starts[b] && (comparison = compareReceipts(receipts, order[at - 1], item)) > 0) {
        order[at] = order[at - 1];
        at--;
      }
      if (comparison === 0) repeated = item;
      order[at] = item;
    }
  }
  return { order, repeated };
}

function compareReceipts(receipts: Buffer, a: number, b: number): number {
  return receipts.compare(
    receipts,
    b * RECEIPT_BYTES,
    (b + 1) * RECEIPT_BYTES,
    a * RECEIPT_BYTES,
    (a + 1) * RECEIPT_BYTES,
  );
}

/** Uniform integers below a bound, from crypto randomness drawn 64 kB at a time (rejection: no modulo bias). */
class UniformIntegers {
  private pool = new Uint32Array(0);
  private next = 0;

  below(bound: number): number {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      if (this.next === this.pool.length) {
        this.pool = new Uint32Array(randomBytes(65_536).buffer);
        this.next = 0;
      }
      const value = this.pool[this.next++];
      if (value < limit) return value % bound;
    }
  }
}
