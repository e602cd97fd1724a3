/**
 * One column of fixed width read with COPY ... TO STDOUT (FORMAT binary) on a transaction's own connection: about
 * ten times faster than rows through a query for a million values (0.3 s against 1.7 to 3 s for 86 MB, PostgreSQL
 * 15, this machine), because nothing is parsed per row but a length. Used where a million values are read at once
 * (a secret ballot's sealed votes at closing). `FixedWidthCopyReader` is the pure part: the binary COPY format
 * (PostgreSQL documentation, "COPY", "Binary Format") cut into values, whatever the chunks it arrives in.
 */
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Signature, flags (int32), header extension length (int32). */
const HEADER_BYTES = SIGNATURE.length + 8;

export class CopyFormatError extends Error {}

/** Values of one non-null column of one width, taken in batches, end to end. */
export class FixedWidthCopyReader {
  private pending: Buffer = Buffer.alloc(0);
  private headerRead = false;
  private ended = false;
  private readonly values: Buffer[] = [];
  /** The width of every value; null until the first one. */
  width: number | null = null;

  /** Feeds a chunk of the COPY stream. */
  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let at = 0;
    if (!this.headerRead) {
      if (this.pending.length < HEADER_BYTES) return;
      if (!this.pending.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new CopyFormatError('Not binary COPY.');
      const extension = this.pending.readUInt32BE(SIGNATURE.length + 4);
      if (this.pending.length < HEADER_BYTES + extension) return;
      at = HEADER_BYTES + extension;
      this.headerRead = true;
    }
    const start = at;
    while (this.pending.length - at >= 2) {
      const fields = this.pending.readInt16BE(at);
      if (fields === -1) {
        this.ended = true;
        at += 2;
        break;
      }
      if (fields !== 1) throw new CopyFormatError(`A row of ${fields} columns; one expected.`);
      if (this.pending.length - at < 6) break;
      const length = this.pending.readInt32BE(at + 2);
      if (length < 0) throw new CopyFormatError('A null value.');
      this.width ??= length;
      if (length !== this.width) throw new CopyFormatError(`A value of ${length} bytes among values of ${this.width}.`);
      if (this.pending.length - at < 6 + length) break;
      at += 6 + length;
    }
    this.collect(start, at);
    this.pending = this.pending.subarray(at);
  }

  /** How many values are waiting to be taken. */
  get waiting(): number {
    return this.width === null ? 0 : this.values.reduce((n, part) => n + part.length, 0) / this.width;
  }

  /** The values read so far, end to end, and how many; the reader keeps none of them. */
  take(): { values: Buffer; count: number } {
    const count = this.waiting;
    const values = this.values.length === 1 ? this.values[0] : Buffer.concat(this.values);
    this.values.length = 0;
    return { values, count };
  }

  /** After the last chunk: CopyFormatError unless the stream ended with its trailer. */
  finish(): void {
    if (!this.ended || this.pending.length !== 0) throw new CopyFormatError('The COPY stream ended early.');
  }

  /** The values of the rows between `from` and `to` in `pending`, without their row and length prefixes. */
  private collect(from: number, to: number): void {
    const end = this.ended ? to - 2 : to;
    if (this.width === null || end <= from) return;
    const rowBytes = 6 + this.width;
    const rows = (end - from) / rowBytes;
    const out = Buffer.allocUnsafe(rows * this.width);
    for (let r = 0; r < rows; r++)
      this.pending.copy(out, r * this.width, from + r * rowBytes + 6, from + (r + 1) * rowBytes);
    this.values.push(out);
  }
}

/**
 * Runs `COPY (select) TO STDOUT (FORMAT binary)` on the connection of `manager`'s transaction and hands its values
 * to `onBatch` about `batch` at a time (and the rest at the end). `select` is built with `literal`, the driver's
 * quoting: COPY takes no parameters.
 */
export async function copyOutFixedWidth(
  manager: EntityManager,
  select: (literal: (value: string) => string) => string,
  batch: number,
  onBatch: (values: Buffer, count: number, width: number) => void,
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('copyOutFixedWidth runs in a transaction.');
  const client = (await runner.connect()) as PoolClient;
  const reader = new FixedWidthCopyReader();
  const stream = client.query(
    copyTo(`COPY (${select((value) => client.escapeLiteral(value))}) TO STDOUT (FORMAT binary)`),
  );
  const flush = () => {
    const { values, count } = reader.take();
    if (count > 0) onBatch(values, count, reader.width!);
  };
  for await (const chunk of stream) {
    reader.push(chunk as Buffer);
    if (reader.waiting >= batch) flush();
  }
  reader.finish();
  flush();
}
