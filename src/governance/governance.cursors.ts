/** The keyset cursors of governance's lists, checked before they reach SQL. */
import { UUID } from '../common/dates.js';
import { decodeCursor, invalidCursor } from '../common/pagination/pagination.js';
import { parseReceiptCode } from './governance.rules.js';

/** Before every id: the start of a list in id order. */
export const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/** A (created_at, id) cursor of a newest-first list. */
export function createdAtCursor(cursor: string): { at: string; id: string } {
  const [at, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!UUID.test(id) || Number.isNaN(Date.parse(at))) invalidCursor();
  return { at, id };
}

/** An id cursor of a list in id order. */
export function uuidCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']) as [string];
  if (!UUID.test(id)) invalidCursor();
  return id;
}

/** A member-number cursor of a list in member-number order. */
export function memberNumberCursor(cursor: string): number {
  const [after] = decodeCursor(cursor, ['number']) as [number];
  if (!Number.isSafeInteger(after)) invalidCursor();
  return after;
}

/** A position cursor of a list in a fixed order (a secret ballot's anonymous choices). */
export function positionCursor(cursor: string): number {
  const [position] = decodeCursor(cursor, ['number']) as [number];
  if (!Number.isSafeInteger(position) || position < 0) invalidCursor();
  return position;
}

/** A receipt-code cursor of a list of receipts in code order: the code's 10 bytes. */
export function receiptCursor(cursor: string): Buffer {
  const [code] = decodeCursor(cursor, ['string']) as [string];
  try {
    return parseReceiptCode(code);
  } catch {
    return invalidCursor();
  }
}
