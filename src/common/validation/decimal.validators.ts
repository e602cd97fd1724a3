/** Validators for decimal strings (money, percentages, multiples): exact text in, never a JavaScript float. */
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { Dec } from '../money/money.js';

/** A non-negative decimal string with up to `scale` decimals, within [min, max] when given. */
export function IsDecimalString(
  options: { scale: number; min?: string; max?: string; minExclusive?: boolean },
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  const pattern = new RegExp(`^\\d{1,16}(\\.\\d{1,${options.scale}})?$`);
  return ValidateBy(
    {
      name: 'isDecimalString',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !pattern.test(value)) return false;
          const amount = new Dec(value);
          if (options.min !== undefined && (options.minExclusive ? amount.lte(options.min) : amount.lt(options.min))) return false;
          return options.max === undefined || amount.lte(options.max);
        },
        defaultMessage: (args) =>
          `${args?.property} must be a decimal string with at most ${options.scale} decimals` +
          (options.min !== undefined ? `, ${options.minExclusive ? 'above' : 'at least'} ${options.min}` : '') +
          (options.max !== undefined ? `, at most ${options.max}` : ''),
      },
    },
    validationOptions,
  );
}

/** A percentage from 0 to 100 with at most two decimals, as a string ("12.5"). */
export const IsPercent = (validationOptions?: ValidationOptions) =>
  IsDecimalString({ scale: 2, min: '0', max: '100' }, validationOptions);

export const IsIsoDate = (validationOptions?: ValidationOptions) =>
  Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '$property must be a date YYYY-MM-DD', ...validationOptions });
