import { RuleError } from '../errors/rule-error.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

describe('cursors', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01', 42]), ['string', 'number'])).toEqual(['2026-01-01', 42]);
  });

  it.each([
    ['garbage!!'],
    [encodeCursor([1, 2])],
    [encodeCursor(['a'])],
    [Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a foreign cursor %s', (cursor) => {
    expect(() => decodeCursor(cursor, ['string', 'number'])).toThrow(RuleError);
  });
});

describe('toPage', () => {
  const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];

  it('gives a cursor after the last item when one more row was found', () => {
    const page = toPage(
      rows,
      2,
      (r) => [r.id],
      (r) => r.id,
    );
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor!, ['number'])).toEqual([2]);
  });

  it('gives no cursor on the last page', () => {
    expect(
      toPage(
        rows,
        3,
        (r) => [r.id],
        (r) => r.id,
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});
