/** Calendar days of a fiscal year, pure: 'YYYY-MM-DD' dates counted in UTC (distribution.rules.ts uses them). */
import { SurplusError } from './surplus.errors.js';

const MS_PER_DAY = 86_400_000;

/** The fiscal year, first and last day included ('YYYY-MM-DD'). */
export interface FiscalYear {
  start: string;
  end: string;
}

/** Days of the twelve months ending on the fiscal year's last day: 366 when they contain a 29 February. */
export function daysInYear(fiscalYear: FiscalYear): 365 | 366 {
  const { end } = fiscalYearDays(fiscalYear);
  const next = new Date((end + 1) * MS_PER_DAY);
  // Date.UTC rolls 29 February of a common year over to 1 March, which is the right start of the twelve months.
  const start = Date.UTC(next.getUTCFullYear() - 1, next.getUTCMonth(), next.getUTCDate()) / MS_PER_DAY;
  return (end + 1 - start) as 365 | 366;
}

/** 'YYYY-MM-DD' to days since 1970-01-01 (UTC), rejecting dates that do not exist (e.g. 2023-02-29). */
export function dayNumber(date: string): number {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const time = Date.UTC(year, month, day);
    const back = new Date(time);
    // Date.UTC silently rolls impossible dates over and maps years 0-99 to 1900-1999: the round trip catches both.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month && back.getUTCDate() === day) {
      return time / MS_PER_DAY;
    }
  }
  throw new SurplusError('INVALID_DATE', `'${date}' is not a calendar date written YYYY-MM-DD`);
}

/** The fiscal year's first and last days as day numbers; INVALID_FISCAL_YEAR when it ends before it starts. */
export function fiscalYearDays(fiscalYear: FiscalYear): { start: number; end: number } {
  const start = dayNumber(fiscalYear.start);
  const end = dayNumber(fiscalYear.end);
  if (end < start) {
    throw new SurplusError('INVALID_FISCAL_YEAR', `Fiscal year ends (${fiscalYear.end}) before it starts`);
  }
  return { start, end };
}
