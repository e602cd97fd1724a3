import { CreditRuleError } from './credit-rules.errors.js';
import { addMonthsClamped, daysBetween, daysInMonth, isLeapYear, parseIsoDate } from './loan-calendar.rules.js';

describe('loan calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('adds months from the original day, clamped to the month end', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-01-31', 2)).toBe('2024-03-31');
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonthsClamped('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-03-31', 0)).toBe('2025-03-31');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2025-02-15', '2025-03-15')).toBe(28);
    expect(daysBetween('2024-02-15', '2024-03-15')).toBe(29);
    expect(daysBetween('2025-03-15', '2025-02-15')).toBe(-28);
    expect(daysBetween('1970-01-01', '2000-01-01')).toBe(10957);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
  });

  it('refuses dates that are not real YYYY-MM-DD dates', () => {
    for (const bad of [
      '2025-02-29',
      '2025-04-31',
      '2025-00-10',
      '2025-13-01',
      '2025-1-01',
      '20250101',
      '0000-01-01',
      '',
    ]) {
      expect(() => parseIsoDate(bad)).toThrow(CreditRuleError);
    }
    expect(() => parseIsoDate(20250101)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addMonthsClamped('9999-12-01', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
