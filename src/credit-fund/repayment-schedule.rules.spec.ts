import fc from 'fast-check';
import { Dec, sum } from '../common/money/money.js';
import { CreditRuleError } from './credit-rules.errors.js';
import {
  buildSchedule,
  type Instalment,
  periodicRate,
  REPAYMENT_METHODS,
  type ScheduleInput,
} from './repayment-schedule.rules.js';

/** [dueOn, openingPrincipal, interest, principal, total] per instalment, for compact expected tables. */
type Row = [string, string, string, string, string];

function rows(schedule: Instalment[]): Row[] {
  return schedule.map((i) => [i.dueOn, i.openingPrincipal, i.interest, i.principal, i.total]);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CreditRuleError) return error.code;
    throw error;
  }
  throw new Error('expected a CreditRuleError');
}

const base: ScheduleInput = {
  principal: '1000.00',
  annualRatePercent: '12',
  termMonths: 12,
  method: 'annuity',
  disbursedOn: '2025-01-15',
  scale: 2,
};

describe('buildSchedule', () => {
  it('annuity: 1,000.00 over 12 months at 12% gives eleven instalments of 88.85 and a last of 88.84', () => {
    // r = 0.01; instalment = 10 / (1 - 1.01^-12) = 88.848788678... -> 88.85.
    // Each row: interest = opening x 0.01 rounded half-up, principal = 88.85 - interest, next opening = opening -
    // principal. Last row: principal = the 87.96 left, interest 0.8796 -> 0.88, total 88.84.
    const schedule = buildSchedule(base);
    expect(rows(schedule)).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '78.85', '88.85'],
      ['2025-03-15', '921.15', '9.21', '79.64', '88.85'],
      ['2025-04-15', '841.51', '8.42', '80.43', '88.85'],
      ['2025-05-15', '761.08', '7.61', '81.24', '88.85'],
      ['2025-06-15', '679.84', '6.80', '82.05', '88.85'],
      ['2025-07-15', '597.79', '5.98', '82.87', '88.85'],
      ['2025-08-15', '514.92', '5.15', '83.70', '88.85'],
      ['2025-09-15', '431.22', '4.31', '84.54', '88.85'],
      ['2025-10-15', '346.68', '3.47', '85.38', '88.85'],
      ['2025-11-15', '261.30', '2.61', '86.24', '88.85'],
      ['2025-12-15', '175.06', '1.75', '87.10', '88.85'],
      ['2026-01-15', '87.96', '0.88', '87.96', '88.84'],
    ]);
    expect(schedule.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sum(schedule.map((i) => i.principal)).toFixed(2)).toBe('1000.00');
    expect(sum(schedule.map((i) => i.interest)).toFixed(2)).toBe('66.19');
    expect(sum(schedule.map((i) => i.total)).toFixed(2)).toBe('1066.19');
  });

  it('interest-free: 1,000.00 over 3 months is 333.33, 333.33 and 333.34 in every method', () => {
    for (const method of REPAYMENT_METHODS) {
      const schedule = buildSchedule({ ...base, method, annualRatePercent: '0', termMonths: 3 });
      expect(rows(schedule)).toEqual<Row[]>([
        ['2025-02-15', '1000.00', '0.00', '333.33', '333.33'],
        ['2025-03-15', '666.67', '0.00', '333.33', '333.33'],
        ['2025-04-15', '333.34', '0.00', '333.34', '333.34'],
      ]);
    }
  });

  it('accepts the rate written with decimals ("0.00")', () => {
    const schedule = buildSchedule({ ...base, annualRatePercent: '0.00', termMonths: 2 });
    expect(schedule.map((i) => i.total)).toEqual(['500.00', '500.00']);
  });

  it('equal principal: level principal, interest on the declining balance', () => {
    // 1,200.00 / 6 = 200.00 a month; interest = opening x 1%.
    expect(rows(buildSchedule({ ...base, principal: '1200.00', method: 'equal_principal', termMonths: 6 }))).toEqual<
      Row[]
    >([
      ['2025-02-15', '1200.00', '12.00', '200.00', '212.00'],
      ['2025-03-15', '1000.00', '10.00', '200.00', '210.00'],
      ['2025-04-15', '800.00', '8.00', '200.00', '208.00'],
      ['2025-05-15', '600.00', '6.00', '200.00', '206.00'],
      ['2025-06-15', '400.00', '4.00', '200.00', '204.00'],
      ['2025-07-15', '200.00', '2.00', '200.00', '202.00'],
    ]);
  });

  it('equal principal: the last instalment takes the rounding remainder', () => {
    // 1000/3 = 333.333... -> 333.33; interest 10.00, 666.67 x 1% = 6.6667 -> 6.67, 333.34 x 1% = 3.3334 -> 3.33.
    expect(rows(buildSchedule({ ...base, method: 'equal_principal', termMonths: 3 }))).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '333.33', '343.33'],
      ['2025-03-15', '666.67', '6.67', '333.33', '340.00'],
      ['2025-04-15', '333.34', '3.33', '333.34', '336.67'],
    ]);
  });

  it('flat: interest on the original principal every period, P/n principal, remainder last', () => {
    // Interest 1000 x 1% = 10.00 each month; 1000/6 = 166.666... -> 166.67; last = 1000 - 5 x 166.67 = 166.65.
    const schedule = buildSchedule({ ...base, method: 'flat', termMonths: 6 });
    expect(rows(schedule)).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '166.67', '176.67'],
      ['2025-03-15', '833.33', '10.00', '166.67', '176.67'],
      ['2025-04-15', '666.66', '10.00', '166.67', '176.67'],
      ['2025-05-15', '499.99', '10.00', '166.67', '176.67'],
      ['2025-06-15', '333.32', '10.00', '166.67', '176.67'],
      ['2025-07-15', '166.65', '10.00', '166.65', '176.65'],
    ]);
    expect(sum(schedule.map((i) => i.interest)).toFixed(2)).toBe('60.00');
  });

  it('scale 0 currency: 100,000 yen over 12 months at 12%, annuity 8,885 and a last of 8,884', () => {
    // 1000 / (1 - 1.01^-12) = 8884.8788... -> 8885; same row arithmetic as the 1,000.00 example, in whole yen.
    expect(rows(buildSchedule({ ...base, principal: '100000', scale: 0 }))).toEqual<Row[]>([
      ['2025-02-15', '100000', '1000', '7885', '8885'],
      ['2025-03-15', '92115', '921', '7964', '8885'],
      ['2025-04-15', '84151', '842', '8043', '8885'],
      ['2025-05-15', '76108', '761', '8124', '8885'],
      ['2025-06-15', '67984', '680', '8205', '8885'],
      ['2025-07-15', '59779', '598', '8287', '8885'],
      ['2025-08-15', '51492', '515', '8370', '8885'],
      ['2025-09-15', '43122', '431', '8454', '8885'],
      ['2025-10-15', '34668', '347', '8538', '8885'],
      ['2025-11-15', '26130', '261', '8624', '8885'],
      ['2025-12-15', '17506', '175', '8710', '8885'],
      ['2026-01-15', '8796', '88', '8796', '8884'],
    ]);
  });

  it('scale 3 currency: 1,000.000 over 3 months interest-free', () => {
    const schedule = buildSchedule({ ...base, principal: '1000.000', annualRatePercent: '0', termMonths: 3, scale: 3 });
    expect(schedule.map((i) => i.principal)).toEqual(['333.333', '333.333', '333.334']);
    expect(schedule.map((i) => i.interest)).toEqual(['0.000', '0.000', '0.000']);
  });

  it('rounds interest that lands exactly on half a minor unit up, with a non-terminating monthly rate', () => {
    // 162.00 x 7% / 12 = 0.945 exactly -> 0.95; 162 x r with r pre-rounded to 50 digits (0.0058333...3) gives
    // 0.94499...9 -> 0.94.
    const [only] = buildSchedule({
      ...base,
      principal: '162.00',
      annualRatePercent: '7',
      termMonths: 1,
      method: 'flat',
    });
    expect(only).toEqual({
      number: 1,
      dueOn: '2025-02-15',
      openingPrincipal: '162.00',
      principal: '162.00',
      interest: '0.95',
      total: '162.95',
    });
    // 6% / 12 = 0.005: 1001.00 x 0.005 = 5.005 -> 5.01.
    expect(buildSchedule({ ...base, principal: '1001.00', annualRatePercent: '6' })[0].interest).toBe('5.01');
  });

  it('a one-month loan is repaid whole with one month of interest', () => {
    expect(rows(buildSchedule({ ...base, termMonths: 1 }))).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '1000.00', '1010.00'],
    ]);
  });

  it('never lets principal run past the balance when P is a few minor units per period', () => {
    // 10 yen / 12 = 0.83 -> 1 a month: after 10 months nothing is left, so instalments 11 and 12 carry nothing.
    const schedule = buildSchedule({ ...base, principal: '10', annualRatePercent: '0', scale: 0 });
    expect(schedule.map((i) => i.principal)).toEqual(['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '0', '0']);
    expect(schedule.map((i) => i.openingPrincipal).slice(9)).toEqual(['1', '0', '0']);
    expect(buildSchedule({ ...base, principal: '10', scale: 0, method: 'equal_principal' }).at(-1)?.principal).toBe(
      '0',
    );
  });

  describe('due dates', () => {
    const dueDates = (disbursedOn: string, termMonths: number) =>
      buildSchedule({ ...base, disbursedOn, termMonths }).map((i) => i.dueOn);

    it('clamps to the last day of shorter months, counting from the disbursement date (leap year)', () => {
      expect(dueDates('2024-01-31', 6)).toEqual([
        '2024-02-29',
        '2024-03-31',
        '2024-04-30',
        '2024-05-31',
        '2024-06-30',
        '2024-07-31',
      ]);
    });

    it('clamps to Feb 28 in a common year', () => {
      expect(dueDates('2023-01-31', 2)).toEqual(['2023-02-28', '2023-03-31']);
      expect(dueDates('2023-01-29', 2)).toEqual(['2023-02-28', '2023-03-29']);
    });

    it('crosses year ends and lands on Feb 29 only in leap years', () => {
      expect(dueDates('2023-11-30', 4)).toEqual(['2023-12-30', '2024-01-30', '2024-02-29', '2024-03-30']);
      expect(dueDates('2024-02-29', 12).slice(-1)).toEqual(['2025-02-28']);
      expect(dueDates('2099-12-31', 2)).toEqual(['2100-01-31', '2100-02-28']);
      expect(dueDates('1999-12-31', 2)).toEqual(['2000-01-31', '2000-02-29']);
    });
  });

  describe('input validation', () => {
    it.each<[string, Partial<ScheduleInput>, string]>([
      ['zero principal', { principal: '0.00' }, 'INVALID_PRINCIPAL'],
      ['negative principal', { principal: '-100.00' }, 'INVALID_PRINCIPAL'],
      ['principal finer than the minor unit', { principal: '100.005' }, 'INVALID_PRINCIPAL'],
      ['exponent notation', { principal: '1e3' }, 'INVALID_PRINCIPAL'],
      ['principal as a number', { principal: 1000 as unknown as string }, 'INVALID_PRINCIPAL'],
      ['negative rate', { annualRatePercent: '-1' }, 'INVALID_RATE'],
      ['non-numeric rate', { annualRatePercent: 'twelve' }, 'INVALID_RATE'],
      ['zero term', { termMonths: 0 }, 'INVALID_TERM'],
      ['fractional term', { termMonths: 1.5 }, 'INVALID_TERM'],
      ['absurd term', { termMonths: 601 }, 'INVALID_TERM'],
      ['unknown method', { method: 'balloon' as ScheduleInput['method'] }, 'INVALID_METHOD'],
      ['impossible date', { disbursedOn: '2025-02-30' }, 'INVALID_DATE'],
      ['unpadded date', { disbursedOn: '2025-2-3' }, 'INVALID_DATE'],
      ['negative scale', { scale: -1 }, 'INVALID_SCALE'],
      ['fractional scale', { scale: 1.5 }, 'INVALID_SCALE'],
    ])('refuses %s', (_name, patch, code) => {
      expect(codeOf(() => buildSchedule({ ...base, ...patch }))).toBe(code);
    });

    it('reports the field with the code', () => {
      expect(() => buildSchedule({ ...base, termMonths: 0 })).toThrow(
        expect.objectContaining({ name: 'CreditRuleError', code: 'INVALID_TERM', field: 'termMonths' }),
      );
    });
  });

  it('exposes the periodic rate r = annual / 12 at high precision', () => {
    expect(periodicRate('12').toFixed()).toBe('0.01');
    expect(periodicRate('7').toSignificantDigits(10).toFixed()).toBe('0.005833333333');
  });

  it('property: principal parts sum exactly to P, and every row is consistent (seeded random inputs)', () => {
    const input = fc.record({
      minorUnits: fc.bigInt({ min: 1n, max: 10n ** 12n }),
      scale: fc.integer({ min: 0, max: 4 }),
      rateHundredths: fc.integer({ min: 0, max: 9999 }),
      termMonths: fc.integer({ min: 1, max: 360 }),
      method: fc.constantFrom(...REPAYMENT_METHODS),
      year: fc.integer({ min: 1990, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    });
    fc.assert(
      fc.property(input, ({ minorUnits, scale, rateHundredths, termMonths, method, year, month, day }) => {
        const principal = new Dec(minorUnits.toString()).div(new Dec(10).pow(scale));
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const pad = (n: number) => String(n).padStart(2, '0');
        const disbursedOn = `${year}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
        const schedule = buildSchedule({
          principal: principal.toFixed(scale),
          annualRatePercent: new Dec(rateHundredths).div(100).toFixed(2),
          termMonths,
          method,
          disbursedOn,
          scale,
        });
        // Plain checks rather than expect() per row: thousands of rows per run must stay fast.
        const problems: string[] = [];
        const check = (ok: boolean, what: string) => ok || problems.push(what);
        check(schedule.length === termMonths, 'one row per month');
        check(sum(schedule.map((i) => i.principal)).eq(principal), 'principal parts sum to P');
        const decimals = new RegExp(scale === 0 ? '^\\d+$' : `^\\d+\\.\\d{${scale}}$`);
        const level = new Dec(schedule[0].total);
        let opening = principal;
        for (const row of schedule) {
          const at = `row ${row.number}`;
          for (const amount of [row.openingPrincipal, row.principal, row.interest, row.total]) {
            check(decimals.test(amount), `${at}: ${amount} has ${scale} decimals`);
          }
          check(new Dec(row.openingPrincipal).eq(opening), `${at}: opening = previous opening - principal`);
          check(new Dec(row.principal).lte(opening), `${at}: principal <= opening`);
          check(
            new Dec(row.total).eq(new Dec(row.principal).plus(row.interest)),
            `${at}: total = principal + interest`,
          );
          if (method === 'annuity' && row.number < termMonths) {
            // The level instalment, unless the balance ran out before this row.
            const ranOut = new Dec(row.principal).eq(row.openingPrincipal);
            check(ranOut || new Dec(row.total).eq(level), `${at}: level instalment`);
          }
          check(row.number === 1 || schedule[row.number - 2].dueOn < row.dueOn, `${at}: due after the previous one`);
          opening = opening.minus(row.principal);
        }
        expect(problems).toEqual([]);
      }),
      { seed: 20250115, numRuns: 300 },
    );
  });
});
