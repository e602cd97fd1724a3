/**
 * Reading CSV (RFC 4180) sent by people: fields separated by commas, records ended by CRLF or LF, a quoted field may
 * hold commas, doubled quotes and line breaks. A UTF-8 byte-order mark at the start is ignored (spreadsheets write
 * one), and so are blank lines (spreadsheets leave them at the end). Each record carries the line it starts on, so
 * errors can name the row a person sees in their spreadsheet.
 */
export interface CsvRow {
  /** 1-based line number of the record's first line in the text. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Yields the records of `text` one by one (the text is read once; nothing else is kept in memory). */
export function* readCsv(text: string): Generator<CsvRow> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let afterQuote = false;
    let ended = false;
    while (i < n && !ended) {
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            afterQuote = true;
            i++;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        afterQuote = false;
        i++;
      } else if (c === '\r' || c === '\n') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        ended = true;
      } else if (afterQuote) {
        throw new CsvSyntaxError(line, `line ${line}: unexpected text after a closing quote`);
      } else if (c === '"') {
        if (field !== '') throw new CsvSyntaxError(line, `line ${line}: a quote inside an unquoted field`);
        quoted = true;
        i++;
      } else {
        field += c;
        i++;
      }
    }
    if (quoted) throw new CsvSyntaxError(start, `line ${start}: a quoted field is never closed`);
    fields.push(field);
    if (fields.length === 1 && fields[0] === '' && !afterQuote) continue; // a blank line
    yield { line: start, fields };
  }
}
