/**
 * Input rules of the member register that a field's type cannot say: calendar dates (no 31 February, nothing
 * before 1800, nothing later than today anywhere on earth) and text free of control characters (a NUL or a
 * stray escape in a name would break exports and some databases).
 */
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { todayUtc } from '../common/dates.js';
import { isIsoDate } from './member-lifecycle.rules.js';

/** Other modules import it from here; it lives in common/dates.ts. */
export { todayUtc };

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** The earliest legal date the register accepts (the Rochdale Pioneers registered in 1844). */
export const EARLIEST_DATE = '1800-01-01';

/**
 * The latest date that is already "today" somewhere: the calendar day in UTC+14 (Kiribati). Effective dates are
 * recorded on or after the day they take effect; allowing UTC+14 keeps a cooperative east of UTC from being
 * refused its own today, while nothing dated tomorrow everywhere gets in.
 */
export function latestToday(now: Date = new Date()): string {
  return todayUtc(new Date(now.getTime() + 14 * 3600_000));
}

export function isRegisterDate(value: unknown, now: Date = new Date()): boolean {
  return isIsoDate(value) && value >= EARLIEST_DATE && value <= latestToday(now);
}

/** A real calendar day YYYY-MM-DD, from 1800-01-01 to today. */
export const IsRegisterDate = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isRegisterDate',
      validator: {
        validate: (value: unknown) => isRegisterDate(value),
        defaultMessage: (args) =>
          `${args?.property} must be a calendar date YYYY-MM-DD from ${EARLIEST_DATE} to today, not in the future`,
      },
    },
    validationOptions,
  );

/** A real calendar day YYYY-MM-DD (any day, past or future: for queries). */
export const IsCalendarDate = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date YYYY-MM-DD`,
      },
    },
    validationOptions,
  );

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Single-line text with something in it: no control characters, not only spaces. */
export function isSingleLineText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && !CONTROL.test(value);
}

/** Text that may span lines (an address): tabs and line breaks allowed, other control characters not. */
export function isMultilineText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && !CONTROL_BUT_LINE_BREAKS.test(value);
}

export const IsSingleLineText = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSingleLineText',
      validator: {
        validate: isSingleLineText,
        defaultMessage: (args) => `${args?.property} must be non-blank text on one line, without control characters`,
      },
    },
    validationOptions,
  );

export const IsMultilineText = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMultilineText',
      validator: {
        validate: isMultilineText,
        defaultMessage: (args) => `${args?.property} must be non-blank text without control characters`,
      },
    },
    validationOptions,
  );
