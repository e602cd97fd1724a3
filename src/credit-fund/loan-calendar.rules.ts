/**
 * Calendar arithmetic for loan dates, on plain ISO dates (YYYY-MM-DD) with no time zone: a due date is a legal
 * date, not an instant.
 * - Adding k months keeps the day of the month, clamped to the month's last day when that day does not exist
 *   (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year). Always add from the original date, never chain:
 *   Jan 31 + 2 months is Mar 31, not Feb 28 + 1 month.
 * - Day counts are whole calendar days (proleptic Gregorian), independent of DST and the host's time zone.
 */
import { CreditRuleError } from './credit-rules.errors.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a real calendar date in YYYY-MM-DD form (years 0001 to 9999); throws `INVALID_DATE` otherwise. */
export function parseIsoDate(value: unknown, field = 'date'): CalendarDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new CreditRuleError('INVALID_DATE', `${field} must be a calendar date in YYYY-MM-DD form`, field);
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `months` months after `isoDate`, clamped to the target month's last day. */
export function addMonthsClamped(isoDate: string, months: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new CreditRuleError('INVALID_DATE', 'date is outside the years 0001 to 9999', 'date');
  }
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), integer arithmetic only. */
function epochDay({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(parseIsoDate(to, 'to')) - epochDay(parseIsoDate(from, 'from'));
}

/** Orders ISO dates; plain string comparison is exact once both are valid YYYY-MM-DD. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
