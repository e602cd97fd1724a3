import { checkJsonRow, readPatronageCsv } from './patronage-import.rules.js';

const csv = (text: string, scale = 2) => [...readPatronageCsv(text, scale)];

describe('checkJsonRow', () => {
  it('accepts a member number with a quantity and/or a value (decimal strings)', () => {
    expect(checkJsonRow({ memberNumber: 7, quantity: '1200.5' }, 0, 2)).toEqual({
      row: { row: 1, memberNumber: 7, quantity: '1200.5', value: null },
    });
    expect(checkJsonRow({ memberNumber: 8, quantity: null, value: '310.25' }, 4, 2)).toEqual({
      row: { row: 5, memberNumber: 8, quantity: null, value: '310.25' },
    });
    expect(checkJsonRow({ memberNumber: 9, quantity: '0', value: '0' }, 1, 0)).toEqual({
      row: { row: 2, memberNumber: 9, quantity: '0', value: '0' },
    });
  });

  it('names the row (1-based) and the column of each error', () => {
    expect(checkJsonRow({ memberNumber: '7', value: 12.5, extra: 1 }, 2, 2).errors).toEqual([
      { row: 3, column: 'extra', message: "unknown field 'extra'" },
      { row: 3, column: 'memberNumber', message: 'must be a member number (a whole number from 1)' },
      { row: 3, column: 'value', message: 'must be a decimal string ("12.50"), not a number' },
    ]);
    expect(checkJsonRow({ memberNumber: 1, value: '1.005' }, 0, 2).errors).toEqual([
      { row: 1, column: 'value', message: 'must be a decimal >= 0 with at most 2 decimals' },
    ]);
    expect(checkJsonRow({ memberNumber: 1, quantity: '-3' }, 0, 2).errors).toEqual([
      { row: 1, column: 'quantity', message: 'must be a decimal >= 0 with at most 4 decimals' },
    ]);
    expect(checkJsonRow({ memberNumber: 1 }, 0, 2).errors).toEqual([
      { row: 1, column: null, message: 'needs a quantity or a value' },
    ]);
    expect(checkJsonRow({ memberNumber: 0, value: '1' }, 0, 2).errors?.[0]?.column).toBe('memberNumber');
    expect(checkJsonRow({ memberNumber: 2 ** 31, value: '1' }, 0, 2).errors?.[0]?.message).toBe(
      'is not a member number',
    );
    expect(checkJsonRow('7;12', 0, 2).errors).toEqual([{ row: 1, column: null, message: 'must be an object' }]);
    expect(checkJsonRow([7], 0, 2).errors?.[0]?.message).toBe('must be an object');
  });
});

describe('readPatronageCsv', () => {
  it('reads columns in any order and case; empty cells are not recorded; rows are line numbers', () => {
    expect(csv('Value,MEMBER_NUMBER\r\n310.25,7\r\n,8\r\n')).toEqual([
      { row: { row: 2, memberNumber: 7, quantity: null, value: '310.25' } },
      { errors: [{ row: 3, column: null, message: 'needs a quantity or a value' }] },
    ]);
    expect(csv('member_number,quantity,value\n1, 12.5 ,\n\n2,,4\n')).toEqual([
      { row: { row: 2, memberNumber: 1, quantity: '12.5', value: null } },
      { row: { row: 4, memberNumber: 2, quantity: null, value: '4' } },
    ]);
  });

  it('reports each bad row with its line and reason', () => {
    expect(csv('member_number,value\n1,10.00\nx,1\n3,1.234\n4\n5,"1,5"\n')).toEqual([
      { row: { row: 2, memberNumber: 1, quantity: null, value: '10.00' } },
      { errors: [{ row: 3, column: 'member_number', message: 'must be a member number (a whole number from 1)' }] },
      { errors: [{ row: 4, column: 'value', message: 'must be a decimal >= 0 with at most 2 decimals' }] },
      { errors: [{ row: 5, column: null, message: 'has 1 fields, the header has 2' }] },
      { errors: [{ row: 6, column: 'value', message: 'must be a decimal >= 0 with at most 2 decimals' }] },
    ]);
  });

  it('refuses a bad header, an empty file and broken quoting, and stops there', () => {
    expect(csv('member,value,value\n1,2\n')).toEqual([
      {
        errors: [
          { row: 1, column: null, message: "unknown column 'member' (expected member_number, quantity, value)" },
          { row: 1, column: 'value', message: "column 'value' appears twice" },
          { row: 1, column: null, message: 'the header needs a member_number column' },
        ],
      },
    ]);
    expect(csv('member_number\n1\n')).toEqual([
      { errors: [{ row: 1, column: null, message: 'the header needs a quantity or a value column' }] },
    ]);
    expect(csv('')).toEqual([{ errors: [{ row: 1, column: null, message: 'the file is empty: a header is needed' }] }]);
    expect(csv('member_number,value\n1,2\n2,"3\n')).toEqual([
      { row: { row: 2, memberNumber: 1, quantity: null, value: '2' } },
      { errors: [{ row: 3, column: null, message: 'a quoted field is never closed' }] },
    ]);
  });

  it('uses the currency scale for values (0 decimals for a scale of 0)', () => {
    expect(csv('member_number,value\n1,12\n2,12.5\n', 0)).toEqual([
      { row: { row: 2, memberNumber: 1, quantity: null, value: '12' } },
      { errors: [{ row: 3, column: 'value', message: 'must be a whole number >= 0' }] },
    ]);
  });
});
