import { CsvSyntaxError, readCsv } from './csv-reader.js';

const read = (text: string) => [...readCsv(text)];

describe('readCsv (RFC 4180)', () => {
  it('reads records ended by CRLF or LF, with or without a final line break', () => {
    expect(read('a,b\r\n1,2\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(read('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(read('1,,3\n,,\n')).toEqual([
      { line: 1, fields: ['1', '', '3'] },
      { line: 2, fields: ['', '', ''] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines inside them', () => {
    expect(read('"Pérez, Ana","say ""hi""","two\nlines"\r\nnext,"",x\n')).toEqual([
      { line: 1, fields: ['Pérez, Ana', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', '', 'x'] },
    ]);
  });

  it('skips a byte-order mark and blank lines, but keeps their line numbers', () => {
    expect(read('\uFEFFa\n\n\r\nb\n\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
    expect(read('')).toEqual([]);
    // A lone quoted empty field is a record, not a blank line.
    expect(read('""\n')).toEqual([{ line: 1, fields: [''] }]);
  });

  it('refuses malformed quoting with the line number', () => {
    const error = (text: string) => {
      try {
        read(text);
      } catch (e) {
        return [(e as CsvSyntaxError).line, (e as Error).message];
      }
      return null;
    };
    expect(error('a\n"open,b\nc\n')).toEqual([2, 'line 2: a quoted field is never closed']);
    expect(error('a\nb"c"\n')).toEqual([2, 'line 2: a quote inside an unquoted field']);
    expect(error('a\n"b"c\n')).toEqual([2, 'line 2: unexpected text after a closing quote']);
    expect(() => read('"x"y')).toThrow(CsvSyntaxError);
  });
});
