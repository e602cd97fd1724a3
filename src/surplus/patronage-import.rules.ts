/**
 * Checking a patronage import row by row, before anything touches the database (pure). An import is accepted whole
 * or not at all: the service collects every row's errors, and only an import without any is staged and then
 * checked against the register (member numbers, admission, duplicates) in SQL.
 * - JSON rows: { memberNumber: integer, quantity?: "decimal" | null, value?: "decimal" | null }; row N is the Nth
 *   element (1-based). Numbers for quantity or value are refused: amounts travel as decimal strings.
 * - CSV: a header naming `member_number` and `quantity` and/or `value` (any order, any case); row N is the line the
 *   record starts on, the header being line 1 (the row a spreadsheet shows). An empty cell is "not recorded".
 * - quantity: at most 4 decimals; value: money, at most the currency's minor-unit decimals; both >= 0 and at most
 *   16 integer digits; at least one of them per row.
 */
import { type CsvRow, CsvSyntaxError, readCsv } from '../common/csv/csv-reader.js';

export interface PatronageRow {
  row: number;
  memberNumber: number;
  quantity: string | null;
  value: string | null;
}

export interface RowError {
  row: number;
  /** The offending column, or null for the row as a whole. */
  column: string | null;
  message: string;
}

export const QUANTITY_SCALE = 4;
const MAX_MEMBER_NUMBER = 2_147_483_647;
const JSON_FIELDS = ['memberNumber', 'quantity', 'value'] as const;
const CSV_COLUMNS = ['member_number', 'quantity', 'value'] as const;

type Checked = { row: PatronageRow; errors?: undefined } | { row?: undefined; errors: RowError[] };

/** Checks one JSON row (element `index` of the array, 0-based). */
export function checkJsonRow(raw: unknown, index: number, scale: number): Checked {
  const row = index + 1;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [{ row, column: null, message: 'must be an object' }] };
  }
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(JSON_FIELDS as readonly string[]).includes(k));
  const errors: RowError[] = unknown.map((k) => ({ row, column: k, message: `unknown field '${k}'` }));
  const memberNumber = record.memberNumber;
  if (typeof memberNumber !== 'number' || !Number.isInteger(memberNumber) || memberNumber < 1) {
    errors.push({ row, column: 'memberNumber', message: 'must be a member number (a whole number from 1)' });
  } else if (memberNumber > MAX_MEMBER_NUMBER) {
    errors.push({ row, column: 'memberNumber', message: 'is not a member number' });
  }
  const quantity = decimalField(record.quantity, row, 'quantity', QUANTITY_SCALE, errors);
  const value = decimalField(record.value, row, 'value', scale, errors);
  return finish(row, memberNumber as number, quantity, value, errors);
}

/**
 * The header's column positions, or the errors it has. Row 1 is the header's line.
 */
export function csvColumns(
  header: CsvRow,
): { columns: Record<(typeof CSV_COLUMNS)[number], number> } | { errors: RowError[] } {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const errors: RowError[] = [];
  names.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        row: header.line,
        column: null,
        message: `unknown column '${header.fields[i]}' (expected member_number, quantity, value)`,
      });
    } else if (names.indexOf(name) !== i) {
      errors.push({ row: header.line, column: name, message: `column '${name}' appears twice` });
    }
  });
  if (!names.includes('member_number'))
    errors.push({ row: header.line, column: null, message: 'the header needs a member_number column' });
  if (!names.includes('quantity') && !names.includes('value')) {
    errors.push({ row: header.line, column: null, message: 'the header needs a quantity or a value column' });
  }
  if (errors.length > 0) return { errors };
  const at = (name: string) => names.indexOf(name);
  return { columns: { member_number: at('member_number'), quantity: at('quantity'), value: at('value') } };
}

/** Checks one CSV record against the header's columns. */
export function checkCsvRow(
  record: CsvRow,
  columns: Record<(typeof CSV_COLUMNS)[number], number>,
  width: number,
  scale: number,
): Checked {
  const row = record.line;
  if (record.fields.length !== width) {
    return { errors: [{ row, column: null, message: `has ${record.fields.length} fields, the header has ${width}` }] };
  }
  const cell = (i: number) => (i < 0 ? '' : record.fields[i].trim());
  const errors: RowError[] = [];
  const numberText = cell(columns.member_number);
  let memberNumber = NaN;
  if (!/^\d{1,10}$/.test(numberText) || Number(numberText) < 1 || Number(numberText) > MAX_MEMBER_NUMBER) {
    errors.push({ row, column: 'member_number', message: 'must be a member number (a whole number from 1)' });
  } else {
    memberNumber = Number(numberText);
  }
  const text = (i: number) => (cell(i) === '' ? null : cell(i));
  const quantity = decimalField(text(columns.quantity), row, 'quantity', QUANTITY_SCALE, errors);
  const value = decimalField(text(columns.value), row, 'value', scale, errors);
  return finish(row, memberNumber, quantity, value, errors);
}

/**
 * Reads a whole CSV text and yields each data row checked (a good row, or its errors). A bad header or a syntax
 * error is yielded as errors and ends the reading, since what follows cannot be trusted. A generator, so the caller
 * can stage good rows in batches without keeping them all.
 */
export function* readPatronageCsv(text: string, scale: number): Generator<Checked> {
  let header: CsvRow | null = null;
  let columns: Record<(typeof CSV_COLUMNS)[number], number> | null = null;
  try {
    for (const record of readCsv(text)) {
      if (header === null) {
        header = record;
        const checked = csvColumns(record);
        if ('errors' in checked) {
          yield { errors: checked.errors };
          return;
        }
        columns = checked.columns;
        continue;
      }
      yield checkCsvRow(record, columns!, header.fields.length, scale);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    yield { errors: [{ row: error.line, column: null, message: error.message.replace(/^line \d+: /, '') }] };
    return;
  }
  if (header === null) yield { errors: [{ row: 1, column: null, message: 'the file is empty: a header is needed' }] };
}

function decimalField(value: unknown, row: number, column: string, scale: number, errors: RowError[]): string | null {
  if (value === undefined || value === null) return null;
  const pattern = scale === 0 ? /^\d{1,16}$/ : new RegExp(`^\\d{1,16}(\\.\\d{1,${scale}})?$`);
  if (typeof value !== 'string' || !pattern.test(value)) {
    errors.push({
      row,
      column,
      message:
        typeof value === 'number'
          ? 'must be a decimal string ("12.50"), not a number'
          : scale === 0
            ? 'must be a whole number >= 0'
            : `must be a decimal >= 0 with at most ${scale} decimals`,
    });
    return null;
  }
  return value;
}

function finish(
  row: number,
  memberNumber: number,
  quantity: string | null,
  value: string | null,
  errors: RowError[],
): Checked {
  if (errors.length === 0 && quantity === null && value === null) {
    errors.push({ row, column: null, message: 'needs a quantity or a value' });
  }
  return errors.length > 0 ? { errors } : { row: { row, memberNumber, quantity, value } };
}
