import { csvLine } from '../common/csv/csv.js';
import { REGISTER_CSV_HEADER, type RegisterCsvRow, registerCsvRecord } from './member-register.csv.js';

const row: RegisterCsvRow = {
  id: 'a0000000-0000-4000-8000-000000000001',
  member_number: 42,
  name: 'Núñez, María "la Niña"',
  status: 'ceased',
  admitted_on: '2019-03-01',
  ceased_on: '2024-06-30',
  cessation_reason: 'withdrawn',
};

describe('register CSV records', () => {
  it('has the columns of DOMAIN.md, in order', () => {
    expect(csvLine(REGISTER_CSV_HEADER)).toBe(
      'member_number,name,status,admission_date,cessation_date,cessation_reason,shares_held,paid_up_capital\r\n',
    );
  });

  it('leaves the share columns empty without holdings', () => {
    expect(registerCsvRecord(row, undefined)).toBe(
      '42,"Núñez, María ""la Niña""",ceased,2019-03-01,2024-06-30,withdrawn,,\r\n',
    );
  });

  it('fills them from the holdings port when the share-capital module provides it', () => {
    expect(registerCsvRecord(row, { sharesHeld: 5, paidUpCapital: '50.00' })).toBe(
      '42,"Núñez, María ""la Niña""",ceased,2019-03-01,2024-06-30,withdrawn,5,50.00\r\n',
    );
  });

  it('writes an applicant with no number or dates as empty fields, and neutralises a formula in the name', () => {
    const applicant: RegisterCsvRow = {
      ...row,
      member_number: null,
      name: '@SUM(1+1)',
      status: 'applicant',
      admitted_on: null,
      ceased_on: null,
      cessation_reason: null,
    };
    expect(registerCsvRecord(applicant, undefined)).toBe(`,'@SUM(1+1),applicant,,,,,\r\n`);
  });
});
