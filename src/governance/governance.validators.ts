/** Input rules for governance DTOs that a field's type cannot say. */
import { ValidateBy, type ValidationOptions } from 'class-validator';

export const OPTION_MAX = 200;
export const OPTIONS_MAX = 100;

/** A vote as sent: a string, null (abstain from a choice), or a list of strings (an election). */
export function isSelectionShape(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.length <= OPTION_MAX;
  return (
    Array.isArray(value) &&
    value.length <= OPTIONS_MAX &&
    value.every((v) => typeof v === 'string' && v.length <= OPTION_MAX)
  );
}

export const IsSelection = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSelection',
      validator: {
        validate: isSelectionShape,
        defaultMessage: (args) =>
          `${args?.property} must be a string, null (abstain from a choice) or a list of strings (an election)`,
      },
    },
    validationOptions,
  );

/** An object of whole, non-negative vote counts keyed by option ('yes'/'no'/'abstain' for a motion). */
export const IsVoteCounts = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isVoteCounts',
      validator: {
        validate: (value: unknown) =>
          value !== null &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.keys(value).length <= OPTIONS_MAX &&
          Object.entries(value).every(
            ([key, n]) =>
              key.length <= OPTION_MAX && typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 1e9,
          ),
        defaultMessage: (args) => `${args?.property} must map each option to a whole number of votes >= 0`,
      },
    },
    validationOptions,
  );

/** An ISO 8601 instant with a time zone (2025-05-01T09:00:00Z). */
export const IsInstant = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
          !Number.isNaN(Date.parse(value)),
        defaultMessage: (args) => `${args?.property} must be an ISO 8601 date-time with a time zone`,
      },
    },
    validationOptions,
  );
