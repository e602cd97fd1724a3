import { csvField, csvLine, csvRecord, csvText } from './csv.js';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Ana Pérez')).toBe('Ana Pérez');
    expect(csvField(42)).toBe('42');
    expect(csvField('2024-05-10')).toBe('2024-05-10');
  });

  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes a field with a comma', () => {
    expect(csvField('Pérez, Ana')).toBe('"Pérez, Ana"');
  });

  it('quotes a field with double quotes and doubles each of them', () => {
    expect(csvField('José "Pepe" Núñez')).toBe('"José ""Pepe"" Núñez"');
    expect(csvField('"')).toBe('""""');
  });

  it('quotes a field with a line feed, a carriage return or both', () => {
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps accents and other non-ASCII text untouched', () => {
    expect(csvField('Coopérative Ñandú — São João')).toBe('Coopérative Ñandú — São João');
  });
});

describe('csvText (formula neutralisation)', () => {
  it.each(['=SUM(A1:A9)', '+1', '-1', '@cmd', '\t=1', '\r=1'])('prefixes an apostrophe to %j', (value) => {
    expect(csvText(value).startsWith(`'`) || csvText(value).startsWith(`"'`)).toBe(true);
  });

  it('then escapes as usual', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('Ana')).toBe('Ana');
    expect(csvText(null)).toBe('');
  });

  it('does not touch a sign inside the text', () => {
    expect(csvText('Ana-María = 1')).toBe('Ana-María = 1');
  });
});

describe('records', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['member_number', 'name', null, 3])).toBe('member_number,name,,3\r\n');
    expect(csvRecord(['1', '"a,b"'])).toBe('1,"a,b"\r\n');
  });
});
