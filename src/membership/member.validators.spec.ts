import { isMultilineText, isRegisterDate, isSingleLineText, latestToday, todayUtc } from './member.validators.js';

describe('register dates', () => {
  const noon = new Date('2024-06-15T12:00:00Z');

  it('today is the UTC date; the latest accepted date is the date in UTC+14', () => {
    expect(todayUtc(noon)).toBe('2024-06-15');
    expect(latestToday(noon)).toBe('2024-06-16');
    expect(latestToday(new Date('2024-06-15T09:59:59Z'))).toBe('2024-06-15');
    expect(latestToday(new Date('2024-06-15T10:00:00Z'))).toBe('2024-06-16');
  });

  it('accepts calendar days from 1800-01-01 up to the latest today', () => {
    expect(isRegisterDate('1800-01-01', noon)).toBe(true);
    expect(isRegisterDate('2024-02-29', noon)).toBe(true);
    expect(isRegisterDate('2024-06-16', noon)).toBe(true);
  });

  it('refuses the future, the distant past, impossible days and other shapes', () => {
    expect(isRegisterDate('2024-06-17', noon)).toBe(false);
    expect(isRegisterDate('1799-12-31', noon)).toBe(false);
    expect(isRegisterDate('2023-02-29', noon)).toBe(false);
    expect(isRegisterDate('2024-13-01', noon)).toBe(false);
    expect(isRegisterDate('2024-6-1', noon)).toBe(false);
    expect(isRegisterDate('2024-06-01T00:00:00Z', noon)).toBe(false);
    expect(isRegisterDate(20240601, noon)).toBe(false);
    expect(isRegisterDate(null, noon)).toBe(false);
  });
});

describe('text fields', () => {
  it('single-line text: accents, commas and quotes are fine', () => {
    expect(isSingleLineText('José "Pepe" Núñez, hijo')).toBe(true);
    expect(isSingleLineText('Coopérative Agricole Ñandú')).toBe(true);
  });

  it('single-line text refuses blanks, line breaks and control characters', () => {
    expect(isSingleLineText('')).toBe(false);
    expect(isSingleLineText('   ')).toBe(false);
    expect(isSingleLineText('Ana\nPérez')).toBe(false);
    expect(isSingleLineText('Ana\rPérez')).toBe(false);
    expect(isSingleLineText('Ana\u0000')).toBe(false);
    expect(isSingleLineText('Ana\u001b[31m')).toBe(false);
    expect(isSingleLineText('Ana\u2028Pérez')).toBe(false);
    expect(isSingleLineText(42)).toBe(false);
  });

  it('multi-line text allows line breaks and tabs, not other control characters', () => {
    expect(isMultilineText('Calle 5 #12\r\nBarrio El Centro\tSanta Rosa')).toBe(true);
    expect(isMultilineText('Calle 5\u0000')).toBe(false);
    expect(isMultilineText('\n\n')).toBe(false);
  });
});
