/**
 * CSV (RFC 4180): fields separated by commas, records ended by CRLF; a field holding a comma, a double quote, CR
 * or LF is enclosed in double quotes, with each double quote doubled. Text is UTF-8 as given (accents untouched).
 *
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or CR before one) as a formula ("CSV injection",
 * OWASP). Text cells that could be read as one get a leading apostrophe, which spreadsheets show as plain text;
 * numbers and dates written by the API itself are never touched.
 */
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it must be. Null and undefined are empty fields. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Free text typed by people: neutralised against formula execution, then escaped. */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/** One record: fields already escaped with csvField/csvText, joined and ended by CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return fields.join(',') + '\r\n';
}

/** A header or data record of plain values (each escaped with csvField). */
export function csvLine(values: readonly CsvValue[]): string {
  return csvRecord(values.map(csvField));
}
