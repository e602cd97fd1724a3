import { randomBytes } from 'node:crypto';
import { CopyFormatError, FixedWidthCopyReader } from './copy-out.js';

/** A binary COPY stream of one bytea column, as PostgreSQL writes it. */
function copyStream(values: Buffer[], extension = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(extension.length, 4);
  const rows = values.map((value) => {
    const prefix = Buffer.alloc(6);
    prefix.writeInt16BE(1);
    prefix.writeInt32BE(value.length, 2);
    return Buffer.concat([prefix, value]);
  });
  return Buffer.concat([
    Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
    header,
    extension,
    ...rows,
    Buffer.from([255, 255]),
  ]);
}

function readAll(stream: Buffer, chunkSize: number): { values: Buffer; count: number } {
  const reader = new FixedWidthCopyReader();
  const parts: Buffer[] = [];
  let count = 0;
  for (let at = 0; at < stream.length; at += chunkSize) {
    reader.push(stream.subarray(at, at + chunkSize));
    const taken = reader.take();
    parts.push(taken.values);
    count += taken.count;
  }
  reader.finish();
  return { values: Buffer.concat(parts), count };
}

describe('FixedWidthCopyReader', () => {
  const values = Array.from({ length: 7 }, () => randomBytes(13));
  const stream = copyStream(values, Buffer.from('ext'));

  it('cuts a binary COPY stream into its values, whatever the chunks it arrives in', () => {
    for (const size of [1, 2, 5, 6, 19, 64, stream.length]) {
      expect(readAll(stream, size)).toEqual({ values: Buffer.concat(values), count: 7 });
    }
  });

  it('reads an empty result', () => {
    expect(readAll(copyStream([]), 3)).toEqual({ values: Buffer.alloc(0), count: 0 });
  });

  it('refuses values of different widths, a stream that ends early, and what is not binary COPY', () => {
    expect(() => readAll(copyStream([randomBytes(4), randomBytes(5)]), 100)).toThrow(
      new CopyFormatError('A value of 5 bytes among values of 4.'),
    );
    expect(() => readAll(stream.subarray(0, stream.length - 2), 100)).toThrow('The COPY stream ended early.');
    expect(() => readAll(Buffer.from('id,sealed\n1,x\n'.repeat(3)), 100)).toThrow('Not binary COPY.');
  });
});
